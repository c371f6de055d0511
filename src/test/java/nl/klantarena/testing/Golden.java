package nl.klantarena.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. A test compares generated output with the
 * file; run with {@code -Dgolden.update=true} (e.g. {@code mvn verify -Dgolden.update=true}) to
 * rewrite the files on purpose, then review their diff like code.
 */
public final class Golden {

  public static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code actual} equals the golden file {@code relative} (or rewrites it). */
  public static void check(String relative, String actual) {
    check(relative, actual.getBytes(StandardCharsets.UTF_8));
  }

  public static void check(String relative, byte[] actual) {
    Path p = ROOT.resolve(relative);
    try {
      if (updating() || !Files.exists(p)) {
        if (!updating() && !Files.exists(p)) {
          Files.createDirectories(p.getParent());
          Files.write(p, actual);
          throw new AssertionError(
              "golden file " + p + " did not exist; written now: review and commit it");
        }
        Files.createDirectories(p.getParent());
        Files.write(p, actual);
        return;
      }
      String expected = Files.readString(p, StandardCharsets.UTF_8);
      assertEquals(
          expected,
          new String(actual, StandardCharsets.UTF_8),
          "golden file " + p + " (rewrite with -Dgolden.update=true)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
