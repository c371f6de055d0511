package nl.klantarena.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Prefetch;
import nl.klantarena.output.OutputException;
import nl.klantarena.session.Names;
import picocli.CommandLine;

/**
 * The testable entry point: {@link #run} parses the arguments, runs one command and returns the
 * exit code. Exit codes are decided here and in the commands only (see {@link ExitCode}): usage
 * mistakes are 2 with a message, findings 1, unexpected exceptions 3 with one line (the stack trace
 * only under {@code --debug}).
 */
public final class Cli {

  private Cli() {}

  public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
    return run(Registry.STANDARD, env, out, err, args);
  }

  /** A run with the commands of {@code commands} (tests add one of their own). */
  static int run(Registry commands, Env env, PrintWriter out, PrintWriter err, String... args) {
    return run(commands, env, out, err, true, args);
  }

  /** A run, with or without {@link Prefetch} (tests compare the two). */
  static int run(
      Registry commands,
      Env env,
      PrintWriter out,
      PrintWriter err,
      boolean prefetching,
      String... args) {
    Messages msg = Messages.of(toolLanguage(env, args));
    boolean debug = Arrays.asList(args).contains("--debug");
    String asked = askedLanguage(args);
    if (asked != null && !asked.equalsIgnoreCase("nl") && !asked.equalsIgnoreCase("en")) {
      // checked before picocli runs: the language of every message depends on it
      err.println("klantarena: " + msg.get("cli.badlanguage", asked, "nl|en"));
      err.flush();
      return ExitCode.USAGE;
    }
    String unknown = unknownCommand(commands, args);
    if (unknown != null) {
      String near = Names.nearest(unknown, commands.names());
      err.println(
          "klantarena: "
              + (near == null
                  ? msg.get("cli.unknowncommand", unknown)
                  : msg.get("cli.unknowncommand.near", unknown, near)));
      err.println(msg.get("cli.seehelp", "klantarena"));
      err.flush();
      return ExitCode.USAGE;
    }
    try {
      Prefetch prefetch = prefetching ? prefetch(env, msg, args) : Prefetch.NONE;
      CommandLine cl = commandLine(commands, env, msg, prefetch, out, err, args);
      int code = cl.execute(args);
      return code;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      internal(err, msg, e, debug);
      return ExitCode.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line of a run: the top command and the command being run, or every command when
   * help may list them or no command is named.
   */
  static CommandLine commandLine(
      Registry commands, Env env, Messages msg, PrintWriter out, PrintWriter err, String... args) {
    return commandLine(commands, env, msg, Prefetch.NONE, out, err, args);
  }

  private static CommandLine commandLine(
      Registry commands,
      Env env,
      Messages msg,
      Prefetch prefetch,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    Context ctx = new Context(env, msg, out, err, prefetch);
    CommandLine cl = new CommandLine(KlantarenaCommand.spec(ctx));
    String first = firstWord(commands, args);
    for (Registry.Entry e : commands.entries()) {
      if (first == null || first.equals(e.command()) || "help".equals(first)) {
        cl.addSubcommand(e.command(), e.spec(ctx));
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(100);
    if (first == null || mayShowHelp(args)) HelpTexts.apply(cl, msg);
    Handlers handlers = new Handlers(msg, err);
    cl.setParameterExceptionHandler(handlers);
    cl.setExecutionExceptionHandler(handlers);
    return cl;
  }

  /**
   * Maps what goes wrong to exit codes: a parse error or {@link UsageException} is usage (2), an
   * output that cannot be written ({@link OutputException}) 2 when the user named it and 1 when the
   * tool chose it, anything else thrown by a command is internal (3). A class rather than lambdas:
   * the first lambda of a run costs measurable start-up time.
   */
  private static final class Handlers
      implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final Messages msg;
    private final PrintWriter err;

    Handlers(Messages msg, PrintWriter err) {
      this.msg = msg;
      this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      err.println("klantarena: " + ex.getMessage());
      err.println(msg.get("cli.seehelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
      return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(
        Exception ex, CommandLine c, CommandLine.ParseResult parsed) {
      if (ex instanceof UsageException) {
        err.println("klantarena: " + ex.getMessage());
        return ExitCode.USAGE;
      }
      if (ex instanceof OutputException o) {
        // an output that cannot be written is the user's to fix, never a bug
        if (o.finding().isPresent()) {
          new FindingPrinter(Path.of(""), false, msg).text(List.of(o.finding().get()), err);
        } else {
          err.println("klantarena: " + o.getMessage());
        }
        return o.userPath() ? ExitCode.USAGE : ExitCode.FINDINGS;
      }
      internal(err, msg, ex, parsed.originalArgs().contains("--debug"));
      return ExitCode.INTERNAL;
    }
  }

  /**
   * Whether picocli may print usage help: the Dutch help texts list every key of every bundle, so a
   * run that only does its work does without them. Combined short options ({@code -hV}) count.
   */
  private static boolean mayShowHelp(String... args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("help")) return true;
      if (a.startsWith("-") && !a.startsWith("--") && a.indexOf('h') > 0) return true;
    }
    return false;
  }

  /**
   * Begins reading the session files the command line seems to name ({@code .yaml} files that
   * exist, other than {@code klantarena.yaml}) while picocli builds and parses the command line: a
   * guess, which costs a wasted read when wrong and never changes what the run does ({@link
   * Prefetch}).
   */
  private static Prefetch prefetch(Env env, Messages msg, String... args) {
    List<Path> files = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-") || !(a.endsWith(".yaml") || a.endsWith(".yml"))) continue;
      Path p = env.resolve(a);
      if (p.getFileName() == null || p.getFileName().toString().equals(Inputs.DEFAULTS_FILE)) {
        continue;
      }
      if (Files.isRegularFile(p)) {
        files.add(p);
        shown.add(a);
      }
    }
    return Prefetch.start(files, shown, msg);
  }

  /** The first word when it is not an option and names no command, else null. */
  private static String unknownCommand(Registry commands, String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++; // its value
      } else if (!a.startsWith("-")) {
        return commands.find(a) == null ? a : null;
      } else if (a.equals("--")) {
        return null;
      }
    }
    return null;
  }

  /** The first argument that is not an option: the command's name, if one is given. */
  private static String firstWord(Registry commands, String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) i++; // its value
      else if (!a.startsWith("-")) return commands.find(a) != null ? a : null;
    }
    return null;
  }

  private static void internal(PrintWriter err, Messages msg, Throwable e, boolean debug) {
    String what =
        e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    err.println("klantarena: " + msg.get("cli.internal", what));
    if (debug) e.printStackTrace(err);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * The language of what the tool says: {@code --lang}, else {@code KLANTARENA_LANG}, else the
   * system locale (Dutch for a Dutch locale, English otherwise).
   */
  static String toolLanguage(Env env, String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) return norm(args[i + 1]);
      if (args[i].startsWith("--lang=")) return norm(args[i].substring(7));
    }
    String fromEnv = env.get("KLANTARENA_LANG");
    if (fromEnv != null && !fromEnv.isBlank()) return norm(fromEnv);
    return "nl".equals(env.systemLocale().getLanguage()) ? "nl" : "en";
  }

  /** The value of {@code --lang} as given, or null when there is none. */
  private static String askedLanguage(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) return null;
      if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1].strip();
      if (args[i].startsWith("--lang=")) return args[i].substring(7).strip();
    }
    return null;
  }

  private static String norm(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("nl") ? "nl" : "en";
  }
}
