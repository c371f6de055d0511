package nl.klantarena.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code klantarena [--help] [--version] <command>}. */
@Command(
    name = "klantarena",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plan, invite, import and report a klantarena (customer arena).",
    synopsisSubcommandLabel = "COMMAND")
public final class KlantarenaCommand implements Runnable {

  /**
   * The commands by name. Only the command being run is built (picocli reads a command's
   * annotations reflectively, which is most of the start-up time); help builds them all.
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
    m.put("help", CommandLine.HelpCommand.class);
    return m;
  }

  /**
   * Set by {@link Cli} rather than injected with {@code @Spec}: every annotation type that picocli
   * reads costs a dynamic proxy class at start-up, which a JDK 17 archive cannot hold.
   */
  CommandLine commandLine;

  private final Context ctx;

  public KlantarenaCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public void run() {
    // no command given: show the commands
    commandLine.usage(ctx.err());
    throw new CommandLine.ParameterException(commandLine, ctx.msg().get("cli.nocommand"));
  }
}
