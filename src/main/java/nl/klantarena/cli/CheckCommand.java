package nl.klantarena.cli;

import java.util.List;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code klantarena check}: validate session files and run every rule; the CI gate. */
@Command(
    name = "check",
    description = "Check session files: the file, the balance, the themes, the agenda and the follow-up.")
final class CheckCommand extends SessionCommand {

  @Option(
      names = "--format",
      paramLabel = "text|json|github",
      descriptionKey = "check.format",
      description = "How to print findings: text (default), json or github (workflow commands).")
  String format = "text";

  @Option(
      names = "--fail-on-overdue",
      descriptionKey = "check.failonoverdue",
      description = "An open action past its due date is an error (exit 1).")
  boolean failOnOverdue;

  CheckCommand(Context ctx) {
    super(ctx);
  }

  @Override
  boolean failOnOverdue() {
    return failOnOverdue;
  }

  @Override
  public Integer call() {
    FindingPrinter.Format fmt = Formats.findings(format, ctx.msg());
    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    List<Finding> sorted = all.sorted();
    printFindings(sorted, fmt);
    if (fmt == FindingPrinter.Format.TEXT) {
      var printer = new FindingPrinter(ctx.env().cwd(), false, ctx.msg());
      ctx.out().println(ctx.msg().get(checked.size() == 1 ? "check.summary.one" : "check.summary.many",
          checked.size(), printer.tally(sorted)));
    }
    return exitCode(all);
  }
}
