package nl.klantarena.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.cli.Cli;
import nl.klantarena.cli.Env;

/**
 * Runs the CLI in-process with a fixed world: English unless told, a fixed clock (2026-11-22), no
 * terminal, and a chosen working directory. Captures stdout and stderr.
 */
public final class CliRun {

  /** The date the test clock reads; tests that care pass {@code --today}. */
  public static final LocalDate CLOCK_DATE = LocalDate.of(2026, 11, 22);

  private final Path cwd;
  private final Map<String, String> env = new HashMap<>();
  private Locale locale = Locale.ENGLISH;

  private CliRun(Path cwd) {
    this.cwd = cwd;
  }

  /** A run in the project folder (where {@code mvn} runs), so that examples/ is found. */
  public static CliRun inProject() {
    return new CliRun(Path.of("").toAbsolutePath());
  }

  public static CliRun in(Path cwd) {
    return new CliRun(cwd.toAbsolutePath());
  }

  public CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRun locale(Locale l) {
    this.locale = l;
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env e =
        new Env(
            env,
            locale,
            cwd,
            Clock.fixed(CLOCK_DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            false);
    int code = Cli.run(e, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What a run gave. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
