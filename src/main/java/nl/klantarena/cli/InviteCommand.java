package nl.klantarena.cli;

import picocli.CommandLine.Command;

/** {@code klantarena invite}: not built yet. */
@Command(name = "invite", description = "(not built yet)")
final class InviteCommand extends SessionCommand {

  InviteCommand(Context ctx) {
    super(ctx);
  }

  @Override
  public Integer call() {
    throw new UsageException(ctx.msg().get("cli.notyet", "invite"));
  }
}
