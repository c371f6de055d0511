package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void theExamplesNotesAreExactlyItsImportAndImportingAgainChangesNothing(@TempDir Path dir)
      throws Exception {
    Path ex = Path.of("examples/nl");
    for (String f :
        new String[] {"session.yaml", "opname.vtt", "notities-ronde3.txt", "notes.csv"}) {
      Files.copy(ex.resolve(f), dir.resolve(f));
    }
    String before = Files.readString(dir.resolve("notes.csv"));
    String[] line = {
      "import", "session.yaml", "opname.vtt", "notities-ronde3.txt", "--recording-start", "15:30"
    };
    var r = CliRun.in(dir).run(line);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("nothing new (36 unchanged, 36 in all)"), r.toString());
    assertEquals(before, Files.readString(dir.resolve("notes.csv")));
    // every note has a theme, and import gave every one of them: none was filled in by hand
    assertFalse(before.lines().skip(1).anyMatch(l -> l.split(",", -1)[5].isEmpty()), before);
    Files.delete(dir.resolve("notes.csv"));
    var fresh = CliRun.in(dir).run(line);
    assertEquals(0, fresh.exit(), fresh.toString());
    assertFalse(fresh.err().contains("KA613"), fresh.err());
    assertEquals(before, Files.readString(dir.resolve("notes.csv")), "a fresh import");
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
    // and it is exactly what import makes of the typed notes
    Files.delete(dir.resolve("notes.csv"));
    var fresh = CliRun.in(dir).run("import", "session.yaml", "notes-typed.txt");
    assertEquals(0, fresh.exit(), fresh.toString());
    assertEquals(before, Files.readString(dir.resolve("notes.csv")), "a fresh import");
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
