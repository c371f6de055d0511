package nl.klantarena.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.testing.CliRun;

/** Loads a plan from a session file for tests that look at the model or a renderer directly. */
final class Plans {

  private Plans() {}

  static Plan load(String file) {
    CheckContext cc = new CheckContext(CliRun.CLOCK_DATE, false);
    try {
      Checked c = Checked.load(Path.of(file), file, new Findings(Messages.of("en")), cc);
      if (c.usable().isEmpty())
        throw new AssertionError(file + " has errors: " + c.findings().all());
      return Plan.of(c.usable().get(), cc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
