package nl.klantarena.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The top command: {@code klantarena [--help] [--version] <command>}. */
public final class KlantarenaCommand implements Runnable {

  /**
   * The commands by name, in the order help lists them. Only the command being run is built; help
   * builds them all. A class that {@link #spec(String, Context)} does not know is read from its
   * picocli annotations (commands that tests add).
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("init", InitCommand.class);
    m.put("check", CheckCommand.class);
    m.put("plan", PlanCommand.class);
    m.put("invite", InviteCommand.class);
    m.put("import", ImportCommand.class);
    m.put("report", ReportCommand.class);
    m.put("actions", ActionsCommand.class);
    m.put("help", HelpCommand.class);
    return m;
  }

  /** The model of a command of the table, built in code; null for one that is not. */
  static CommandSpec spec(String name, Context ctx) {
    return switch (name) {
      case "init" -> InitCommand.spec(ctx);
      case "check" -> CheckCommand.spec(ctx);
      case "plan" -> PlanCommand.spec(ctx);
      case "invite" -> InviteCommand.spec(ctx);
      case "import" -> ImportCommand.spec(ctx);
      case "report" -> ReportCommand.spec(ctx);
      case "actions" -> ActionsCommand.spec(ctx);
      case "help" -> HelpCommand.spec();
      default -> null;
    };
  }

  private final Context ctx;

  /** This command's model, for the usage help when no command is given. */
  private CommandSpec spec;

  private KlantarenaCommand(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * The top command's model: what {@code @Command(mixinStandardHelpOptions = true, ...)} made, with
   * the standard help options declared here (picocli would read them from annotations).
   */
  static CommandSpec spec(Context ctx) {
    KlantarenaCommand top = new KlantarenaCommand(ctx);
    CommandSpec spec =
        Specs.command(
            "klantarena", top, "Plan, invite, import and report a klantarena (customer arena).");
    spec.versionProvider(new VersionProvider());
    spec.usageMessage().synopsisSubcommandLabel("COMMAND");
    // the same keys as picocli's own mixin, so that the Dutch help texts apply to them
    CommandSpec standard = CommandSpec.create();
    standard.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .paramLabel("<helpRequested>")
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    standard.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .paramLabel("<versionRequested>")
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
    spec.addMixin("mixinStandardHelpOptions", standard);
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
