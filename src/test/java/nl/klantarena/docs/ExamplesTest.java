package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples and the starters are what a new user sees first. The README's first command runs
 * {@code check} on the bundled examples: they must stay clean, warnings included, as rules are
 * added. The test clock is 2026-11-22, so no open action of an example may be due before then —
 * except in the series example, whose overdue actions are the point (see ActionsCommandTest).
 */
class ExamplesTest {

  @Test
  void examplesAreCleanUnderStrict() {
    // examples/series is left out on purpose: it shows overdue actions, which check warns about
    var r = CliRun.inProject().run("check", "--strict", "examples/nl", "examples/en");
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

  @Test
  void theExamplesNotesAreItsImportWithThemesFilledInByHandAndAgainChangesNothing(@TempDir Path dir)
      throws Exception {
    Path ex = Path.of("examples/nl");
    for (String f :
        new String[] {"session.yaml", "opname.vtt", "notities-ronde3.txt", "notes.csv"}) {
      Files.copy(ex.resolve(f), dir.resolve(f));
    }
    String before = Files.readString(dir.resolve("notes.csv"));
    var r =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "opname.vtt",
                "notities-ronde3.txt",
                "--recording-start",
                "15:30");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("nothing new (36 unchanged, 36 in all)"), r.toString());
    assertEquals(
        before, Files.readString(dir.resolve("notes.csv")), "the hand-filled themes survive");
    assertFalse(r.err().contains("KA613"), "a theme filled in by hand is a theme: " + r.err());
    // every note has a theme in the example: import left nine without, filled in by hand
    assertFalse(before.lines().skip(1).anyMatch(l -> l.split(",", -1)[5].isEmpty()), before);
    // without the file, import makes the same notes, less the nine hand-filled themes
    Files.delete(dir.resolve("notes.csv"));
    var fresh =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "opname.vtt",
                "notities-ronde3.txt",
                "--recording-start",
                "15:30");
    assertEquals(0, fresh.exit(), fresh.toString());
    assertEquals(
        8, fresh.err().lines().filter(l -> l.contains("info[KA613]")).count(), fresh.err());
    long differ =
        before
            .lines()
            .filter(l -> !Files.exists(dir.resolve("notes.csv")) || !contains(dir, l))
            .count();
    assertEquals(9, differ, "rows that differ from a fresh import");
  }

  @Test
  void theEnglishExamplesTypedNotesImportAgainWithoutChange(@TempDir Path dir) throws Exception {
    Path ex = Path.of("examples/en");
    for (String f : new String[] {"session.yaml", "notes-typed.txt", "notes.csv"}) {
      Files.copy(ex.resolve(f), dir.resolve(f));
    }
    String before = Files.readString(dir.resolve("notes.csv"));
    var r = CliRun.in(dir).run("import", "session.yaml", "notes-typed.txt");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("nothing new (18 unchanged, 18 in all)"), r.toString());
    assertEquals(before, Files.readString(dir.resolve("notes.csv")));
    assertFalse(r.err().contains("KA613"), r.err());
  }

  private static boolean contains(Path dir, String line) {
    try {
      return Files.readAllLines(dir.resolve("notes.csv")).contains(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void startersAreCleanUnderStrictAndSpeakTheirLanguage(String lang, @TempDir Path dir)
      throws Exception {
    var init = CliRun.in(dir).run("init", "--language", lang);
    assertEquals(0, init.exit(), init.toString());
    var r = CliRun.in(dir).run("check", "--strict", "session.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
    String text = Files.readString(dir.resolve("session.yaml"));
    assertTrue(text.contains("language: " + lang), text);
    // a word of each language's comments, so that a starter never ships the other's comments
    assertTrue(text.contains(lang.equals("nl") ? "# formaatversie" : "# format version"), text);
    assertFalse(text.contains(lang.equals("nl") ? "# format version" : "# formaatversie"), text);
  }
}
