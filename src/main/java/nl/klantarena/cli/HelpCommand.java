package nl.klantarena.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena help [COMMAND]}: the usage help of the tool or of one command. It is picocli's
 * own {@code CommandLine.HelpCommand} (same texts, keys and behaviour) with its model built in
 * code: picocli would read that class's annotations on every run that builds the help command,
 * {@code --version} and {@code --help} among them.
 */
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {

  private CommandSpec spec;
  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  private HelpCommand() {}

  /** Its arguments: the command whose help to show. */
  static final Arg[] ARGS = {
    Arg.help("helpCommand.help"), Arg.word("COMMAND", "helpCommand.command"),
  };

  static CommandSpec spec() {
    HelpCommand command = new HelpCommand();
    CommandSpec spec = Specs.build("help", command, ARGS);
    spec.helpCommand(true);
    command.spec = spec;
    return spec;
  }

  @Override
  public void init(
      CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public Integer call() {
    CommandLine parent = self == null ? null : self.getParent();
    if (parent == null) return ExitCode.OK;
    String command = Specs.positional(spec);
    if (command == null) {
      parent.usage(out, colors);
      return parent.getCommandSpec().exitCodeOnUsageHelp();
    }
    // the tool does not allow abbreviated command names, so only the exact name is looked up
    CommandLine sub = parent.getCommandSpec().subcommands().get(command);
    if (sub == null) {
      throw new CommandLine.ParameterException(
          parent, "Unknown subcommand '" + command + "'.", null, command);
    }
    sub.usage(out, colors);
    return sub.getCommandSpec().exitCodeOnUsageHelp();
  }
}
