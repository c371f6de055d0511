package nl.klantarena.cli;

import picocli.CommandLine.Command;

/** {@code klantarena actions}: not built yet. */
@Command(name = "actions", description = "(not built yet)")
final class ActionsCommand extends SessionCommand {

  ActionsCommand(Context ctx) {
    super(ctx);
  }

  @Override
  public Integer call() {
    throw new UsageException(ctx.msg().get("cli.notyet", "actions"));
  }
}
