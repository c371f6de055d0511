package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KA633: a transcript is a recording's, so the participants must have been told that the session is
 * recorded. The Dutch example's Teams transcript, imported into the example without its {@code
 * recording} section, with {@code recorded: false}, and with the section as the example has it;
 * typed notes are no recording.
 */
class UnannouncedRecordingTest {

  private static List<String> ka630(Path dir, String recording, String notes) throws Exception {
    String yaml = Files.readString(Path.of("examples/nl/session.yaml"));
    if (recording != null) yaml = yaml.substring(0, yaml.indexOf("recording:\n")) + recording;
    Files.writeString(dir.resolve("session.yaml"), yaml);
    Files.copy(Path.of("examples/nl").resolve(notes), dir.resolve(notes));
    var r =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                notes,
                "--dry-run",
                "--lang",
                "en",
                "--today",
                "2026-11-01");
    assertEquals(0, r.exit(), r.toString());
    return r.err().lines().filter(l -> l.contains("[KA633]")).toList();
  }

  @Test
  void aTranscriptForASessionThatSaysNothingAboutRecording(@TempDir Path dir) throws Exception {
    assertEquals(
        List.of(
            "opname.vtt:1:1: warning[KA633]: opname.vtt is a transcript of a recording, but the"
                + " session does not say that it is recorded: the participants were not told"),
        ka630(dir, "", "opname.vtt"));
  }

  @Test
  void aTranscriptForASessionThatSaysItIsNotRecorded(@TempDir Path dir) throws Exception {
    assertEquals(
        List.of(
            "opname.vtt:1:1: warning[KA633]: opname.vtt is a transcript of a recording, but the"
                + " session says \"recorded: false\": the participants were told it would not be"
                + " recorded"),
        ka630(dir, "recording: {recorded: false}\n", "opname.vtt"));
  }

  @Test
  void aRecordedSessionAndTypedNotesAreFine(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), ka630(dir.resolve(mk(dir, "a")), null, "opname.vtt"));
    assertEquals(List.of(), ka630(dir.resolve(mk(dir, "b")), "", "notities-ronde3.txt"));
  }

  private static String mk(Path dir, String name) throws Exception {
    Files.createDirectories(dir.resolve(name));
    return name;
  }
}
