package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;

/**
 * The README's first command runs {@code check} on the bundled examples: they must stay clean,
 * warnings included, as rules are added. The test clock is 2026-11-22, so no open action of an
 * example may be due before then.
 */
class ExamplesTest {

  @Test
  void examplesAreCleanUnderStrict() {
    var r = CliRun.inProject().run("check", "--strict", "examples");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
    assertTrue(r.out().strip().matches("\\d+ files checked: 0 errors, 0 warnings"), r.toString());
  }

  @Test
  void examplesAreCleanInDutchToo() {
    var r = CliRun.inProject().run("check", "--lang", "nl", "--strict", "examples/nl/session.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
  }
}
