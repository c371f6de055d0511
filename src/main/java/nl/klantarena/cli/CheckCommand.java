package nl.klantarena.cli;

import java.util.List;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import picocli.CommandLine.Model.CommandSpec;

/** {@code klantarena check}: validate session files and run every rule; the CI gate. */
final class CheckCommand extends SessionCommand {

  private String format;
  private boolean failOnOverdue;

  private CheckCommand(Context ctx) {
    super(ctx);
  }

  /** The options of {@code check}, besides the common ones. */
  static final Arg[] ARGS = {
    FINDINGS_FORMAT, Arg.flag("--fail-on-overdue", "check.failonoverdue"),
  };

  static CommandSpec spec(Context ctx) {
    return spec("check", new CheckCommand(ctx), FILES, ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    format = Specs.value(spec, "--format");
    failOnOverdue = Specs.value(spec, "--fail-on-overdue");
  }

  @Override
  boolean failOnOverdue() {
    return failOnOverdue;
  }

  @Override
  int run() {
    FindingPrinter.Format fmt = Formats.findings(format, ctx.msg());
    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    List<Finding> sorted = all.sorted();
    printFindings(sorted, fmt);
    if (fmt == FindingPrinter.Format.TEXT) {
      ctx.out()
          .println(
              ctx.msg()
                  .get(
                      checked.size() == 1 ? "check.summary.one" : "check.summary.many",
                      checked.size(),
                      FindingPrinter.tally(sorted, ctx.msg())));
    }
    return exitCode(all);
  }
}
