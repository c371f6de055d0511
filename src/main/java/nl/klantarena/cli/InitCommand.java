package nl.klantarena.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.load.Loader;
import nl.klantarena.output.Outputs;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena init [DIR]}: writes a commented starter session that passes {@code check}.
 * Never overwrites: when a file it would write exists, nothing is written and the exit code is 1.
 */
final class InitCommand implements Callable<Integer> {

  static final String SESSION_FILE = "session.yaml";

  private final Context ctx;

  /** This command's model, made by {@link #spec}; its options hold the parsed values. */
  private CommandSpec spec;

  private String dir;
  private String language;

  private InitCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** The arguments of {@code init}, besides the options every command takes. */
  static final Arg[] ARGS = {
    Arg.choiceOrNone("--language", "init.language", "nl", "en"),
    Arg.fileParam("DIR|FILE.yaml", ".", "init.dir"),
  };

  static CommandSpec spec(Context ctx) {
    InitCommand command = new InitCommand(ctx);
    command.spec = Specs.build("init", command, CommonOptions.ARGS, ARGS);
    return command.spec;
  }

  @Override
  public Integer call() throws IOException {
    dir = Specs.positional(spec);
    language = Specs.value(spec, "--language");
    String lang = language != null ? language : ctx.msg().lang();
    lang = lang.strip().toLowerCase(Locale.ROOT);
    if (!List.of("nl", "en").contains(lang)) {
      throw new UsageException(ctx.msg().get("cli.badlanguage", language, "nl|en"));
    }
    // a name that ends in .yaml or .yml is the session file itself; anything else its folder
    String name = SESSION_FILE;
    String lower = dir.toLowerCase(Locale.ROOT);
    if ((lower.endsWith(".yaml") || lower.endsWith(".yml"))
        && !Files.isDirectory(ctx.env().resolve(dir))) {
      int slash = dir.replace('\\', '/').lastIndexOf('/');
      name = dir.substring(slash + 1);
      dir = slash < 0 ? "." : dir.substring(0, slash + 1);
    }
    Path target = ctx.env().resolve(dir);
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new UsageException(ctx.msg().get("init.notafolder", dir));
    }
    List<String[]> files = new ArrayList<>();
    files.add(new String[] {name, resource("session_" + lang + ".yaml")});
    for (String[] f : files) {
      if (Files.exists(target.resolve(f[0]))) {
        ctx.err().println("klantarena: " + ctx.msg().get("init.exists", shown(f[0])));
        return ExitCode.FINDINGS;
      }
    }
    Outputs outputs = new Outputs(new Loader(ctx.env().cwd(), ctx.msg()), ctx.msg());
    for (String[] f : files) {
      if (!outputs.create(target.resolve(f[0]), shown(f[0]), f[1])) {
        ctx.err().println("klantarena: " + ctx.msg().get("init.exists", shown(f[0])));
        return ExitCode.FINDINGS;
      }
      ctx.out().println(ctx.msg().get("init.wrote", shown(f[0])));
    }
    ctx.out().println(ctx.msg().get("init.next", shown(name)));
    return ExitCode.OK;
  }

  private String shown(String name) {
    Path folder = ctx.env().resolve(dir);
    return ShownPaths.below(dir, folder, folder.resolve(name));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("/nl/klantarena/init/" + name)) {
      if (in == null) throw new IllegalStateException("missing starter " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
