package nl.klantarena.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code klantarena [--help] [--version] <command>}. */
@Command(
    name = "klantarena",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plan, invite, import and report a klantarena (customer arena).",
    subcommands = {
      InitCommand.class,
      CheckCommand.class,
      PlanCommand.class,
      InviteCommand.class,
      ImportCommand.class,
      ReportCommand.class,
      ActionsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KlantarenaCommand implements Runnable {

  @Spec CommandSpec spec;

  private final Context ctx;

  public KlantarenaCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public void run() {
    // no command given: show the commands
    spec.commandLine().usage(ctx.err());
    throw new CommandLine.ParameterException(spec.commandLine(), ctx.msg().get("cli.nocommand"));
  }
}
