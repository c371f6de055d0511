package nl.klantarena.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test needs from outside the repository (a program, a corpus), named by a system property.
 * On a developer's machine without it the test is skipped, with the reason; in CI ({@code CI=true},
 * as {@code .ci/run} runs) it must be there, or the test fails.
 */
public final class Outside {

  private Outside() {}

  /** The file or folder that {@code property} names; {@code what} says what it is for. */
  public static Path required(String property, String what) {
    return required(property, what, "");
  }

  /** The same, with the place to look when the property is not set (Maven passes -D values on). */
  public static Path required(String property, String what, String otherwise) {
    String p = System.getProperty(property, otherwise);
    boolean there = !p.isBlank() && Files.exists(Path.of(p));
    String why =
        what + ": set -D" + property + "=PATH" + (p.isBlank() ? "" : " (not found: " + p + ")");
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      assumeTrue(there, why + "; CI requires it");
    }
    assertTrue(there, why);
    return Path.of(p);
  }
}
