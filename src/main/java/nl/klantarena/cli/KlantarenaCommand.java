package nl.klantarena.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top command: {@code klantarena [--help] [--version] <command>}. */
final class KlantarenaCommand implements Runnable {

  /** Its options (the keys are picocli's own for them, which the Dutch help texts use). */
  static final Arg[] ARGS = {
    Arg.help("mixinStandardHelpOptions.help"), Arg.version("mixinStandardHelpOptions.version"),
  };

  private final Context ctx;

  /** This command's model, for the usage help when no command is given. */
  private CommandSpec spec;

  private KlantarenaCommand(Context ctx) {
    this.ctx = ctx;
  }

  /** The top command's model, without its subcommands ({@link Cli} adds those). */
  static CommandSpec spec(Context ctx) {
    KlantarenaCommand top = new KlantarenaCommand(ctx);
    CommandSpec spec = Specs.build("klantarena", top, ARGS);
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().synopsisSubcommandLabel("COMMAND");
    top.spec = spec;
    return spec;
  }

  @Override
  public void run() {
    // no command given: show the commands
    CommandLine commandLine = spec.commandLine();
    commandLine.usage(ctx.err());
    throw new CommandLine.ParameterException(commandLine, ctx.msg().get("cli.nocommand"));
  }
}
