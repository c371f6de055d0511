package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.SessionLoader;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NoteKind;
import nl.klantarena.session.Session;
import org.junit.jupiter.api.Test;

/** Matching speakers, rounds, themes and kinds against the Dutch example session. */
class ImporterTest {

  static Session session() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    return new SessionLoader(f)
        .load(Path.of("examples/nl/session.yaml"), "session.yaml")
        .orElseThrow();
  }

  static List<Note> read(String name, String text, LocalTime start, Findings f) throws Exception {
    return new Importer(session(), start, f)
        .read(name, name, text.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
  }

  static List<Note> readWithoutContinuing(String name, String text, Findings f) throws Exception {
    return new Importer(session(), null, f)
        .continueThemes(false)
        .read(name, name, text.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
  }

  @Test
  void speakersByNameAliasAndFirstNameIgnoringCaseAndAccents() throws Exception {
    Importer imp = new Importer(session(), null, new Findings(Messages.of("en")));
    assertEquals("Hüseyin Yılmaz", imp.match("huseyin yilmaz").name());
    assertEquals("Hüseyin Yılmaz", imp.match("HÜSEYIN").name());
    assertEquals("Gerard Kuipers", imp.match("meneer Kuipers").name());
    assertEquals("Esther Bakker", imp.match("directeur-bestuurder").name());
    assertEquals("Naomi Brouwer", imp.match("naomi").name());
    assertNull(imp.match("Zoë"));
  }

  @Test
  void themesByTagOrWholeKeywords() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        read(
            "t.txt",
            "# Round 1\n[Verduurzaming] Eline: iets\n# Round 2\nEline: de APP werkt niet\n"
                + "# Round 3\nEline: de apparatuur\n[lift] Eline: kapot\n",
            null,
            f);
    assertEquals(
        List.of("verduurzaming", "bereikbaarheid", "", ""), n.stream().map(Note::theme).toList());
    assertTrue(
        f.all().stream().anyMatch(x -> x.code().equals("KA607") && x.pos().line() == 7),
        f.all().toString());
  }

  @Test
  void aLongKeywordFindsTheWordsThatStartWithIt() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    // "reparatie" and "isolatie" are keywords; "app" is too short to match "appartement"
    List<Note> n =
        read(
            "t.txt",
            "# Ronde 1\nEline: mijn reparatieverzoek\n# Ronde 2\nEline: twee reparaties\n"
                + "# Ronde 3\nEline: de isolatiewerkzaamheden\n# Ronde 1\nEline: mijn appartement\n",
            null,
            f);
    assertEquals(
        List.of("reparaties", "reparaties", "verduurzaming", ""),
        n.stream().map(Note::theme).toList());
  }

  @Test
  void theThemeIdCountsAsAKeywordAndATieGoesToTheThemeUnderDiscussionElseToNone() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        read(
            "t.txt",
            String.join(
                "\n",
                "# Ronde 1",
                "Joost: dan de bereikbaarheid.", // the id of a theme, not one of its keywords
                "Eline: de app werkt, maar ik zie niet wat er met mijn melding gebeurt.", // app
                // (bereikbaarheid) = melding (reparaties)
                "# Ronde 2",
                "Eline: de app werkt, maar ik zie niet wat er met mijn melding gebeurt.", // the
                // same
                // tie, no
                // theme
                // before
                // it
                ""),
            null,
            f);
    // a tie without the theme under discussion is no clue: the conversation decides, or no theme
    // (which KA613 reports) rather than a guess
    assertEquals(
        List.of("bereikbaarheid", "bereikbaarheid", ""), n.stream().map(Note::theme).toList());
  }

  @Test
  void aNoteWithoutThemeContinuesTheThemeBeforeItInTheSameRoundUnlessSwitchedOff()
      throws Exception {
    Findings f = new Findings(Messages.of("en"));
    String text =
        String.join(
            "\n",
            "# Ronde 1",
            "Joost: hoe ging het met de monteur?", // reparaties by keyword
            "Fatima: hij kwam niet op dinsdag.", // continues reparaties
            "Gerard: ik hoor nooit iets.", // continues reparaties
            "Hüseyin: de wachttijd aan de telefoon", // bereikbaarheid by keyword
            "Eline: klopt.", // continues bereikbaarheid
            "ACTIE: iets regelen @Ruud 2026-12-01", // an action takes no theme and passes none on
            "Wilma: precies.", // still bereikbaarheid
            "# Ronde 2",
            "Naomi: dat vind ik ook.", // a new round starts without a theme
            "");
    List<Note> n = read("t.txt", text, null, f);
    assertEquals(
        List.of(
            "reparaties",
            "reparaties",
            "reparaties",
            "bereikbaarheid",
            "bereikbaarheid",
            "",
            "bereikbaarheid",
            ""),
        n.stream().map(Note::theme).toList());
    // only the note that had nothing to continue is reported
    assertEquals(
        List.of(10),
        f.all().stream().filter(x -> x.code().equals("KA613")).map(x -> x.pos().line()).toList(),
        f.all().toString());
    assertEquals(
        List.of(
            "keyword",
            "continuation",
            "continuation",
            "keyword",
            "continuation",
            "",
            "continuation",
            ""),
        n.stream().map(Note::themeBy).toList());
    // with --no-continue-themes such a note has no theme: themes come from a tag or words only
    Findings plain = new Findings(Messages.of("en"));
    assertEquals(
        List.of("reparaties", "", "", "bereikbaarheid", "", "", "", ""),
        readWithoutContinuing("t.txt", text, plain).stream().map(Note::theme).toList());
  }

  @Test
  void kindsAndRulesOfTheGame() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        read(
            "t.txt",
            "# Round 1\nRuud: dat klopt niet\n# Round 2\nSevda: hoe gaat het met de app\n"
                + "Bart: wij doen ons best.\n# Round 3\nACTION: Lift nakijken @Ingrid 2026-12-01\n",
            null,
            f);
    assertEquals(
        List.of(NoteKind.REMARK, NoteKind.QUESTION, NoteKind.REMARK, NoteKind.ACTION),
        n.stream().map(Note::kind).toList());
    assertEquals("Ingrid Postma", n.get(3).owner());
    assertEquals("2026-12-01", n.get(3).due().toString());
    assertTrue(f.all().stream().anyMatch(x -> x.code().equals("KA611") && x.pos().line() == 2));
    assertTrue(f.all().stream().anyMatch(x -> x.code().equals("KA612") && x.pos().line() == 5));
    assertFalse(f.all().stream().anyMatch(x -> x.code().equals("KA612") && x.pos().line() == 4));
  }

  @Test
  void roundsFromTimestampsAndTheAgenda() throws Exception {
    // agenda: reception 15:00, round 1 15:30-16:45, break, round 2 17:15-18:15, round 3 18:15-18:35
    Findings f = new Findings(Messages.of("en"));
    String vtt =
        "WEBVTT\n\n00:00:10.000 --> 00:00:12.000\n<v Eline>a</v>\n\n"
            + "01:50:00.000 --> 01:50:02.000\n<v Sevda>b?</v>\n\n"
            + "02:50:00.000 --> 02:50:02.000\n<v Ruud>c</v>\n\n"
            + "03:30:00.000 --> 03:30:02.000\n<v Bart>d</v>\n";
    List<Note> n = read("r.vtt", vtt, LocalTime.of(15, 30), f);
    assertEquals(List.of(1, 2, 3, 0), n.stream().map(Note::round).toList());
    assertTrue(
        f.all().stream().anyMatch(x -> x.code().equals("KA614") && x.pos().line() == 12),
        f.all().toString());
  }

  @Test
  void unknownSpeakerOncePerFileWithCount() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n = read("u.txt", "Zoë: a\nEline: b\nzoe: c\n", null, f);
    assertEquals(3, n.size());
    var unknown = f.all().stream().filter(x -> x.code().equals("KA610")).toList();
    assertEquals(1, unknown.size(), unknown.toString());
    assertTrue(unknown.get(0).message().contains("(notes: 2)"), unknown.get(0).message());
  }

  @Test
  void aThemeFilledInByHandSilencesKa613EvenWhenTheSpeakerWasFixedToo() throws Exception {
    String text = "# Ronde 1\nGerard: ik hoor nooit iets.\n";
    Findings first = new Findings(Messages.of("en"));
    Note read = read("t.txt", text, null, first).get(0);
    assertTrue(
        first.all().stream().anyMatch(x -> x.code().equals("KA613")), first.all().toString());
    // in notes.csv the organiser filled in the theme and wrote the speaker out in full
    Note edited =
        new Note(
            "N0001",
            read.time(),
            read.round(),
            "Gerard Kuipers (flat 3)",
            read.role(),
            "reparaties",
            read.kind(),
            read.text(),
            read.source(),
            read.owner(),
            read.due(),
            read.pos());
    Findings again = new Findings(Messages.of("en"));
    new Importer(session(), null, again)
        .known(List.of(edited))
        .read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    assertFalse(
        again.all().stream().anyMatch(x -> x.code().equals("KA613")), again.all().toString());
  }

  @Test
  void speakersAsTeamsDirectoriesAndPeopleWriteThem() throws Exception {
    Importer imp = new Importer(session(), null, new Findings(Messages.of("en")));
    assertEquals("Eline Bos", imp.match("Eline Bos (Guest)").name());
    assertEquals("Eline Bos", imp.match("Eline Bos (Gast)").name());
    assertEquals("Gerard Kuipers", imp.match("Kuipers, Gerard").name());
    assertEquals("Gerard Kuipers", imp.match("dhr. G. Kuipers (Extern)").name());
    assertEquals("Wilma de Graaf", imp.match("mevr. W. de Graaf").name());
    assertEquals("Wilma de Graaf", imp.match("Graaf, W. de").name());
    assertEquals("Hüseyin Yılmaz", imp.match("H. Yilmaz (External)").name());
    assertEquals("Ruud Jacobs", imp.match("Jacobs, Ruud").name());
  }

  @Test
  void aTeamsTranscriptWithGuestsAndDirectoryNamesMatchesEverySpeaker() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        read(
            "teams.vtt",
            """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Ouali, Fatima (Guest)>De monteur kwam niet.</v>

            00:00:05.000 --> 00:00:08.000
            <v mevr. W. de Graaf (Extern)>Bij mij wel.</v>

            00:00:09.000 --> 00:00:12.000
            <v Huseyin Yilmaz (External)>De app werkt.</v>
            """,
            null,
            f);
    assertEquals(
        List.of("Fatima Ouali", "Wilma de Graaf", "Hüseyin Yılmaz"),
        n.stream().map(Note::speaker).toList());
    assertEquals(List.of("customer", "customer", "customer"), n.stream().map(Note::role).toList());
    assertFalse(f.all().stream().anyMatch(x -> x.code().equals("KA610")), f.all().toString());
  }

  @Test
  void anActionOwnerIsWrittenOutInFull() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        read(
            "t.txt",
            "# Ronde 3\nACTIE: Terugbellen binnen een dag @Jacobs, Ruud 2026-12-01\n"
                + "ACTIE: Brief over schimmel @B. Smeets 2026-12-01\n",
            null,
            f);
    assertEquals(List.of("Ruud Jacobs", "Bart Smeets"), n.stream().map(Note::owner).toList());
    assertEquals(List.of("staff", "staff"), n.stream().map(Note::role).toList());
  }

  @Test
  void anUnknownSpeakerGetsTheNearestNameOrTheCandidates() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    read("u.txt", "Eilne Bos: a\nZoë: b\n", null, f);
    var unknown = f.all().stream().filter(x -> x.code().equals("KA610")).toList();
    assertEquals(2, unknown.size(), unknown.toString());
    assertEquals(
        "did you mean \"Eline Bos\"? Then add \"Eilne Bos\" to the aliases of Eline Bos in the"
            + " session file, fix it in notes.csv, or name the label on the command line: --speaker"
            + " \"Eilne Bos=Eline Bos\"",
        unknown.get(0).hint());
    assertEquals(
        "add the name as an alias of the participant in the session file, fix it in notes.csv,"
            + " or name the label on the command line: --speaker \"Zoë=full name\"",
        unknown.get(1).hint());
  }

  @Test
  void aFirstNameTwoPeopleShareIsUnknownWithBothNamesInTheHint() throws Exception {
    String yaml =
        """
        klantarena: 1
        title: Arena
        organisation: Example
        date: 2027-04-15
        participants:
          facilitator: {name: Frank White}
          customers: [{name: Jan Smit}, {name: Anna Green}]
          staff: [{name: Jan Bakker}, {name: Sarah Miller}]
        """;
    Findings f = new Findings(Messages.of("en"));
    Session s =
        new SessionLoader(f)
            .parse(yaml.getBytes(StandardCharsets.UTF_8), null, "s.yaml")
            .orElseThrow();
    List<Note> n =
        new Importer(s, null, f)
            .read("t.txt", "t.txt", "Jan: hallo\nAnna: ja\n".getBytes(), new LinkedHashMap<>());
    assertEquals(List.of("unknown", "customer"), n.stream().map(Note::role).toList());
    var unknown = f.all().stream().filter(x -> x.code().equals("KA610")).toList();
    assertEquals(
        "\"Jan\" could be Jan Smit or Jan Bakker: add it to the aliases of the one it is, fix it"
            + " in notes.csv, or name the label on the command line: --speaker \"Jan=full name\"",
        unknown.get(0).hint());
  }

  @Test
  void aTeamsVoiceNameWithCharacterReferencesAndAUserIdMatchesTheParticipant() throws Exception {
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        read(
            "t.vtt",
            "WEBVTT\n\n0:0:1.0 --> 0:0:3.490\n<v H&#252;seyin Y&#305;lmaz>Ik bel al weken.</v>\n\n"
                + "0:0:4.0 --> 0:0:6.90\n<v Eline Bos (0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d)>Ik ook.</v>\n",
            null,
            f);
    assertEquals(List.of("Hüseyin Yılmaz", "Eline Bos"), n.stream().map(Note::speaker).toList());
    assertEquals(List.of("00:00:01", "00:00:04"), n.stream().map(Note::time).toList());
  }

  @Test
  void aLeadingWordsColonIsASpeakerOnlyWhenItCanBeOne() throws Exception {
    // one cue in three opens with "Words:": known names and diarization labels are speakers, a
    // sentence keeps its words
    String vtt =
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nEline: De app werkt.\n\n"
            + "00:00:03.000 --> 00:00:04.000\nMijn vraag is: wanneer komt de monteur?\n\n"
            + "00:00:05.000 --> 00:00:06.000\nEn verder niets.\n\n"
            + "00:00:07.000 --> 00:00:08.000\n[SPEAKER_01]: Bij ons ook.\n\n"
            + "00:00:09.000 --> 00:00:10.000\nDat is alles.\n\n"
            + "00:00:11.000 --> 00:00:12.000\nDank u.\n";
    Findings f = new Findings(Messages.of("en"));
    List<Note> n =
        new Importer(session(), null, f)
            .merge(false)
            .read("w.vtt", "w.vtt", vtt.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    assertEquals(
        List.of("Eline Bos", "", "", "SPEAKER_01", "", ""), n.stream().map(Note::speaker).toList());
    assertEquals("Mijn vraag is: wanneer komt de monteur?", n.get(1).text());
    // where (nearly) every cue opens so, as Zoom writes, the file's form says they are speakers
    String zoom =
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOnbekende Gast: Goedemiddag.\n\n"
            + "00:00:03.000 --> 00:00:04.000\nEline: De app werkt.\n";
    List<Note> z =
        new Importer(session(), null, f)
            .read("z.vtt", "z.vtt", zoom.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    assertEquals(List.of("Onbekende Gast", "Eline Bos"), z.stream().map(Note::speaker).toList());
  }

  /** The example {@code example} as {@code forget} leaves it when {@code name} was forgotten. */
  static Session forgotten(String example, String name, String pseudonym) throws Exception {
    Path file = Path.of("examples", example, "session.yaml");
    String yaml = Files.readString(file).replace(name, pseudonym);
    Findings f = new Findings(Messages.of("en"));
    return new SessionLoader(f)
        .parse(yaml.getBytes(StandardCharsets.UTF_8), file, "session.yaml")
        .orElseThrow();
  }

  /** Typed notes, one line an argument, read against {@code s}. */
  static List<Note> typed(Session s, Findings f, String... lines) {
    byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return new Importer(s, null, f).read("t.txt", "t.txt", text, new LinkedHashMap<>());
  }

  /**
   * A transcript that {@code forget} changed names the person by the pseudonym, with a number in
   * it: the pseudonym speaks its own lines in typed notes and in WebVTT (voice tags, and a {@code
   * Name:} opening on a few cues), in both languages; they never join the note of the real person
   * before them, and a sentence with a number before a colon stays words.
   */
  @Test
  void aPseudonymThatForgetWroteIsTheSpeakerOfItsLines() throws Exception {
    Session nl = forgotten("nl", "Fatima Ouali", "Vergeten klant 1");
    Findings f = new Findings(Messages.of("en"));
    List<Note> dutch =
        typed(
            nl,
            f,
            "# Ronde 3",
            "[verduurzaming] Bart Smeets: We sturen de bewonersbrief eerder.",
            "[verduurzaming] Vergeten klant 1: Ik wil dat iemand komt kijken.",
            "Om 3 uur: komt de monteur, zei ze.",
            "Ruud Jacobs: Dat regelen we.",
            "Om 10:30 belt hij.");
    assertEquals(
        List.of("Bart Smeets", "Vergeten klant 1", "Ruud Jacobs"),
        dutch.stream().map(Note::speaker).toList());
    assertEquals(
        "Ik wil dat iemand komt kijken. Om 3 uur: komt de monteur, zei ze.", dutch.get(1).text());
    assertEquals("customer", dutch.get(1).role());
    assertEquals("Dat regelen we. Om 10:30 belt hij.", dutch.get(2).text());
    assertEquals("We sturen de bewonersbrief eerder.", dutch.get(0).text());

    String vtt =
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Gerard Kuipers>Ik hoor nooit iets.</v>\n\n"
            + "00:00:03.000 --> 00:00:04.000\n<v Vergeten klant 1>Ik ook niet.</v>\n\n"
            + "00:00:05.000 --> 00:00:06.000\nEn dan nog dit.\n\n"
            + "00:00:07.000 --> 00:00:08.000\nVergeten klant 1: De monteur kwam niet.\n\n"
            + "00:00:09.000 --> 00:00:10.000\nOm 3 uur: niemand.\n\n"
            + "00:00:11.000 --> 00:00:12.000\nDank u.\n";
    List<Note> cues =
        new Importer(nl, null, f)
            .merge(false)
            .read("o.vtt", "o.vtt", vtt.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    assertEquals(
        List.of("Gerard Kuipers", "Vergeten klant 1", "", "Vergeten klant 1", "", ""),
        cues.stream().map(Note::speaker).toList());
    assertEquals("De monteur kwam niet.", cues.get(3).text());
    assertEquals("Om 3 uur: niemand.", cues.get(4).text());
    assertTrue(
        f.all().stream().noneMatch(x -> x.message().contains("Vergeten klant 1\"")),
        f.all().toString());

    Session en = forgotten("en", "Margaret Hughes", "Forgotten customer 1");
    Findings g = new Findings(Messages.of("en"));
    List<Note> english =
        typed(
            en,
            g,
            "# Round 1",
            "Daniel: The webchat closes at five.",
            "[billing] Forgotten customer 1: My bill went up.",
            "At 5 pm: nobody answered.",
            "Forgotten customer 2: Someone forgotten in another session.",
            "Chapter 11: a sentence.");
    assertEquals(
        List.of("Daniel Osei", "Forgotten customer 1", "Forgotten customer 2"),
        english.stream().map(Note::speaker).toList());
    assertEquals("My bill went up. At 5 pm: nobody answered.", english.get(1).text());
    assertEquals("billing", english.get(1).theme());
    // a pseudonym this session does not have is nobody of it: an unknown speaker, not a guess
    assertEquals("unknown", english.get(2).role());
    assertEquals(
        "Someone forgotten in another session. Chapter 11: a sentence.", english.get(2).text());
    assertTrue(
        g.all().stream()
            .anyMatch(
                x -> x.code().equals("KA610") && x.message().contains("\"Forgotten customer 2\"")),
        g.all().toString());
  }

  @Test
  void onlyTheShapesOfForgetsPseudonymsAreLabelsWithANumber() {
    for (String lang : List.of("nl", "en")) {
      Messages m = Messages.of(lang);
      for (String role : List.of("customer", "staff", "facilitator", "participant")) {
        String pseudonym = m.get("forget.pseudonym." + role, 12);
        assertTrue(Labels.isPseudonym(pseudonym), pseudonym);
        assertTrue(TextNotes.looksLikeNotes(pseudonym + ": words"), pseudonym);
      }
    }
    for (String words : List.of("Om 3 uur", "Klant 1", "Vergeten klant 1 en 2", "Round 2", "14")) {
      assertFalse(Labels.isPseudonym(words), words);
      assertFalse(TextNotes.looksLikeNotes(words + ": words"), words);
    }
    assertFalse(Labels.isPseudonym("Vergeten klant"));
  }
}
