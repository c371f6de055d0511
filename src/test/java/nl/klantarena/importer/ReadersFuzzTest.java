package nl.klantarena.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.TextFiles;
import nl.klantarena.session.Lang;

/**
 * Any bytes into each reader: it may report findings, but must never throw. Regression mode (the
 * committed inputs) runs in {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ReadersFuzzTest {

  private static final Messages EN = Messages.of("en");

  private static String text(byte[] b) {
    TextFiles.Decoded d = TextFiles.decode(b, true);
    return d.ok() ? d.text() : new String(b, StandardCharsets.ISO_8859_1);
  }

  @FuzzTest(maxDuration = "3m")
  void webvtt(byte[] input) {
    Findings f = new Findings(EN);
    Cues.vtt("WEBVTT\n\n" + text(input), "f.vtt", f, new Tally(), r -> {});
    Cues.vtt(text(input), "f.vtt", f, new Tally(), r -> {});
  }

  @FuzzTest(maxDuration = "3m")
  void cueText(byte[] input) {
    CueText.plain(text(input));
  }

  @FuzzTest(maxDuration = "3m")
  void srt(byte[] input) {
    Cues.srt(text(input), "f.srt", new Findings(EN), new Tally(), r -> {});
  }

  @FuzzTest(maxDuration = "3m")
  void csv(byte[] input) {
    CsvNotes.read(
        "spreker;tekst;ronde;tijd;thema;soort\n" + text(input), "f.csv", new Findings(EN));
    CsvNotes.read(text(input), "f.csv", new Findings(EN));
  }

  private static final DueDates DUTCH = new DueDates(Lang.NL, LocalDate.of(2026, 4, 16));
  private static final DueDates ENGLISH = new DueDates(Lang.EN, null);

  @FuzzTest(maxDuration = "3m")
  void typedNotes(byte[] input) {
    TextNotes.read(Lines.of(text(input)), "f.txt", new Findings(EN), DUTCH);
    TextNotes.read(Lines.of(text(input)), "f.txt", new Findings(EN), ENGLISH);
  }

  @FuzzTest(maxDuration = "3m")
  void actionLines(byte[] input) {
    // an action line's owner and date, read in both languages: never a thrown exception
    String line = "ACTIE: " + text(input);
    TextNotes.read(List.of(line), "f.txt", new Findings(EN), DUTCH);
    TextNotes.read(List.of(line), "f.txt", new Findings(EN), ENGLISH);
  }

  @FuzzTest(maxDuration = "3m")
  void exports(byte[] input) {
    String t = text(input);
    Findings f = new Findings(EN);
    Whisper.json("{\"segments\": [" + t + "]}", "f.json", f, new Tally(), r -> {});
    Whisper.tsv("start\tend\ttext\n" + t, "f.tsv", f, new Tally(), r -> {});
    ZoomChat.read(t, "f.txt", f, new Tally(), r -> {});
    for (SpeakerBlocks.Form form : SpeakerBlocks.Form.values())
      SpeakerBlocks.read(form, t, "f.txt", f, new Tally(), r -> {});
    TeamsDocx.read(input);
  }

  @FuzzTest(maxDuration = "3m")
  void detection(byte[] input) {
    Readers.read("f", input, new Findings(EN), DUTCH);
  }
}
