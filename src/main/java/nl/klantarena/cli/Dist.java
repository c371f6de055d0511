package nl.klantarena.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.finding.Messages;
import picocli.CommandLine;

/**
 * The build's own steps (run by Maven, never by a user):
 *
 * <ul>
 *   <li>{@code build-properties CLASSES VERSION BASEDIR}: writes {@code
 *       nl/klantarena/build.properties} with the version and the commit the jar is built from, for
 *       {@code --version};
 *   <li>{@code files DIST JAR}: the man pages and completion scripts of the release archive, from
 *       the picocli model, under {@code DIST/share}; and {@code JAR.sha256}, the jar's checksum,
 *       which the launcher uses to name its start-up archive.
 * </ul>
 */
public final class Dist {

  private Dist() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    switch (args[0]) {
      case "build-properties" -> buildProperties(Path.of(args[1]), args[2], Path.of(args[3]));
      case "files" -> files(Path.of(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
  }

  private static void buildProperties(Path classes, String version, Path basedir)
      throws IOException, InterruptedException {
    String commit = git(basedir, "rev-parse", "--short=12", "HEAD");
    String changes = git(basedir, "status", "--porcelain", "--untracked-files=no");
    if (commit == null) {
      commit = "unknown";
    } else if (changes != null && !changes.isEmpty()) {
      commit += "+changes"; // built from a working tree that differs from the commit
    }
    Path file = classes.resolve("nl/klantarena/build.properties");
    Files.createDirectories(file.getParent());
    String text = "version=" + version + "\ncommit=" + commit + "\n";
    if (!Files.exists(file) || !Files.readString(file).equals(text)) Files.writeString(file, text);
  }

  /** The output of a git command in {@code dir}, stripped; null when git fails or is missing. */
  private static String git(Path dir, String... args) throws InterruptedException {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      return p.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void files(Path dist, Path jar) throws IOException {
    String version = VersionProvider.version();
    CommandLine top = model();
    Path man = dist.resolve("share/man/man1");
    Files.createDirectories(man);
    Files.writeString(man.resolve("klantarena.1"), ManPages.top(top, version));
    for (var e : top.getSubcommands().entrySet()) {
      Files.writeString(
          man.resolve(ManPages.pageName(e.getKey()) + ".1"),
          ManPages.command(e.getValue(), version));
    }
    Path bash = dist.resolve("share/bash-completion/completions/klantarena");
    Files.createDirectories(bash.getParent());
    Files.writeString(bash, CompletionCommand.script("bash", top));
    Path zsh = dist.resolve("share/zsh/site-functions/_klantarena");
    Files.createDirectories(zsh.getParent());
    Files.writeString(zsh, CompletionCommand.script("zsh", top));
    Files.writeString(
        jar.resolveSibling(jar.getFileName() + ".sha256"),
        sha256(jar) + "  " + jar.getFileName() + "\n");
  }

  /** Every command's model with the English help texts, as {@code klantarena --help} has it. */
  static CommandLine model() {
    PrintWriter none = new PrintWriter(new StringWriter());
    Env env = new Env(Map.of(), Locale.ENGLISH, Path.of(""), Clock.systemUTC(), false);
    return Cli.commandLine(Registry.STANDARD, env, Messages.of("en"), none, none, "--help");
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
