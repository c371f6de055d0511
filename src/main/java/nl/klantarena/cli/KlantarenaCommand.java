package nl.klantarena.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top command: {@code klantarena [--help] [--version] [--lang nl|en] [--debug] <command>}. The
 * options that every command takes for the run as a whole, {@code --lang} and {@code --debug}, may
 * also come before the command ({@code klantarena --lang nl actions sessions}): {@link Cli} reads
 * both from the whole command line, so they count wherever they stand.
 */
final class KlantarenaCommand implements Runnable {

  /**
   * Its options (the keys of help and version are picocli's own, which the Dutch help texts use;
   * {@code --lang} and {@code --debug} are those of every command).
   */
  static final Arg[] ARGS = {
    Arg.help("mixinStandardHelpOptions.help"),
    Arg.version("mixinStandardHelpOptions.version"),
    Arg.choiceOrNone("--lang", "common.lang", "nl", "en"),
    Arg.flag("--debug", "common.debug"),
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
