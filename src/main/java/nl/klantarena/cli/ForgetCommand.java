package nl.klantarena.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.klantarena.forget.Forget;
import nl.klantarena.forget.Found;
import nl.klantarena.load.Loader;
import nl.klantarena.output.Outputs;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena forget NAME [FOLDER]}: removes a person from every session file, notes file and
 * generated file of a folder (docs/commands/forget.md). Without {@code --apply} it only shows what
 * it would change; with it, each changed file is written whole or not at all. Either way it says
 * that git's history still holds the old text, and how to remove it there.
 */
final class ForgetCommand implements Callable<Integer> {

  private final Context ctx;
  private CommandSpec spec;

  private ForgetCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** The arguments of {@code forget}, besides the options every command takes. */
  static final Arg[] ARGS = {
    Arg.flag("--apply", "forget.apply"),
    Arg.textParam("NAME", "forget.name"),
    Arg.fileParam("FOLDER", ".", "forget.folder"),
  };

  static CommandSpec spec(Context ctx) {
    ForgetCommand command = new ForgetCommand(ctx);
    command.spec = Specs.build("forget", command, CommonOptions.ARGS, ARGS);
    return command.spec;
  }

  @Override
  public Integer call() {
    List<String> args = Specs.positionals(spec);
    String name = args.get(0).strip();
    String folder = args.size() > 1 ? args.get(1) : ".";
    boolean apply = Specs.value(spec, "--apply");
    if (name.isEmpty()) throw new UsageException(ctx.msg().get("forget.emptyname"));
    Path dir = ctx.env().resolve(folder);
    if (!Files.isDirectory(dir)) throw new UsageException(ctx.msg().get("forget.nofolder", folder));

    String where = folder.equals(".") ? ctx.msg().get("forget.here") : folder;
    Loader loader = new Loader(ctx.env().cwd(), ctx.msg());
    Forget.Plan plan;
    try {
      plan = Forget.plan(loader, dir, folder, name, ctx.msg());
    } catch (Forget.Refused r) {
      ctx.err().println("klantarena: " + ctx.msg().get("forget.refused", r.shown()));
      return ExitCode.FINDINGS;
    }
    if (!plan.ambiguous().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Person p : plan.ambiguous()) names.add(p.name());
      throw new UsageException(
          ctx.msg().get("forget.ambiguous", name, People.join(names, orWord())));
    }
    var out = ctx.out();
    if (plan.people().isEmpty()) {
      out.println(ctx.msg().get("forget.who.unknown", name, where, plan.pseudonym()));
    } else {
      Person p = plan.people().get(0);
      out.println(
          ctx.msg()
              .get(
                  "forget.who",
                  p.name(),
                  ctx.msg().get("forget.role." + p.role().word()),
                  plan.pseudonym(),
                  where));
    }
    if (plan.changes().isEmpty()) {
      out.println(ctx.msg().get("forget.nothing", name, where));
      printSkipped(plan);
      out.flush();
      return plan.skipped().isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }
    int edited = 0;
    int deleted = 0;
    for (Forget.Change c : plan.changes()) {
      if (c.deleted()) {
        deleted++;
        out.println(ctx.msg().get("forget.deleted", c.shown()));
        continue;
      }
      edited++;
      for (Found f : c.found()) {
        String after =
            f.after().isEmpty()
                ? ctx.msg().get("forget.removedrow")
                : f.after().equals("\"\"") || f.after().equals("[]")
                    ? ctx.msg().get("forget.emptied")
                    : f.after();
        out.println(ctx.msg().get("forget.change", c.shown(), f.line(), f.before(), after));
      }
    }
    if (!plan.left().isEmpty()) {
      out.println();
      out.println(ctx.msg().get("forget.left.head"));
      for (Forget.Left l : plan.left())
        out.println(
            "  "
                + ctx.msg()
                    .get(
                        "forget.left",
                        l.shown(),
                        l.line(),
                        l.text(),
                        People.join(l.names(), orWord())));
    }
    printSkipped(plan);
    out.println();
    if (apply) {
      Outputs outputs = new Outputs(loader, ctx.msg());
      List<Outputs.Target> targets = new ArrayList<>();
      for (Forget.Change c : plan.changes()) targets.add(outputs.update(c.path(), c.shown()));
      outputs.refuseInputs();
      for (int i = 0; i < targets.size(); i++) {
        Forget.Change c = plan.changes().get(i);
        if (c.deleted()) outputs.delete(targets.get(i));
        else outputs.write(targets.get(i), c.after());
      }
      out.println(ctx.msg().get("forget.done", edited, deleted));
    } else {
      out.println(ctx.msg().get("forget.dry", edited, deleted));
    }
    out.println();
    out.println(ctx.msg().get(inGit(dir) ? "forget.history.head" : "forget.history.ifgit"));
    out.println(history(plan.replaced()));
    out.println(ctx.msg().get("forget.history.after"));
    out.flush();
    return ExitCode.OK;
  }

  /** Whether {@code dir} is inside a git work tree (a {@code .git} in it or a folder above). */
  static boolean inGit(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) return true;
    }
    return false;
  }

  private String orWord() {
    return ctx.msg().lang().equals("nl") ? "of" : "or";
  }

  private void printSkipped(Forget.Plan plan) {
    if (plan.skipped().isEmpty()) return;
    ctx.out().println();
    ctx.out().println(ctx.msg().get("forget.skipped.head"));
    for (Forget.Skipped s : plan.skipped()) ctx.out().println("  " + s.shown());
  }

  /** The commands that remove the replaced texts from the history, ready to paste. */
  static String history(Map<String, String> replaced) {
    StringBuilder b = new StringBuilder("  printf '%s\\n'");
    for (var e : replaced.entrySet()) {
      b.append(" \\\n    ").append(quote(e.getKey() + "==>" + e.getValue()));
    }
    b.append(" > ../forget-expressions.txt\n");
    b.append("  git filter-repo --replace-text ../forget-expressions.txt\n");
    b.append("  git push --force --all");
    return b.toString();
  }

  /** A shell word in single quotes. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
