package nl.klantarena.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands a run can start, by name, in the order help lists them; immutable. {@link #STANDARD}
 * holds the tool's own; a test that needs another command makes a registry {@link #with} it.
 */
final class Registry {

  /** A command: its name, and its model for a run (built only when the run needs it). */
  interface Entry {
    String command();

    CommandSpec spec(Context ctx);
  }

  /** The tool's own commands. */
  enum Builtin implements Entry {
    INIT("init"),
    CHECK("check"),
    PLAN("plan"),
    INVITE("invite"),
    IMPORT("import"),
    REPORT("report"),
    ACTIONS("actions"),
    FORGET("forget"),
    COMPLETION("completion"),
    HELP("help");

    private final String command;

    Builtin(String command) {
      this.command = command;
    }

    @Override
    public String command() {
      return command;
    }

    @Override
    public CommandSpec spec(Context ctx) {
      return switch (this) {
        case INIT -> InitCommand.spec(ctx);
        case CHECK -> CheckCommand.spec(ctx);
        case PLAN -> PlanCommand.spec(ctx);
        case INVITE -> InviteCommand.spec(ctx);
        case IMPORT -> ImportCommand.spec(ctx);
        case REPORT -> ReportCommand.spec(ctx);
        case ACTIONS -> ActionsCommand.spec(ctx);
        case FORGET -> ForgetCommand.spec(ctx);
        case COMPLETION -> CompletionCommand.spec(ctx);
        case HELP -> HelpCommand.spec();
      };
    }
  }

  /** The tool's commands. */
  static final Registry STANDARD = new Registry(List.of(Builtin.values()));

  private final List<Entry> entries;

  private Registry(List<? extends Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** This registry and {@code extra} after it. */
  Registry with(Entry extra) {
    List<Entry> all = new ArrayList<>(entries);
    all.add(extra);
    return new Registry(all);
  }

  List<Entry> entries() {
    return entries;
  }

  /** The command called {@code name}, or null. */
  Entry find(String name) {
    for (Entry e : entries) if (e.command().equals(name)) return e;
    return null;
  }

  /** The commands' names, in order. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (Entry e : entries) names.add(e.command());
    return names;
  }
}
