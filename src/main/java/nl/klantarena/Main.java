package nl.klantarena;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import nl.klantarena.cli.Cli;
import nl.klantarena.cli.Env;

/**
 * The only class of a normal run that touches {@code System.*}: it reads the world and exits with
 * run()'s code. ({@link TrainingRun} is the launcher's other entry point.)
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // picocli registers converters for some JDK types by reflection (java.sql, java.time,
    // Path) in every command's parser, testing each against this pattern (compiled
    // anew per test); the tool's options are strings, numbers and dates with a converter of its
    // own, so exclude them all with the cheapest pattern
    System.setProperty("picocli.converters.excludes", ".*");
    // and picocli looks for Groovy's closure class on the class path, which is never there
    System.setProperty("picocli.disable.closures", "true");
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Env env =
        new Env(
            System.getenv(),
            Locale.getDefault(),
            Path.of("").toAbsolutePath(),
            new LazySystemClock(),
            new Console());
    int code = Cli.run(env, out, err, args);
    out.flush();
    err.flush();
    // halt, not exit: the tool registers no shutdown hook and has flushed what it wrote, and
    // System.exit on newer JDKs first starts the platform's logging to log the exit (classes
    // that no start-up archive holds, a few milliseconds of every run)
    Runtime.getRuntime().halt(code);
  }

  /** Loads the classes a normal run starts with, for the training run ({@link TrainingRun}). */
  static void loadForTraining() {
    System.getenv();
    new LazySystemClock().getZone();
    new Console();
  }

  /**
   * Whether the tool writes to a terminal, asked only when colour may be shown: on newer JDKs the
   * first {@code System.console()} looks through every console provider of the runtime.
   */
  private static final class Console implements BooleanSupplier {
    @Override
    public boolean getAsBoolean() {
      return System.console() != null;
    }
  }

  /**
   * The system clock in the system's zone, looked up only when read: most runs are given {@code
   * --today} or never need a date, and loading the zone rules costs start-up time.
   */
  private static final class LazySystemClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }
  }
}
