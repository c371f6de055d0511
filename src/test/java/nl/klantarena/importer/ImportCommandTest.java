package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code klantarena import} end to end: each reader on a file like a real export, and the notes
 * file.
 */
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

  /** The notes file's rows as column name to cell, whatever columns it has. */
  static List<Map<String, String>> noteRows(Path dir) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(notes(dir), format)) {
      return p.getRecords().stream().map(CSVRecord::toMap).toList();
    }
  }

  @Test
  void aKeywordlessNoteContinuesTheThemeBeforeItUnlessNoContinueThemes(@TempDir Path dir)
      throws Exception {
    world(dir, "notities.txt");
    var plain =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "notities.txt",
                "--dry-run",
                "--no-continue-themes",
                "--format",
                "json");
    var cont = CliRun.in(dir).run("import", "session.yaml", "notities.txt", "--dry-run");
    assertEquals(0, cont.exit(), cont.toString());
    // Gerard's "In de flat is de lift vaak kapot." follows Fatima's note about a repair, and
    // Wilma's "Met een brief, graag." answers Sevda's question on being informed of the works
    assertTrue(
        cont.out()
            .contains(
                "Per theme: no theme: 1, bereikbaarheid: 1 (keyword 1), leefbaarheid: 1 (tag 1),"
                    + " reparaties: 2 (tag 1, continuation 1),"
                    + " verduurzaming: 2 (keyword 1, continuation 1)"),
        cont.toString());
    assertFalse(cont.err().contains("KA613"), cont.toString());
    assertEquals(0, plain.exit(), plain.toString());
    assertTrue(plain.out().contains("\"KA613\""), plain.toString());
    assertTrue(
        plain.out().contains("\"reparaties\": {\n      \"tag\": 1\n    }"), plain.toString());
    // the option that switched it on before it was the default is still accepted
    var old =
        CliRun.in(dir)
            .run("import", "session.yaml", "notities.txt", "--dry-run", "--continue-themes");
    assertEquals(0, old.exit(), old.toString());
    assertEquals(cont.out(), old.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "teams.vtt, 15:30",
    "zoom.vtt, 15:35",
    "ronde2.srt, 17:20",
    "excel-nl.csv, ''",
    "sheet-en.csv, ''",
    "notities.txt, ''",
    "teams-kort.vtt, 15:30",
    "teams-2024.docx, 15:30",
    "teams-2021.docx, 15:30",
    "zoom-namen.vtt, 15:30",
    "zoom-chat.txt, 15:30",
    "whisper.json, 15:30",
    "whisperx.json, 15:30",
    "whisper.tsv, 15:30",
    "whisper.txt, ''",
    "whisperx.srt, 15:30",
    "meet.txt, 15:30",
    "otter.txt, 15:30"
  })
  void eachReaderGolden(String fixture, String start, @TempDir Path dir) throws Exception {
    world(dir, fixture);
    var r =
        start.isEmpty()
            ? CliRun.in(dir).run("import", "session.yaml", fixture, "--lang", "nl")
            : CliRun.in(dir)
                .run("import", "session.yaml", fixture, "--recording-start", start, "--lang", "nl");
    assertEquals(0, r.exit(), r.toString());
    Golden.check("import/" + fixture + ".notes.csv", notes(dir));
    Golden.check(
        "import/" + fixture + ".out.txt",
        "exit " + r.exit() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err());
  }

  @Test
  void importingTwiceAddsNothing(@TempDir Path dir) throws Exception {
    world(dir, "teams.vtt", "notities.txt");
    var first =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "teams.vtt",
                "notities.txt",
                "--recording-start",
                "15:30");
    assertEquals(0, first.exit(), first.toString());
    String once = notes(dir);
    var again =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "teams.vtt",
                "notities.txt",
                "--recording-start",
                "15:30");
    assertEquals(0, again.exit(), again.toString());
    assertEquals(once, notes(dir));
    assertTrue(again.out().contains("nothing new (14 unchanged, 14 in all)"), again.out());
  }

  @Test
  void anotherFileAddsItsNotesWithNextIds(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt", "ronde2.srt");
    assertEquals(0, CliRun.in(dir).run("import", "session.yaml", "zoom.vtt").exit());
    var r = CliRun.in(dir).run("import", "session.yaml", "ronde2.srt");
    assertEquals(0, r.exit(), r.toString());
    String n = notes(dir);
    assertTrue(n.contains("N0005,00:00:01,,Sevda Kaya,staff"), n);
    assertEquals(8, n.lines().count(), n);
  }

  @Test
  void handCorrectionSurvives(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    assertEquals(
        0,
        CliRun.in(dir)
            .run("import", "session.yaml", "zoom.vtt", "--recording-start", "15:35")
            .exit());
    // the organiser fills in a theme and fixes a speaker by hand
    String edited =
        notes(dir)
            .replace(
                "N0001,00:00:04,1,Joost Hendriks,facilitator,,",
                "N0001,00:00:04,1,Joost Hendriks,facilitator,leefbaarheid,")
            .replace("Ömer Çelik,unknown", "Ömer Çelik (buurman),unknown");
    Files.writeString(dir.resolve("notes.csv"), edited);
    var r = CliRun.in(dir).run("import", "session.yaml", "zoom.vtt", "--recording-start", "15:35");
    assertEquals(0, r.exit(), r.toString());
    String after = notes(dir);
    // nothing is added again: not the note whose theme was filled in, nor the one whose speaker
    // was fixed (its words and its place in zoom.vtt are the same)
    assertEquals(edited, after);
    assertTrue(r.out().contains("nothing new"), r.out());
    assertTrue(after.contains("leefbaarheid,,remark,\"Goedemiddag"), after);
  }

  @Test
  void dryRunWritesNothing(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    var r = CliRun.in(dir).run("import", "session.yaml", "zoom.vtt", "--dry-run");
    assertEquals(0, r.exit(), r.toString());
    assertFalse(Files.exists(dir.resolve("notes.csv")));
    assertTrue(r.out().contains("would add 4 notes"), r.out());
  }

  @Test
  void jsonSummary(@TempDir Path dir) throws Exception {
    world(dir, "ronde2.srt");
    var r = CliRun.in(dir).run("import", "session.yaml", "ronde2.srt", "--format", "json");
    assertEquals(0, r.exit(), r.toString());
    Golden.check("import/ronde2.srt.json", r.out());
  }

  @Test
  void sessionFolderWithOneSession(@TempDir Path dir) throws Exception {
    world(dir, "sheet-en.csv");
    byte[] session = Files.readAllBytes(dir.resolve("session.yaml"));
    var r = CliRun.in(dir).run("import", ".", "sheet-en.csv");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.exists(dir.resolve("notes.csv")));
    assertEquals(
        new String(session, StandardCharsets.UTF_8), Files.readString(dir.resolve("session.yaml")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "noheader.vtt|1\\n00:00:01.000 --> 00:00:02.000\\nJoost: hallo\\n|noheader.vtt:1:1: error[KA603]",
        "nospeaker.csv|tijd;tekst\\n00:01:00;hallo\\n|nospeaker.csv:1:1: error[KA604]",
        "quote.csv|speaker,text\\nEline,\"nooit dicht\\n|quote.csv:2:1: error[KA605]",
        "random.txt|0,12;0,15;1\\n0,13;0,17;2\\n|random.txt:1:1: error[KA600]",
        "bad-due.txt|# Ronde 3\\nACTIE: Iets doen @Ruud 2026-13-45\\n|bad-due.txt:2:24: error[KA608]"
      })
  void badInputLeavesNotesFileAlone(String name, String content, String expected, @TempDir Path dir)
      throws Exception {
    world(dir);
    Files.writeString(dir.resolve("notes.csv"), "id,text\nN0001,eerder\n");
    Files.writeString(dir.resolve(name), content.replace("\\n", "\n").replace("\\\"", "\""));
    var r = CliRun.in(dir).run("import", "session.yaml", name);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains(expected), r.toString());
    assertFalse(r.err().contains("Exception"), r.toString());
    assertEquals("id,text\nN0001,eerder\n", notes(dir));
  }

  /** Spreadsheets with one bad cell: the file, its text, the finding, the row's first line. */
  static Stream<Arguments> badCells() {
    return Stream.of(
        Arguments.of(
            "comma.csv",
            "speaker,round,text\nEline Bos,4,hallo\n",
            "comma.csv:2:11: warning[KA606]: invalid round \"4\"",
            2),
        Arguments.of(
            "quoted.csv",
            "\"speaker\",\"text\",\"round\"\n\"Eline Bos\",\"a, \"\"b\"\"\",\"vijf\"\n",
            "quoted.csv:2:24: warning[KA606]: invalid round \"vijf\"",
            2),
        Arguments.of(
            "crlf.csv",
            "speaker;text;type\r\n\r\nEline Bos;\"\uD83D\uDE00 \r\nnaar \u00e9\u00e9n\"; klacht\r\n",
            "crlf.csv:4:12: warning[KA606]: invalid type \"klacht\"",
            3),
        Arguments.of(
            "sep.csv",
            "sep=;\nspeaker;text;time\n\n\nEline Bos;hallo;12:3x\n",
            "sep.csv:5:17: warning[KA606]: invalid time \"12:3x\"",
            5));
  }

  /** In Dutch a bad cell reads as a sentence: an invalid value for its column (KA606). */
  @Test
  void aBadCellReadsAsDutch(@TempDir Path dir) throws Exception {
    world(dir);
    Files.writeString(dir.resolve("r.csv"), "spreker;ronde;tekst\nEline Bos;vier;hallo\n");
    var r = CliRun.in(dir).run("import", "session.yaml", "r.csv", "--lang", "nl");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "r.csv:2:11: warning[KA606]: ongeldige waarde \"vier\" voor round: verwacht 1 | 2 |"
                    + " 3; de notitie blijft, zonder deze waarde"),
        r.toString());
  }

  /**
   * A cell that holds a value its column does not take is named at its own line and column (KA606),
   * whatever the delimiter, quotes, line breaks in cells, blank lines or Excel's {@code sep=} line
   * before it; a column counts characters, so an accent or an emoji is one. The note keeps the line
   * its row starts on, blank lines before it counted.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badCells")
  void aBadCellIsNamedAtItsLineAndColumn(
      String name, String content, String expected, int row, @TempDir Path dir) throws Exception {
    world(dir);
    Files.writeString(dir.resolve(name), content);
    var r = CliRun.in(dir).run("import", "session.yaml", name, "--lang", "en");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains(expected), r.toString());
    assertEquals(name + ":" + row, noteRows(dir).get(0).get("source"), notes(dir));
  }

  /**
   * A cue that cannot be read is skipped with a warning at its line, and the rest of the file is
   * imported: the summary says how many cues were read, how many went into notes and how many were
   * skipped, and they add up.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "banana.vtt|WEBVTT\\n\\n1\\n00:00:01.000 --> banana\\nJoost: hallo\\n\\n2\\n00:00:03.000 --> 00:00:04.000\\nJoost: dag\\n|banana.vtt:4:1: warning[KA602]",
        "cut.vtt|WEBVTT\\n\\n1\\n00:00:01.000 --> 00:00:02.000\\nJoost: hallo\\n\\n2\\n00:00:03.000 --> 00:00:04.000\\n|cut.vtt:8:1: warning[KA618]",
        "srt-bad.srt|1\\n00:00:01,000 --> 00:00:02,000\\nRuud: a\\n\\n2\\n00:00:0x,000 --> 00:00:03,000\\nRuud: b\\n|srt-bad.srt:6:1: warning[KA602]",
        "words.vtt|WEBVTT\\n\\n00:00:01.000 --> 00:00:02.000\\nJoost: hallo\\n\\nJoost: dit heeft geen tijd\\n|words.vtt:6:1: warning[KA617]"
      })
  void aBrokenCueIsSkippedWithAFindingAtItsLine(
      String name, String content, String expected, @TempDir Path dir) throws Exception {
    world(dir);
    Files.writeString(dir.resolve(name), content.replace("\\n", "\n"));
    var r = CliRun.in(dir).run("import", "session.yaml", name, "--lang", "en");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains(expected), r.toString());
    assertTrue(r.out().contains("cues read: 2, in notes: 1, skipped: 1; notes: 1;"), r.toString());
    var strict = CliRun.in(dir).run("import", "session.yaml", name, "--strict", "--dry-run");
    assertEquals(1, strict.exit(), strict.toString());
  }

  @Test
  void actionLinesGiveDueDatesAsPeopleWriteThemInTheSessionsLanguage(@TempDir Path dir)
      throws Exception {
    world(dir);
    Files.writeString(
        dir.resolve("acties.txt"),
        """
        # Ronde 3
        ACTIE: Terugbelknop in de app @Dennis Vos 1-6-2027
        ACTIE: Brief over de isolatie @Bart 01/06/2027
        ACTIE: Monteursbezoek op een dagdeel @Ruud Jacobs 1 juni 2027
        ACTIE: Huurdersavond plannen @Dennis Vos vóór 15 december
        ACTIE: Schimmel onderzoeken @Kofi 01/06/2027
        """);
    var r = CliRun.in(dir).run("import", "session.yaml", "acties.txt");
    assertEquals(0, r.exit(), r.toString());
    // session date 2026-10-15: "15 december" is the first one after it
    assertEquals(
        List.of(
            "Dennis Vos,2027-06-01,Terugbelknop in de app",
            "Bart Smeets,2027-06-01,Brief over de isolatie",
            "Ruud Jacobs,2027-06-01,Monteursbezoek op een dagdeel",
            "Dennis Vos,2026-12-15,Huurdersavond plannen",
            "Kofi,2027-06-01,Schimmel onderzoeken"),
        noteRows(dir).stream()
            .map(c -> c.get("owner") + "," + c.get("due") + "," + c.get("text"))
            .toList(),
        notes(dir));
    // Kofi is nobody in the session: an unknown owner, never "Kofi 01/06/2027"
    assertTrue(r.err().contains("\"Kofi\""), r.toString());
  }

  @Test
  void anEnglishDateOfNumbersThatReadsTwoWaysIsRefusedAtItsPlace(@TempDir Path dir)
      throws Exception {
    Files.copy(Path.of("examples/en/session.yaml"), dir.resolve("session.yaml"));
    String notes =
        """
        # Round 3
        ACTION: Text customers before a planned interruption @Kwame Mensah June 1, 2027
        ACTION: Explain the estimate on the bill @Helen Marsh 13/06/2027
        ACTION: Call priority customers @Aisha Rahman 01/06/2027
        """;
    Files.writeString(dir.resolve("notes.txt"), notes);
    var r = CliRun.in(dir).run("import", "session.yaml", "notes.txt");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "notes.txt:4:47: error[KA632]: the due date \"01/06/2027\" can be read two ways: 1"
                    + " June 2027 (day first, as in Britain) or 6 January 2027 (month first, as in"
                    + " the United States)"),
        r.toString());
    assertTrue(
        r.err()
            .contains(
                " 4 | ACTION: Call priority customers @Aisha Rahman 01/06/2027\n"
                    + "   |                                               ^\n"),
        "the caret is under the date: " + r);
    assertFalse(Files.exists(dir.resolve("notes.csv")), "nothing is imported");
    // written out, it is read
    Files.writeString(dir.resolve("notes.txt"), notes.replace("01/06/2027", "1 June 2027"));
    var fixed = CliRun.in(dir).run("import", "session.yaml", "notes.txt");
    assertEquals(0, fixed.exit(), fixed.toString());
    assertEquals(
        List.of("2027-06-01", "2027-06-13", "2027-06-01"),
        noteRows(dir).stream().map(c -> c.get("due")).toList());
  }

  @Test
  void binaryFileIsAnError(@TempDir Path dir) throws Exception {
    world(dir);
    Files.write(dir.resolve("photo.vtt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    var r = CliRun.in(dir).run("import", "session.yaml", "photo.vtt", "--lang", "en");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("photo.vtt:1:1: error[KA623]: a picture"), r.toString());
    assertFalse(Files.exists(dir.resolve("notes.csv")));
    byte[] junk = new byte[64];
    for (int i = 0; i < junk.length; i++) junk[i] = (byte) (i % 7 == 0 ? 1 : 0x41 + i % 20);
    Files.write(dir.resolve("junk.vtt"), junk);
    var j = CliRun.in(dir).run("import", "session.yaml", "junk.vtt");
    assertEquals(1, j.exit(), j.toString());
    assertTrue(j.err().contains("junk.vtt:1:1: error[KA601]"), j.toString());
    assertFalse(Files.exists(dir.resolve("notes.csv")));
  }

  @Test
  void missingNotesFileIsUsage(@TempDir Path dir) throws Exception {
    world(dir);
    var r = CliRun.in(dir).run("import", "session.yaml", "nope.vtt");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("nope.vtt"), r.toString());
    var none = CliRun.in(dir).run("import", "session.yaml");
    assertEquals(2, none.exit(), none.toString());
    var bad =
        CliRun.in(dir)
            .run("import", "session.yaml", "session.yaml", "--recording-start", "kwart over drie");
    assertEquals(2, bad.exit(), bad.toString());
  }

  @Test
  void outsideEveryRoundIsAWarning(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    var r = CliRun.in(dir).run("import", "session.yaml", "zoom.vtt", "--recording-start", "15:00");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "zoom.vtt:4:1: warning[KA614]: the note at 15:00 is outside every round (notes in a row from here: 4)"),
        r.err());
  }

  @Test
  void timestampsWithoutStartAreAnInfo(@TempDir Path dir) throws Exception {
    world(dir, "zoom.vtt");
    var r = CliRun.in(dir).run("import", "session.yaml", "zoom.vtt");
    assertTrue(r.err().contains("info[KA615]"), r.err());
  }

  @Test
  void speakerLabelsNamedOnTheCommandLineAreRememberedForTheFile(@TempDir Path dir)
      throws Exception {
    world(dir, "whisperx.srt");
    var r =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "whisperx.srt",
                "--recording-start",
                "15:30",
                "--speaker",
                "SPEAKER_00=Joost Hendriks",
                "--speaker",
                "speaker_01 = Fatima",
                "--lang",
                "en");
    assertEquals(0, r.exit(), r.toString());
    String first = notes(dir);
    assertTrue(first.contains(",1,Joost Hendriks,facilitator,"), first);
    assertTrue(first.contains(",1,Fatima Ouali,customer,"), first);
    assertTrue(first.contains(",1,SPEAKER_02,unknown,"), first);
    assertTrue(
        r.out()
            .contains(
                "to name them: klantarena import session.yaml whisperx.srt --speaker"
                    + " SPEAKER_02=NAME"),
        r.out());
    assertEquals(
        "file,label,speaker\nwhisperx.srt,SPEAKER_00,Joost Hendriks\nwhisperx.srt,SPEAKER_01,Fatima\n",
        Files.readString(dir.resolve("speakers.csv")));
    // a re-import without --speaker gives the same notes
    Files.delete(dir.resolve("notes.csv"));
    var again =
        CliRun.in(dir).run("import", "session.yaml", "whisperx.srt", "--recording-start", "15:30");
    assertEquals(0, again.exit(), again.toString());
    assertEquals(first, notes(dir));
    var bad = CliRun.in(dir).run("import", "session.yaml", "whisperx.srt", "--speaker", "Henk");
    assertEquals(2, bad.exit(), bad.toString());
  }

  @Test
  void cuesInARowByOneSpeakerAreOneNoteUnlessNoMerge(@TempDir Path dir) throws Exception {
    world(dir, "teams.vtt");
    var merged =
        CliRun.in(dir).run("import", "session.yaml", "teams.vtt", "--dry-run", "--lang", "en");
    assertTrue(
        merged.out().contains("cues read: 8, in notes: 8, skipped: 0; notes: 7;"), merged.out());
    var each =
        CliRun.in(dir).run("import", "session.yaml", "teams.vtt", "--no-merge", "--lang", "en");
    assertEquals(0, each.exit(), each.toString());
    assertTrue(each.out().contains("cues read: 8, in notes: 8, skipped: 0; notes: 8;"), each.out());
    assertEquals(9, notes(dir).lines().count());
  }

  @Test
  void roundForAFileWithoutTimes(@TempDir Path dir) throws Exception {
    world(dir, "whisper.txt");
    var r = CliRun.in(dir).run("import", "session.yaml", "whisper.txt", "--round", "2");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        3, notes(dir).lines().filter(l -> l.contains(",,2,,unknown,")).count(), notes(dir));
    var bad = CliRun.in(dir).run("import", "session.yaml", "whisper.txt", "--round", "4");
    assertEquals(2, bad.exit(), bad.toString());
  }

  @Test
  void aTranscriptWithoutSpeakersIsOneInfoAndStrictPasses(@TempDir Path dir) throws Exception {
    world(dir, "whisper.json");
    var r =
        CliRun.in(dir)
            .run(
                "import",
                "session.yaml",
                "whisper.json",
                "--recording-start",
                "15:30",
                "--strict",
                "--lang",
                "en");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(1, r.err().lines().filter(l -> l.contains("[KA628]")).count(), r.err());
    assertFalse(r.err().contains("KA610"), r.err());
    // the sentence "Mijn vraag is: wanneer ..." keeps its words: no speaker "Mijn vraag is"
    assertTrue(
        notes(dir).contains(",,unknown,reparaties,keyword,remark,Mijn vraag is: wanneer"),
        notes(dir));
  }

  /** Issue 13, item 6: 14:35 typed in a spreadsheet is the clock, not 14 minutes 35. */
  @Test
  void aTimeOfDayInASpreadsheetIsTheClock(@TempDir Path dir) throws Exception {
    world(dir);
    Files.writeString(
        dir.resolve("klok.csv"),
        "tijd;spreker;tekst\n15:45;Eline;De app werkt.\n17:20;Sevda;Hoe wilt u teruggebeld worden?\n");
    var r = CliRun.in(dir).run("import", "session.yaml", "klok.csv", "--recording-start", "15:30");
    assertEquals(0, r.exit(), r.toString());
    String n = notes(dir);
    assertTrue(n.contains("N0001,00:15:00,1,Eline Bos,"), n);
    assertTrue(n.contains("N0002,01:50:00,2,Sevda Kaya,staff,"), n);
    Files.delete(dir.resolve("notes.csv"));
    var noStart = CliRun.in(dir).run("import", "session.yaml", "klok.csv");
    assertEquals(0, noStart.exit(), noStart.toString());
    assertTrue(notes(dir).contains("N0001,,1,Eline Bos,"), notes(dir));
    assertFalse(noStart.err().contains("KA615"), noStart.err());
  }

  /**
   * Teams lists people who talk at once a few seconds out of order (a public Teams transcript has
   * 0:1:19.390 followed by 0:1:12.930): no fault. An hour back is two recordings in one file.
   */
  @Test
  void overlappingSpeechIsNoFaultButAnHourBackIs(@TempDir Path dir) throws Exception {
    world(dir);
    Files.writeString(
        dir.resolve("overlap.vtt"),
        "WEBVTT\n\n0:1:19.390 --> 0:1:19.840\n<v Eline Bos>Umm.</v>\n\n"
            + "0:1:12.930 --> 0:1:23.610\n<v Joost Hendriks>Ik probeerde het.</v>\n");
    var ok = CliRun.in(dir).run("import", "session.yaml", "overlap.vtt", "--dry-run");
    assertEquals(0, ok.exit(), ok.toString());
    assertFalse(ok.err().contains("KA619"), ok.err());
  }
}
