package nl.klantarena.cli;

import picocli.CommandLine.Command;

/** {@code klantarena plan}: not built yet. */
@Command(name = "plan", description = "(not built yet)")
final class PlanCommand extends SessionCommand {

  PlanCommand(Context ctx) {
    super(ctx);
  }

  @Override
  public Integer call() {
    throw new UsageException(ctx.msg().get("cli.notyet", "plan"));
  }
}
