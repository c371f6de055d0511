package nl.klantarena.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean {@code check} of one session loads none of the JDK machinery that costs its start-up
 * milliseconds and that a check does not need (the start-up rules in package cli): the method
 * handles behind a record's own equals and hashCode, the zone database, the date formatter, and the
 * console providers. Nor does it link a lambda or method reference of the tool's own (each costs a
 * bootstrap on Java 17 even from the start-up archive). One of them coming back shows here, not
 * only in a benchmark.
 */
@Slow
class StartPathTest {

  static final List<String> NOT_LOADED =
      List.of(
          "java.lang.runtime.ObjectMethods", // a record's equals, hashCode or toString
          "java.time.zone.TzdbZoneRulesProvider", // a ZoneId made
          "java.time.format.DateTimeFormatterBuilder", // LocalDate.parse, a formatter
          "java.io.Console"); // System.console()

  @Test
  void aCleanCheckLoadsNoneOfTheSlowParts(@TempDir Path dir) throws Exception {
    String loaded = classesLoaded(dir, "examples/nl/session.yaml");
    for (String c : NOT_LOADED) {
      assertFalse(loaded.contains("] " + c + " source"), c + " was loaded by a clean check");
    }
    assertEquals(List.of(), lambdasOfTheTool(loaded));
  }

  @Test
  void checkingAFolderWithFindingsLinksNoLambdaOfTheTool(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), lambdasOfTheTool(classesLoaded(dir, "examples")));
  }

  /** The tool's lambda and method-reference classes in a class-loading log. */
  private static List<String> lambdasOfTheTool(String loaded) {
    List<String> found = new ArrayList<>();
    Matcher m =
        Pattern.compile("\\] (nl\\.klantarena\\.\\S*\\$\\$Lambda\\S*) source: (\\S+)")
            .matcher(loaded);
    while (m.find()) found.add(m.group(2));
    return found;
  }

  private static String classesLoaded(Path dir, String input) throws Exception {
    Path log = dir.resolve("classes.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                "nl.klantarena.Main",
                "check",
                input,
                "--today",
                "2026-11-22")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("] nl.klantarena.cli.CheckCommand source"), "the log holds the run");
    return loaded;
  }
}
