package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a run reads goes through one loader: a pipe, a device or a huge file is refused up
 * front with a finding, whatever role it plays (session, defaults, notes file, transcript); text is
 * decoded by one set of rules; and files the tool found are shown as the user named their session.
 */
class InputFilesTest {

  @TempDir Path dir;

  /** The Dutch example in {@code dir/s}, with the transcript fixture beside it. */
  private Path session() throws Exception {
    Path s = Files.createDirectories(dir.resolve("s"));
    Files.createDirectories(dir.resolve(".git"));
    Files.copy(Path.of("examples/nl/session.yaml"), s.resolve("session.yaml"));
    Files.copy(Path.of("src/test/resources/import/notities.txt"), s.resolve("notities.txt"));
    return s;
  }

  private static void fifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is needed for this test");
  }

  /** A file of 3 GB that takes no disk space (sparse). */
  private static void huge(Path p) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(3L * 1024 * 1024 * 1024);
    }
  }

  /** A run that must end within a few seconds however large or endless the input. */
  private CliRun.Result run(String... args) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> CliRun.in(dir).run(args), "the run waited on its input");
  }

  private static void noTrace(CliRun.Result r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), r.toString());
  }

  @Test
  void aPipeAsSessionFileIsRefused() throws Exception {
    fifo(dir.resolve("session.yaml"));
    var r = run("check", "session.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains("session.yaml: error[KA141]: the file cannot be read: it is not a regular"),
        r.toString());
    noTrace(r);
  }

  @Test
  void aPipeOrAHugeFileAsDefaultsFileIsAFinding() throws Exception {
    session();
    fifo(dir.resolve("klantarena.yaml"));
    var r = run("check", "s/session.yaml", "--today", "2026-11-22");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("klantarena.yaml: error[KA905]"), r.toString());
    assertTrue(r.err().contains("not a regular file"), r.toString());
    Files.delete(dir.resolve("klantarena.yaml"));
    huge(dir.resolve("klantarena.yaml"));
    r = run("check", "s/session.yaml", "--today", "2026-11-22");
    assertTrue(r.err().contains("(3072 MB; at most 4 MB)"), r.toString());
    noTrace(r);
  }

  @Test
  void aPipeOrAHugeFileAsNotesFileIsAFinding() throws Exception {
    Path s = session();
    fifo(s.resolve("notes.csv"));
    var r = run("report", "s/session.yaml", "--today", "2026-11-22");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s/notes.csv: error[KA801]"), r.toString());
    r = run("import", "s/session.yaml", "s/notities.txt", "--today", "2026-11-22");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s/notes.csv: error[KA801]"), r.toString());
    Files.delete(s.resolve("notes.csv"));
    huge(s.resolve("notes.csv"));
    r = run("report", "s/session.yaml", "--today", "2026-11-22");
    assertTrue(r.err().contains("(3072 MB; at most 64 MB)"), r.toString());
    noTrace(r);
  }

  @Test
  void aPipeDeviceOrHugeFileAsTranscriptIsAFinding() throws Exception {
    Path s = session();
    fifo(s.resolve("opname.vtt"));
    huge(s.resolve("groot.vtt"));
    var r =
        run(
            "import",
            "s/session.yaml",
            "s/opname.vtt",
            "s/groot.vtt",
            "/dev/zero",
            "--today",
            "2026-11-22");
    // a pipe or a device cannot be used as a file at all: usage; a file too large: a finding
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("s/opname.vtt:1:1: error[KA625]"), r.toString());
    assertTrue(r.err().contains("s/groot.vtt:1:1: error[KA625]"), r.toString());
    assertTrue(r.err().contains("/dev/zero:1:1: error[KA625]"), r.toString());
    assertFalse(Files.exists(s.resolve("notes.csv")), "nothing is written");
    noTrace(r);
  }

  @Test
  void aUtf16SessionFileIsToldToBeSavedAsUtf8() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/findings/base.yaml"));
    Files.write(dir.resolve("s.yaml"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    var r = run("check", "s.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err().contains("s.yaml:1:1: error[KA115]: the file is UTF-16 LE text, not UTF-8"),
        r.toString());
    assertTrue(r.err().contains("save it as UTF-8"), r.toString());
  }

  @Test
  void theNotesFileIsShownAsItsSessionIsNamed() throws Exception {
    Path s = session();
    // a hand-edited notes file with a wrong round, saved by a spreadsheet as Windows-1252
    Files.write(
        s.resolve("notes.csv"),
        "id,round,speaker,text\nN0001,4,José,Échte koffie\n"
            .getBytes(Charset.forName("windows-1252")));
    var r = run("import", "s/session.yaml", "s/notities.txt", "--today", "2026-11-22");
    assertTrue(r.err().contains("s/notes.csv:2:1: error[KA651]"), r.toString());
    assertTrue(r.err().contains(" 2 | N0001,4,José,Échte koffie\n"), r.toString());
    assertFalse(r.err().contains(dir.toString()), "no absolute path: " + r);
    var json =
        run(
            "import",
            "s/session.yaml",
            "s/notities.txt",
            "--today",
            "2026-11-22",
            "--format",
            "json");
    assertTrue(json.out().contains("\"file\": \"s/notes.csv\""), json.toString());
    assertTrue(json.out().contains("\"name\": \"notes-file-value\""), json.toString());
    assertTrue(json.out().contains("\"hint\": "), json.toString());
  }
}
