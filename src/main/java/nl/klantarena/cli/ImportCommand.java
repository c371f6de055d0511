package nl.klantarena.cli;

import picocli.CommandLine.Command;

/** {@code klantarena import}: not built yet. */
@Command(name = "import", description = "(not built yet)")
final class ImportCommand extends SessionCommand {

  ImportCommand(Context ctx) {
    super(ctx);
  }

  @Override
  public Integer call() {
    throw new UsageException(ctx.msg().get("cli.notyet", "import"));
  }
}
