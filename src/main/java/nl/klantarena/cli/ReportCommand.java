package nl.klantarena.cli;

import picocli.CommandLine.Command;

/** {@code klantarena report}: not built yet. */
@Command(name = "report", description = "(not built yet)")
final class ReportCommand extends SessionCommand {

  ReportCommand(Context ctx) {
    super(ctx);
  }

  @Override
  public Integer call() {
    throw new UsageException(ctx.msg().get("cli.notyet", "report"));
  }
}
