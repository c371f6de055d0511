package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code klantarena import} end to end: each reader on a file like a real export, and the notes file. */
class ImportCommandTest {

  static final Path FIXTURES = Path.of("src/test/resources/import");

  /** A temp folder with the Dutch example session and the named fixtures copied in. */
  static Path world(Path dir, String... fixtures) throws Exception {
    Files.copy(Path.of("examples/nl/session.yaml"), dir.resolve("session.yaml"));
    for (String f : fixtures) Files.copy(FIXTURES.resolve(f), dir.resolve(f));
    return dir;
  }

  static String notes(Path dir) throws Exception {
    return Files.readString(dir.resolve("notes.csv"), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "teams.vtt, 15:30",
    "zoom.vtt, 15:35",
    "ronde2.srt, 17:20",
    "excel-nl.csv, ''",
    "sheet-en.csv, ''",
    "notities.txt, ''"
  })
  void eachReaderGolden(String fixture, String start, @TempDir Path dir) throws Exception {
    world(dir, fixture);
    var r = start.isEmpty()
        ? CliRun.in(dir).run("import", "session.yaml", fixture, "--lang", "nl")
        : CliRun.in(dir).run("import", "session.yaml", fixture, "--recording-start", start, "--lang", "nl");
    assertEquals(0, r.exit(), r.toString());
    Golden.check("import/" + fixture + ".notes.csv", notes(dir));
    Golden.check("import/" + fixture + ".out.txt", "exit " + r.exit() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err());
  }
}
