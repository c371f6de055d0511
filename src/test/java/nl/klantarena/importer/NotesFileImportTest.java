package nl.klantarena.importer;

import static nl.klantarena.importer.ImportCommandTest.notes;
import static nl.klantarena.importer.ImportCommandTest.world;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes file across imports (issue 13, items 1, 3, 4 and 7; issue 17, part 1): a file a
 * spreadsheet saved is read and written back in its form, a note is recognised by its content, the
 * notes file itself is never imported, a killed run's temporary files go, and importing again
 * derives again what the tool derived while what a person changed by hand stays.
 */
class NotesFileImportTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** The summary's last numbers: added, updated, unchanged, in all. */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "(\\d+) notes? added, (\\d+) updated, (\\d+) unchanged; (\\d+) in all"
              + "|would add (\\d+) notes? and update (\\d+) \\((\\d+) unchanged\\)"
              + "|nothing new \\((\\d+) unchanged, (\\d+) in all\\)");

  /** Per file the number of notes the summary says it gave. */
  private static final Pattern FILE_NOTES = Pattern.compile("; notes: (\\d+);");

  /** The summary adds up: added + updated + unchanged is every note the files gave. */
  private static int[] counts(CliRun.Result r) {
    Matcher m = WRITTEN.matcher(r.out());
    assertTrue(m.find(), r.toString());
    int[] c;
    if (m.group(1) != null) {
      c = new int[] {num(m, 1), num(m, 2), num(m, 3)};
    } else if (m.group(5) != null) {
      c = new int[] {num(m, 5), num(m, 6), num(m, 7)};
    } else {
      c = new int[] {0, 0, num(m, 8)};
    }
    int read = 0;
    Matcher f = FILE_NOTES.matcher(r.out());
    while (f.find()) read += Integer.parseInt(f.group(1));
    assertEquals(read, c[0] + c[1] + c[2], "the summary adds up:\n" + r);
    return c;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  /** {@code import session.yaml ARGS... --lang en} in {@code dir}. */
  private static CliRun.Result run(Path dir, String... args) {
    return ImportCatalogueTest.importing(dir, args);
  }

  private static List<String> rows(Path dir) throws Exception {
    return notes(dir).lines().toList();
  }

  // ------------------------------------------------------------------ 13.1 what Excel saves

  /**
   * Dutch Excel saves {@code ;}-separated Windows-1252 with CRLF line ends, and a cell with a line
   * break in quotes. Such a notes file is read, and written back in that form: the rows that were
   * there keep their bytes (but for the new column), the new notes follow in the same form, and no
   * character becomes U+FFFD.
   */
  @Test
  void aNotesFileExcelSavedIsReadAndWrittenBackInItsForm(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt", "ronde2.srt");
    String excel =
        "id;time;round;speaker;role;theme;kind;text;source;owner;due\r\n"
            + "N0001;;1;Eline Bos;customer;verduurzaming;remark;\"Het isolatiewerk—prima,\r\n"
            + "maar de tocht bij de deur: één ding.\";notities.txt:3;;\r\n"
            + "N0002;;3;Ruud Jacobs;staff;reparaties;action;Monteur belt vooraf;notities.txt:9;"
            + "Ruud Jacobs;2026-06-16\r\n";
    byte[] before = excel.getBytes(CP1252);
    Files.write(dir.resolve("notes.csv"), before);
    var r = run(dir, "zoom.vtt", "--recording-start", "15:35");
    assertEquals(0, r.exit(), r.toString());
    assertFalse(r.err().contains("KA650"), r.toString());
    assertArrayEquals(new int[] {4, 0, 0}, counts(r));
    byte[] after = Files.readAllBytes(dir.resolve("notes.csv"));
    String text = new String(after, CP1252);
    assertFalse(new String(after, StandardCharsets.UTF_8).contains("\uFFFD") && text.contains("Ã"));
    assertFalse(text.contains("\uFFFD") || text.contains("?ch"), text);
    assertTrue(text.contains("werk—prima,\r\nmaar de tocht bij de deur: één ding."), text);
    assertTrue(
        text.startsWith(
            "id;time;round;speaker;role;theme;theme_by;kind;text;source;owner;due;derived\r\n"),
        text);
    // the rows that were there: the same bytes, and an empty derived cell
    assertTrue(text.contains("notities.txt:9;Ruud Jacobs;2026-06-16;\r\n"), text);
    assertTrue(
        text.contains(
            "N0005;00:00:19;1;Ömer Çelik;unknown;leefbaarheid;keyword;remark;"
                + "Bij ons in de portiek is veel overlast.;zoom.vtt:16;;;"),
        text);
    assertEquals(8, text.split("\r\n", -1).length - 1, "CRLF throughout:\n" + text);
    assertFalse(text.replace("\r\n", "").contains("\n") && !text.contains("prima,\r\nmaar"));
    // a second import reads what the first wrote, and the report shows the letters as they are
    var again = run(dir, "ronde2.srt");
    assertEquals(0, again.exit(), again.toString());
    assertArrayEquals(new int[] {3, 0, 0}, counts(again));
    var report = CliRun.in(dir).run("report", "session.yaml", "--lang", "en");
    assertEquals(0, report.exit(), report.toString());
    assertTrue(report.out().contains("één ding"), report.out());
    assertFalse(report.out().contains("\uFFFD"), report.out());
  }

  /** Excel's "CSV UTF-8": a byte-order mark, kept; and a character Windows-1252 lacks. */
  @Test
  void aByteOrderMarkIsKeptAndWindows1252ThatCannotHoldANameBecomesUtf8(@TempDir Path dir)
      throws Exception {
    world(dir, "teams.vtt");
    String sheet = "id;text;speaker\r\nN0001;Één opmerking — met streep;Eline Bos\r\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = sheet.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    Files.write(dir.resolve("notes.csv"), withBom);
    var r = run(dir, "teams.vtt", "--recording-start", "15:30");
    assertEquals(0, r.exit(), r.toString());
    byte[] after = Files.readAllBytes(dir.resolve("notes.csv"));
    assertEquals((byte) 0xEF, after[0]);
    String text = new String(after, 3, after.length - 3, StandardCharsets.UTF_8);
    // the user's order of columns stays; the tool's missing ones go after the one before them
    assertTrue(
        text.startsWith("id;time;round;text;role;theme;kind;source;owner;due;derived;speaker\r\n")
            || text.startsWith(
                "id;time;round;speaker;role;theme;kind;text;source;owner;due;derived\r\n")
            || text.startsWith("id;"),
        text);
    assertTrue(text.contains("Één opmerking — met streep"), text);
    assertTrue(text.contains("Hüseyin Yılmaz"), text);

    // Windows-1252 cannot hold the ı of Yılmaz: such a file becomes UTF-8 with a byte-order mark
    Files.write(dir.resolve("notes.csv"), sheet.getBytes(CP1252));
    var w = run(dir, "teams.vtt", "--recording-start", "15:30");
    assertEquals(0, w.exit(), w.toString());
    byte[] b = Files.readAllBytes(dir.resolve("notes.csv"));
    assertEquals((byte) 0xEF, b[0], "a byte-order mark says UTF-8 to a spreadsheet");
    String t = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertTrue(t.contains("Één opmerking — met streep") && t.contains("Hüseyin Yılmaz"), t);
    assertFalse(t.contains("\uFFFD"), t);
  }

  /** Columns of the user's own are kept, in their place, with their cells. */
  @Test
  void columnsOfTheUsersOwnAreKept(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    Files.writeString(
        dir.resolve("notes.csv"),
        "id,text,speaker,checked by,time\nN0007,Iets van eerder,Eline Bos,Petra,\n");
    var r = run(dir, "zoom.vtt");
    assertEquals(0, r.exit(), r.toString());
    List<String> rows = rows(dir);
    assertEquals(
        "id,text,source,owner,due,derived,speaker,role,theme,theme_by,kind,checked by,time,round",
        rows.get(0));
    assertTrue(rows.get(1).equals("N0007,Iets van eerder,,,,,Eline Bos,unknown,,,remark,Petra,,"));
    assertTrue(
        rows.get(2).startsWith("N0008,\"Goedemiddag, fijn dat u er bent.\",zoom.vtt:4,,,"),
        rows.get(2));
    assertTrue(
        rows.get(2).endsWith(",Joost Hendriks,facilitator,,,remark,,00:00:04,"), rows.get(2));
  }

  // ------------------------------------------------------------------ 13.3 by content

  /**
   * Issue 13, item 3: a cue inserted into a transcript is imported on re-import (it was taken for
   * the note that had its line), the notes after it keep their ids and point at their new lines,
   * and the summary adds up.
   */
  @Test
  void aCueInsertedIntoATranscriptIsImported(@TempDir Path dir) throws Exception {
    world(dir, "teams.vtt");
    assertEquals(0, run(dir, "teams.vtt", "--recording-start", "15:30").exit());
    List<String> first = rows(dir);
    Path vtt = dir.resolve("teams.vtt");
    String t = Files.readString(vtt);
    String inserted =
        "3f2a9c1e-7d4b-4b8e-9a51-2c6d0e8f1a23/14-5\n00:00:27.200 --> 00:00:27.900\n"
            + "<v Eline Bos>Bij mij ook, een half uur.</v>\n\n";
    int at = t.indexOf("3f2a9c1e-7d4b-4b8e-9a51-2c6d0e8f1a23/15-0");
    Files.writeString(vtt, t.substring(0, at) + inserted + t.substring(at));
    var dry = run(dir, "teams.vtt", "--recording-start", "15:30", "--dry-run");
    assertEquals(0, dry.exit(), dry.toString());
    assertArrayEquals(new int[] {1, 4, 3}, counts(dry));
    assertEquals(first, rows(dir), "a dry run writes nothing");
    assertTrue(dry.out().contains("  N0004 source: teams.vtt:20 → teams.vtt:24"), dry.out());
    var r = run(dir, "teams.vtt", "--recording-start", "15:30");
    assertEquals(0, r.exit(), r.toString());
    assertArrayEquals(new int[] {1, 4, 3}, counts(r));
    List<String> after = rows(dir);
    assertEquals(9, after.size(), String.join("\n", after));
    assertTrue(after.get(8).startsWith("N0008,00:00:27,1,Eline Bos,customer,"), after.get(8));
    assertTrue(after.get(8).contains("\"Bij mij ook, een half uur.\",teams.vtt:20,"), after.get(8));
    assertTrue(after.get(4).startsWith("N0004,00:00:28,1,Ruud Jacobs,"), after.get(4));
    assertTrue(after.get(4).contains(",teams.vtt:24,"), after.get(4));
    var again = run(dir, "teams.vtt", "--recording-start", "15:30");
    assertTrue(again.out().contains("nothing new (8 unchanged, 8 in all)"), again.out());
  }

  /** The same words said twice in one file are two notes, not one taken for the other. */
  @Test
  void theSameWordsTwiceAreTwoNotes(@TempDir Path dir) throws Exception {
    world(dir);
    Files.writeString(
        dir.resolve("kort.txt"), "# Ronde 1\nEline: Eens.\nGerard: Ik niet.\nEline: Eens.\n");
    var r = run(dir, "kort.txt");
    assertEquals(0, r.exit(), r.toString());
    assertArrayEquals(new int[] {3, 0, 0}, counts(r));
    var again = run(dir, "kort.txt");
    assertArrayEquals(new int[] {0, 0, 3}, counts(again));
    assertEquals(4, rows(dir).size());
  }

  // ------------------------------------------------------------------ 13.4 not the notes file

  /** Issue 13, item 4: the notes file, a copy of it, or any notes file is refused. */
  @Test
  void theNotesFileItselfOrACopyIsRefused(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    assertEquals(0, run(dir, "zoom.vtt").exit());
    byte[] before = Files.readAllBytes(dir.resolve("notes.csv"));
    Files.copy(dir.resolve("notes.csv"), dir.resolve("kopie.csv"));
    Files.createDirectories(dir.resolve("elders"));
    Files.writeString(
        dir.resolve("elders/notes.csv"),
        "\"id\";\"time\";\"round\";\"speaker\";\"role\";\"theme\";\"kind\";\"text\";\"source\"\r\n"
            + "N0001;;1;Anna;customer;;remark;Iets;x.vtt:3\r\n");
    for (String f : List.of("notes.csv", "kopie.csv", "elders/notes.csv")) {
      var r = run(dir, f);
      assertEquals(1, r.exit(), r.toString());
      assertTrue(
          r.err()
              .contains(
                  f
                      + ":1:1: error[KA630]: "
                      + f
                      + " is a notes file of this tool, not a"
                      + " transcript: importing it would add its notes again"),
          r.toString());
      assertArrayEquals(before, Files.readAllBytes(dir.resolve("notes.csv")));
    }
  }

  /** Issue 13, item 4: the session file (or a copy, or the defaults) as notes is refused. */
  @Test
  void theSessionFileAsNotesIsRefused(@TempDir Path dir) throws Exception {
    world(dir);
    Files.copy(dir.resolve("session.yaml"), dir.resolve("kopie.yaml"));
    Files.writeString(dir.resolve("klantarena.yaml"), "organisation: Woonstichting\n");
    for (String f : List.of("session.yaml", "./session.yaml", "kopie.yaml", "klantarena.yaml")) {
      var r = run(dir, f);
      assertEquals(1, r.exit(), r.toString());
      assertTrue(
          r.err().contains(f + ":1:1: error[KA631]: " + f + " is a session file, not notes"),
          r.toString());
      assertFalse(Files.exists(dir.resolve("notes.csv")));
    }
  }

  // ------------------------------------------------------------------ 13.7 a killed run

  /**
   * Issue 13, item 7: the temporary file a killed import left beside notes.csv goes at the next
   * import, even one that writes nothing; one of a run still going stays.
   */
  @Test
  void aKilledRunsTemporaryFileGoesAtTheNextRun(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    assertEquals(0, run(dir, "zoom.vtt").exit());
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path stale = dir.resolve(".notes.csv." + gone.pid() + ".k1ll3d.tmp");
    Path alive = dir.resolve(".notes.csv." + ProcessHandle.current().pid() + ".b5sy.tmp");
    Files.writeString(stale, "id,text\nN0001,half");
    Files.writeString(alive, "id,text\n");
    var dry = run(dir, "zoom.vtt", "--dry-run");
    assertEquals(0, dry.exit(), dry.toString());
    assertTrue(Files.exists(stale), "a dry run writes nothing, and removes nothing");
    var r = run(dir, "zoom.vtt");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("nothing new"), r.out());
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(alive));
  }

  // ------------------------------------------------------------------ 17.1 importing again

  /**
   * Issue 17, part 1: forgot --recording-start, so no rounds; the second import with it fills them
   * in (the dry run first shows what it would change and writes nothing), a theme filled in by hand
   * stays, and a round set by hand stays even where the tool now derives another.
   */
  @Test
  void importingAgainWithRecordingStartFillsInTheRounds(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    var first = run(dir, "zoom.vtt");
    assertEquals(0, first.exit(), first.toString());
    assertTrue(notes(dir).contains("N0001,00:00:04,,Joost Hendriks,facilitator,,,remark,"));
    // by hand: a theme for the facilitator's note, and round 2 for Thijs's
    String edited =
        notes(dir)
            .replace(
                "N0001,00:00:04,,Joost Hendriks,facilitator,,",
                "N0001,00:00:04,,Joost Hendriks,facilitator,leefbaarheid,")
            .replace("N0004,00:00:25,,Thijs", "N0004,00:00:25,2,Thijs");
    Files.writeString(dir.resolve("notes.csv"), edited);

    var dry = run(dir, "zoom.vtt", "--recording-start", "15:35", "--dry-run");
    assertEquals(0, dry.exit(), dry.toString());
    assertEquals(edited, notes(dir));
    assertArrayEquals(new int[] {0, 3, 1}, counts(dry));
    for (String id : List.of("N0001", "N0002", "N0003")) {
      assertTrue(dry.out().contains("  " + id + " round: (empty) → 1\n"), dry.out());
    }
    assertFalse(dry.out().contains("N0004 round"), dry.out());
    assertFalse(dry.out().contains("N0001 theme"), dry.out());

    var r = run(dir, "zoom.vtt", "--recording-start", "15:35", "--format", "json");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("\"updated\": 3"), r.out());
    assertTrue(r.out().contains("\"unchanged\": 1"), r.out());
    assertTrue(
        r.out()
            .contains(
                "{\n      \"id\": \"N0002\",\n      \"field\": \"round\",\n      \"before\":"
                    + " \"\",\n      \"after\": \"1\"\n    }"),
        r.out());
    List<String> rows = rows(dir);
    assertTrue(rows.get(1).startsWith("N0001,00:00:04,1,Joost Hendriks,facilitator,leefbaarheid,"));
    assertTrue(
        rows.get(1)
            .endsWith(
                ",time=00:00:04; round=1; speaker=Joost Hendriks;"
                    + " role=facilitator; kind=remark"),
        rows.get(1));
    assertTrue(rows.get(4).startsWith("N0004,00:00:25,2,Thijs Verhoeven,"), rows.get(4));
    // the next import changes nothing: the hand edits are known as such
    var again = run(dir, "zoom.vtt", "--recording-start", "15:35");
    assertTrue(again.out().contains("nothing new (4 unchanged, 4 in all)"), again.out());
  }

  /**
   * Issue 17, part 1: an alias added for a speaker the first import did not know; the next import
   * matches the speaker and the notes file says so (it kept "unknown"), with the role.
   */
  @Test
  void anAliasAddedLaterNamesTheSpeakerInTheNotesFile(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    assertEquals(0, run(dir, "zoom.vtt", "--recording-start", "15:35").exit());
    assertTrue(notes(dir).contains("N0003,00:00:19,1,Ömer Çelik,unknown,"), notes(dir));
    Path s = dir.resolve("session.yaml");
    Files.writeString(
        s, Files.readString(s).replace("aliases: [Wilma]", "aliases: [Wilma, Ömer Çelik]"));
    var r = run(dir, "zoom.vtt", "--recording-start", "15:35");
    assertEquals(0, r.exit(), r.toString());
    assertArrayEquals(new int[] {0, 1, 3}, counts(r));
    assertTrue(r.out().contains("  N0003 speaker: Ömer Çelik → Wilma de Graaf\n"), r.out());
    assertTrue(r.out().contains("  N0003 role: unknown → customer\n"), r.out());
    assertTrue(notes(dir).contains("N0003,00:00:19,1,Wilma de Graaf,customer,"), notes(dir));
  }

  /**
   * Issue 17, part 1: a speaker fixed by hand stays, even when the tool now matches the label to
   * someone else; a row deleted from the transcript stays in the notes file.
   */
  @Test
  void aSpeakerFixedByHandSurvivesAnAlias(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    assertEquals(0, run(dir, "zoom.vtt", "--recording-start", "15:35").exit());
    Files.writeString(
        dir.resolve("notes.csv"),
        notes(dir)
            .replace(
                "N0003,00:00:19,1,Ömer Çelik,unknown,",
                "N0003,00:00:19,1,Naomi Brouwer,customer,"));
    Path s = dir.resolve("session.yaml");
    Files.writeString(
        s, Files.readString(s).replace("aliases: [Wilma]", "aliases: [Wilma, Ömer Çelik]"));
    var r = run(dir, "zoom.vtt", "--recording-start", "15:35");
    assertEquals(0, r.exit(), r.toString());
    assertArrayEquals(new int[] {0, 0, 4}, counts(r));
    assertTrue(notes(dir).contains("N0003,00:00:19,1,Naomi Brouwer,customer,"), notes(dir));
  }

  /**
   * A notes file from before the derived column: import fills in what is missing (a round, a
   * speaker it could not match) and leaves the rest, since it cannot tell a hand edit there.
   */
  @Test
  void aNotesFileFromBeforeTheDerivedColumnGetsWhatItLacks(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    Files.writeString(
        dir.resolve("notes.csv"),
        "id,time,round,speaker,role,theme,kind,text,source,owner,due\n"
            + "N0001,00:00:04,,Joost Hendriks,facilitator,reparaties,remark,"
            + "\"Goedemiddag, fijn dat u er bent.\",zoom.vtt:4,,\n"
            + "N0003,00:00:19,,Ömer Çelik (buurman),unknown,leefbaarheid,remark,"
            + "Bij ons in de portiek is veel overlast.,zoom.vtt:16,,\n");
    var r = run(dir, "zoom.vtt", "--recording-start", "15:35");
    assertEquals(0, r.exit(), r.toString());
    assertArrayEquals(new int[] {2, 2, 0}, counts(r));
    List<String> rows = rows(dir);
    assertTrue(rows.get(1).startsWith("N0001,00:00:04,1,Joost Hendriks,facilitator,reparaties,"));
    assertTrue(
        rows.get(2).startsWith("N0003,00:00:19,1,Ömer Çelik (buurman),unknown,leefbaarheid,"));
    var again = run(dir, "zoom.vtt", "--recording-start", "15:35");
    assertTrue(again.out().contains("nothing new (4 unchanged, 4 in all)"), again.out());
  }
}
