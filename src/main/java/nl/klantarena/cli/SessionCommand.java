package nl.klantarena.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.load.Loader;
import nl.klantarena.output.Outputs;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shape every command on session files shares: resolve the paths, load and check each session,
 * do the command's work, print the findings, and return the exit code.
 */
abstract class SessionCommand implements Callable<Integer> {

  /** Set when the command runs, from the parsed model. */
  CommonOptions common;

  /** Set when the command runs, from the parsed model. */
  List<String> paths;

  final Context ctx;

  /**
   * The run's loader: every file of the run is read through it, once. Set when the command runs.
   */
  Loader loader;

  /** What the run writes: checked against its inputs, written whole. Set when the command runs. */
  Outputs outputs;

  /** This command's model, made by {@link #spec}; its options hold the parsed values. */
  private CommandSpec spec;

  SessionCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** The positional parameters of most commands: the sessions to work on. */
  static final Arg[] FILES = {Arg.filesParam("FILE|FOLDER", "common.files")};

  /** {@code --format text|json|github}: how findings are printed (check, invite). */
  static final Arg FINDINGS_FORMAT =
      Arg.choice("--format", "check.format", "text", "json", "github");

  /**
   * The model of a command on session files: the common options and the command's own {@code
   * tables}. The command reads its options in {@link #read}.
   */
  static CommandSpec spec(String name, SessionCommand command, Arg[]... tables) {
    Arg[][] all = new Arg[tables.length + 2][];
    all[0] = CommonOptions.ARGS;
    all[1] = CommonOptions.SESSIONS;
    System.arraycopy(tables, 0, all, 2, tables.length);
    CommandSpec spec = Specs.build(name, command, all);
    command.spec = spec;
    return spec;
  }

  /** Reads the parsed values, then does the command's work. */
  @Override
  public final Integer call() throws IOException {
    common = CommonOptions.read(spec);
    paths = Specs.positionals(spec);
    loader = new Loader(ctx.env().cwd(), ctx.msg(), ctx.prefetch());
    outputs = new Outputs(loader, ctx.msg());
    read(spec);
    return run();
  }

  /** Reads the command's own options from its parsed model. */
  abstract void read(CommandSpec spec);

  /** The command's work; returns the exit code. */
  abstract int run() throws IOException;

  /** Whether an overdue open action is an error for this run. */
  boolean failOnOverdue() {
    return false;
  }

  /** What the rules of this run need beyond the session: --today, and the command's own needs. */
  CheckContext checkContext() {
    return new CheckContext(common.today(ctx.env()), failOnOverdue());
  }

  /**
   * Loads and checks every session named on the command line; their findings go into {@code all}.
   */
  List<Checked> loadAll(Findings all) {
    return loadAll(paths, all);
  }

  /** Loads and checks the sessions of {@code args} (files, or folders that hold them). */
  List<Checked> loadAll(List<String> args, Findings all) {
    List<String> empty = new ArrayList<>();
    var inputs = Inputs.resolve(args, ctx.env(), ctx.msg(), loader, empty);
    for (String e : empty) all.add("KA125", SourcePos.of(e), e);
    CheckContext cc = checkContext();
    List<Checked> out = new ArrayList<>();
    for (var in : inputs) {
      Checked c = Checked.of(loader, in.path(), in.shown(), cc);
      for (Finding f : c.findings()) all.add(f);
      out.add(c);
    }
    return out;
  }

  /** Prints findings as text (stderr), JSON (stdout) or GitHub workflow commands (stdout). */
  void printFindings(List<Finding> findings, FindingPrinter.Format format) {
    switch (format) {
      case TEXT -> {
        // no findings, no printer: it would ask whether stderr is a terminal (colour)
        if (!findings.isEmpty()) printer().text(findings, ctx.err());
      }
      case JSON -> ctx.out().print(FindingPrinter.json(findings, ctx.msg()));
      case GITHUB -> FindingPrinter.github(findings, ctx.out());
    }
  }

  /** The text printer of findings: excerpts come from the files as this run read them. */
  FindingPrinter printer() {
    return new FindingPrinter(ctx.env().cwd(), loader, common.color(ctx.env()), ctx.msg());
  }

  /** 1 when the findings fail the run (errors, or warnings under --strict), else 0. */
  int exitCode(Findings findings) {
    return findings.fails(common.strict()) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
