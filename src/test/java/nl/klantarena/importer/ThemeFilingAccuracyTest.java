package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.SessionLoader;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Session;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * How often import files a note under the theme a facilitator would, on the labelled sessions in
 * {@code src/test/resources/themes} (see the README there). The figures are the ones {@code
 * docs/commands/import.md} reports: of the notes a facilitator files under a theme, how many get
 * that theme (right), another one (wrong) or none; and how many of the notes a facilitator leaves
 * without a theme get one anyway.
 */
class ThemeFilingAccuracyTest {

  static final Path SETS = Path.of("src/test/resources/themes");

  /** The counts over some labelled notes. */
  record Score(int labelled, int right, int wrong, int none, int unlabelled, int extra) {
    Score plus(Score o) {
      return new Score(
          labelled + o.labelled,
          right + o.right,
          wrong + o.wrong,
          none + o.none,
          unlabelled + o.unlabelled,
          extra + o.extra);
    }

    double rightShare() {
      return (double) right / labelled;
    }

    double wrongShare() {
      return (double) wrong / labelled;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d notes a facilitator files: %d right (%.1f %%), %d wrong (%.1f %%), %d without a"
              + " theme; %d of %d notes without one got one",
          labelled,
          right,
          100 * rightShare(),
          wrong,
          100 * wrongShare(),
          none,
          extra,
          unlabelled);
    }
  }

  /** Imports one labelled set and compares each note's theme with its label. */
  static Score score(String set, StringBuilder log) throws Exception {
    Path dir = SETS.resolve(set);
    Findings f = new Findings(Messages.of("en"));
    Session s =
        new SessionLoader(f).load(dir.resolve("session.yaml"), "session.yaml").orElseThrow();
    byte[] bytes = Files.readAllBytes(dir.resolve("labelled.csv"));
    List<Note> notes =
        new Importer(s, null, f).read("labelled.csv", "labelled.csv", bytes, new LinkedHashMap<>());
    assertTrue(!f.hasErrors(), f.all().toString());
    List<String> expected = labels(new String(bytes, StandardCharsets.UTF_8));
    assertEquals(expected.size(), notes.size(), set);
    int labelled = 0, right = 0, wrong = 0, none = 0, unlabelled = 0, extra = 0;
    for (int i = 0; i < notes.size(); i++) {
      String want = expected.get(i);
      String got = notes.get(i).theme();
      if (want.isEmpty()) {
        unlabelled++;
        if (!got.isEmpty()) extra++;
      } else {
        labelled++;
        if (got.equals(want)) right++;
        else if (got.isEmpty()) none++;
        else wrong++;
      }
      if (!got.equals(want)) {
        log.append(
            String.format(
                Locale.ROOT,
                "  %s:%d want %s, got %s (%s): %s%n",
                set,
                i + 2,
                want.isEmpty() ? "none" : want,
                got.isEmpty() ? "none" : got,
                notes.get(i).themeBy(),
                notes.get(i).text()));
      }
    }
    return new Score(labelled, right, wrong, none, unlabelled, extra);
  }

  /** The {@code expected} (or {@code verwacht}) column, one per note, in order. */
  static List<String> labels(String csv) throws Exception {
    char delimiter = csv.substring(0, csv.indexOf('\n')).contains(";") ? ';' : ',';
    List<String> out = new ArrayList<>();
    try (Reader r = new StringReader(csv)) {
      for (CSVRecord rec :
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(r)) {
        out.add(rec.isMapped("verwacht") ? rec.get("verwacht") : rec.get("expected"));
      }
    }
    return out;
  }

  /** The score of every set under {@code half}, printed with the notes it got wrong. */
  static Score half(String half, int labelled) throws Exception {
    StringBuilder log = new StringBuilder();
    Score total = new Score(0, 0, 0, 0, 0, 0);
    try (var sets = Files.list(SETS.resolve(half))) {
      for (Path set : sets.sorted().toList()) {
        total = total.plus(score(half + "/" + set.getFileName(), log));
      }
    }
    System.out.println(half + ": " + total + "\n" + log);
    assertEquals(labelled, total.labelled(), half);
    return total;
  }

  @Test
  void theDevelopmentSetsMeetTheAim() throws Exception {
    Score dev = half("dev", 87);
    assertTrue(dev.rightShare() >= 0.85 && dev.wrongShare() <= 0.10, dev.toString());
    // and to what they measured: 83 right (95.4 %), 1 wrong (1.1 %)
    assertTrue(dev.right() >= 83 && dev.wrong() <= 1, dev.toString());
  }

  @Test
  void theFirstHeldOutSetsWhichTheLastChangesWereMadeOn() throws Exception {
    // measured once before the last changes, 73 right and 12 wrong; those changes were made on its
    // errors, so it is development data now
    Score held = half("heldout", 85);
    assertTrue(held.rightShare() >= 0.85 && held.wrongShare() <= 0.10, held.toString());
    // and to what they measure after those changes: 77 right (90.6 %), 5 wrong (5.9 %)
    assertTrue(held.right() >= 77 && held.wrong() <= 5, held.toString());
  }

  @Test
  void theSecondHeldOutSetsAsMeasuredOnceAtTheEnd() throws Exception {
    // written before the last changes and measured once after them: 77 right, 9 wrong (10.1 %,
    // one note over the aim of at most one in ten); held to what it measured
    Score held = half("heldout2", 89);
    assertTrue(held.right() >= 77 && held.wrong() <= 9, held.toString());
  }
}
