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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The shape every command on session files shares: resolve the paths, load and check each
 * session, do the command's work, print the findings, and return the exit code.
 */
abstract class SessionCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|FOLDER",
      descriptionKey = "common.files",
      description = "Session files, or folders that hold them.")
  List<String> paths = new ArrayList<>();

  final Context ctx;

  SessionCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** Whether an overdue open action is an error for this run. */
  boolean failOnOverdue() {
    return false;
  }

  /** Loads and checks every session named on the command line. */
  List<Checked> loadAll(Findings all) {
    List<String> empty = new ArrayList<>();
    var inputs = Inputs.resolve(paths, ctx.env(), ctx.msg(), empty);
    for (String e : empty) all.add("KA125", SourcePos.of(e), e);
    CheckContext cc = new CheckContext(common.today(ctx.env()), failOnOverdue());
    List<Checked> out = new ArrayList<>();
    for (var in : inputs) {
      try {
        out.add(Checked.load(in.path(), in.shown(), all, cc));
      } catch (IOException e) {
        throw new UsageException(ctx.msg().get("cli.unreadable", in.shown()) + " (" + e.getMessage() + ")");
      }
    }
    return out;
  }

  /** Prints findings as text (stderr), JSON (stdout) or GitHub workflow commands (stdout). */
  void printFindings(List<Finding> findings, FindingPrinter.Format format) {
    switch (format) {
      case TEXT -> new FindingPrinter(ctx.env().cwd(), common.color(ctx.env()), ctx.msg()).text(findings, ctx.err());
      case JSON -> ctx.out().print(FindingPrinter.json(findings, ctx.msg()));
      case GITHUB -> FindingPrinter.github(findings, ctx.out());
    }
  }

  /** 1 when the findings fail the run (errors, or warnings under --strict), else 0. */
  int exitCode(Findings findings) {
    return findings.fails(common.strict()) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
