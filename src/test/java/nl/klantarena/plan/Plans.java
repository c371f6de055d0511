package nl.klantarena.plan;

import nl.klantarena.check.CheckContext;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Sessions;

/** Loads a plan from a session file for tests that look at the model or a renderer directly. */
final class Plans {

  private Plans() {}

  static Plan load(String file) {
    return Plan.of(Sessions.checked(file), new CheckContext(CliRun.CLOCK_DATE, false));
  }
}
