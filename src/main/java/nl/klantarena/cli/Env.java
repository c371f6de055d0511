package nl.klantarena.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Everything the tool takes from its surroundings, read once by {@code Main} and passed in, so that
 * commands never touch {@code System.*} and tests run in-process with a fixed world.
 *
 * @param env the environment variables
 * @param systemLocale the system locale (for the tool's language when nothing else says)
 * @param cwd the working directory that relative paths are resolved against
 * @param clock the clock, read only when {@code --today} is not given
 * @param terminal whether the tool writes to a terminal (colour); asked only when colour may be
 *     shown, since finding out costs start-up time on some JDKs
 */
public record Env(
    Map<String, String> env, Locale systemLocale, Path cwd, Clock clock, BooleanSupplier terminal) {

  public Env {
    env = Map.copyOf(env);
    Objects.requireNonNull(systemLocale, "systemLocale");
    Objects.requireNonNull(cwd, "cwd");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(terminal, "terminal");
  }

  /** A world whose terminal is known (tests and tools). */
  public Env(
      Map<String, String> env, Locale systemLocale, Path cwd, Clock clock, boolean terminal) {
    this(env, systemLocale, cwd, clock, terminal ? Known.YES : Known.NO);
  }

  /** A terminal that is known to be there or not (an enum, not a lambda: see cli's start rules). */
  private enum Known implements BooleanSupplier {
    YES,
    NO;

    @Override
    public boolean getAsBoolean() {
      return this == YES;
    }
  }

  public String get(String name) {
    return env.get(name);
  }

  /** The date of the clock, for when {@code --today} is not given. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Colour only on a terminal and never when NO_COLOR is set (to anything). */
  public boolean color() {
    return !env.containsKey("NO_COLOR")
        && !"dumb".equals(env.get("TERM"))
        && terminal.getAsBoolean();
  }

  /** Resolves a path the user gave against the working directory. */
  public Path resolve(String path) {
    return cwd.resolve(path).normalize();
  }
}
