package nl.klantarena.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Loader;

/** Loads and checks a session file as a command does, for tests that use a model directly. */
public final class Sessions {

  private Sessions() {}

  /** The checked session of {@code file} (relative to the project folder), as of the test clock. */
  public static CheckedSession checked(String file) {
    return checked(Path.of(file), file, CliRun.CLOCK_DATE);
  }

  /** The checked session of {@code file} as of {@code today}; fails the test when it has errors. */
  public static CheckedSession checked(Path file, String shown, LocalDate today) {
    Loader loader = new Loader(Path.of(""), Messages.of("en"));
    Checked c = Checked.of(loader, file, shown, new CheckContext(today, false));
    return c.usable().orElseThrow(() -> new AssertionError(shown + ": " + c.findings()));
  }
}
