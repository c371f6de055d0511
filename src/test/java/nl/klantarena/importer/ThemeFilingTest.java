package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.SessionLoader;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Session;
import org.junit.jupiter.api.Test;

/** How import files notes under themes: words, stems, compounds and the conversation. */
class ThemeFilingTest {

  static final String PEOPLE_NL =
      """
      klantarena: 1
      title: Klantarena
      organisation: Zuiderlicht Energie
      language: nl
      date: 2027-03-18
      agenda: {start: 18:30}
      participants:
        facilitator: {name: Marloes Verbeek}
        customers:
          - {name: Henk Visser}
          - {name: Sanne de Boer}
          - {name: Ahmed El Amrani}
          - {name: Petra Groen}
        staff:
          - {name: Rick Mulder, department: Klantenservice}
          - {name: Yvonne de Haan, department: Facturatie}
          - {name: Nadia Benali, department: Zonnepanelen}
          - {name: Tim Dekker, department: Digitale kanalen}
      """;

  static final String THEMES_NL =
      """
      themes:
        - id: rekening
          title: De jaarafrekening en het termijnbedrag
          questions:
            - Wat dacht u toen u uw laatste jaarafrekening opende?
          statements:
            - Ik wil liever elke maand betalen wat ik echt verbruik.
          keywords: [voorschot, bijbetalen]
        - id: klantenservice
          title: Contact met de klantenservice
          questions:
            - Hoe neemt u contact met ons op als er iets is?
          keywords: [bellen, telefoon, chat]
        - id: app
          title: De app en de slimme meter
          questions:
            - Wat zou u in de app willen zien over uw verbruik?
          keywords: [app, slimme meter, verbruik]
      """;

  static Session session(String yaml) {
    Findings f = new Findings(Messages.of("en"));
    Session s =
        new SessionLoader(f)
            .parse(yaml.getBytes(StandardCharsets.UTF_8), Path.of("session.yaml"), "session.yaml")
            .orElseThrow(() -> new AssertionError(f.all().toString()));
    assertTrue(!f.hasErrors(), f.all().toString());
    return s;
  }

  static List<Note> file(Session s, boolean continueThemes, String... lines) {
    String text = String.join("\n", lines) + "\n";
    return new Importer(s, null, new Findings(Messages.of("en")))
        .continueThemes(continueThemes)
        .read("t.txt", "t.txt", text.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
  }

  static List<String> themes(List<Note> notes) {
    return notes.stream().map(Note::theme).toList();
  }

  static List<String> ways(List<Note> notes) {
    return notes.stream().map(Note::themeBy).toList();
  }

  private static final Session NL = session(PEOPLE_NL + THEMES_NL);

  /** The theme of one note in round 1, on its own. */
  static String one(Session s, String line) {
    return file(s, true, "# Ronde 1", line).get(0).theme();
  }

  @Test
  void theWordsOfATitleQuestionOrStatementCountButNotTheWordsEverySentenceHas() {
    // "jaarafrekening" is in the title and a question of rekening, "maand" in its statement,
    // "contact" in the title of klantenservice
    assertEquals("rekening", one(NL, "Henk: mijn jaarafrekening was veel te hoog"));
    assertEquals("rekening", one(NL, "Sanne: het gaat per maand"));
    assertEquals("klantenservice", one(NL, "Petra: geen contact gehad"));
    // "hoe", "wat", "elke" and "echt" are in every kind of question and count for nothing
    assertEquals("", one(NL, "Ahmed: hoe wat elke echt"));
    // "verbruik" is a keyword of app, so no weak word of rekening although its statement has it
    assertEquals("app", one(NL, "Henk: mijn verbruik"));
  }

  @Test
  void aKeywordWeighsTwiceAWeakWordAndATieWithoutTheThemeUnderDiscussionIsNoClue() {
    // maand (weak, rekening) against bellen (strong, klantenservice)
    assertEquals("klantenservice", one(NL, "Henk: ik moet elke maand bellen"));
    // chat (klantenservice) against voorschot (rekening), both strong
    assertEquals("", one(NL, "Sanne: de chat en het voorschot"));
    // the same tie, with one of them under discussion
    assertEquals(
        List.of("rekening", "rekening"),
        themes(
            file(
                NL,
                false,
                "# Ronde 1",
                "Marloes: dan het voorschot",
                "Sanne: de chat en het voorschot")));
  }

  @Test
  void keywordsAsOneTextAreAListOfOneAndCommasSeparateThem() {
    String list = "keywords: [bellen, telefoon, chat]";
    // one word without brackets is a list of one, as every list of texts in the session file
    Session one = session(PEOPLE_NL + THEMES_NL.replace(list, "keywords: telefoon"));
    assertEquals(List.of("telefoon"), one.themes().get(1).keywords());
    assertEquals("klantenservice", one(one, "Henk: de telefoon ging maar over"));
    // words typed as a sentence, commas between them, are the keywords they name
    for (String typed :
        List.of("keywords: bellen, telefoon, chat", "keywords: [bellen, 'telefoon,chat']")) {
      Session s = session(PEOPLE_NL + THEMES_NL.replace(list, typed));
      assertEquals(List.of("bellen", "telefoon", "chat"), s.themes().get(1).keywords(), typed);
      assertEquals("klantenservice", one(s, "Sanne: de chat was dicht"), typed);
    }
  }

  @Test
  void dutchWordsAreComparedByTheirStems() {
    assertEquals("app", one(NL, "Henk: we verbruiken veel stroom"));
    assertEquals("rekening", one(NL, "Sanne: de voorschotten gaan omhoog"));
    // a keyword of two words, in the plural
    assertEquals("app", one(NL, "Ahmed: de slimme meters doen het niet"));
  }

  @Test
  void aDutchKeywordFindsTheCompoundsItEndsOrStarts() {
    assertEquals("klantenservice", one(NL, "Henk: ze zouden me terugbellen"));
    assertEquals("klantenservice", one(NL, "Sanne: de telefooncentrale was dicht"));
    assertEquals("rekening", one(NL, "Ahmed: de voorschotbedragen kloppen niet"));
    // app ends kapper, but three letters are too few to tell a compound
    assertEquals("", one(NL, "Petra: ik ging naar de kapper"));
  }

  @Test
  void englishWordsByTheirStemsAndNoCompounds() {
    Session en =
        session(
            """
            klantarena: 1
            title: Arena
            organisation: Harbour Lane Housing
            language: en
            date: 2027-04-22
            agenda: {start: 18:00}
            participants:
              facilitator: {name: Claire Donovan}
              customers: [{name: Brenda Walsh}, {name: Marcus Bell}]
              staff: [{name: Paul Jennings, department: Repairs}, {name: Sam Okafor}]
            themes:
              - id: neighbourhood
                title: Your building and neighbourhood
                questions: [What makes your block a good place to live?]
                keywords: [cleaning, bins]
              - id: rent
                title: Rent and service charges
                questions: [Do you understand what your service charge pays for?]
                keywords: [rent, service charge]
              - id: repairs
                title: Repairs
                questions: [How did your last repair go?]
                keywords: [repair, mould]
            """);
    assertEquals("neighbourhood", one(en, "Brenda: the stairs haven't been cleaned for weeks"));
    assertEquals("neighbourhood", one(en, "Marcus: the bin store is full"));
    // a keyword of two words, in the plural
    assertEquals("rent", one(en, "Brenda: the service charges went up"));
    // English writes no compounds: rent does not end current
    assertEquals("", one(en, "Marcus: the current is off again"));
  }

  @Test
  void theFacilitatorOpensAThemeAndNotesWithoutAClueContinueIt() {
    List<Note> n =
        file(
            NL,
            true,
            "# Ronde 1",
            "Marloes: goedenavond allemaal", // no theme yet: nothing to continue
            "Marloes: dan de klantenservice. Hoe neemt u contact op?",
            "Henk: je hangt twintig minuten in de wacht",
            "Sanne: en dan word je verkeerd doorverbonden",
            "Ahmed: ik moet per maand te veel betalen", // weak words of rekening only
            "Petra: ik belde over mijn voorschot", // a keyword of rekening, in passing
            "Henk: klopt, dat had ik ook", // agrees with the note before
            "Sanne: en niemand die je terugroept", // back on the subject the facilitator opened
            "# Ronde 3",
            "Henk: klopt"); // a new round starts without a theme
    assertEquals(
        List.of(
            "",
            "klantenservice",
            "klantenservice",
            "klantenservice",
            "klantenservice",
            "rekening",
            "rekening",
            "klantenservice",
            ""),
        themes(n));
    assertEquals(
        List.of(
            "",
            "keyword",
            "continuation",
            "continuation",
            "continuation",
            "keyword",
            "continuation",
            "continuation",
            ""),
        ways(n));
  }

  @Test
  void withoutAFacilitatorOrStaffACustomersKeywordChangesTheSubject() {
    // typed notes of the customers only: the note before is all there is to go on
    List<Note> n =
        file(
            NL,
            true,
            "# Ronde 1",
            "Henk: mijn voorschot is verdubbeld",
            "Sanne: bij mij ook",
            "Ahmed: de chat werkt niet",
            "Petra: echt waardeloos",
            "[app] Henk: de app",
            "Sanne: die gebruik ik nooit");
    assertEquals(
        List.of("rekening", "rekening", "klantenservice", "klantenservice", "app", "app"),
        themes(n));
  }

  @Test
  void staffWhoLeadDoNotGoOnWithTheThemeAColleagueOpened() {
    List<Note> n =
        file(
            NL,
            true,
            "# Ronde 3",
            "Rick: we bellen voortaan binnen een dag terug",
            "Rick: en dat gaan we ook meten", // his own theme, continued
            "Yvonne: daar gaan wij ook naar kijken", // Facturatie names no theme here
            "Henk: mooi zo", // answers her, and so has no theme either
            "Rick: de chat blijft open tot tien uur",
            "Henk: daar heb ik wat aan");
    assertEquals(
        List.of("klantenservice", "klantenservice", "", "", "klantenservice", "klantenservice"),
        themes(n));
  }

  @Test
  void aQuestionInRoundTwoAndItsAnswersShareATheme() {
    List<Note> n =
        file(
            NL,
            true,
            "# Ronde 2",
            // the question names its theme; the answer mentions the app, but answers the question
            "Yvonne: wat had u willen weten voordat de jaarafrekening kwam?",
            "Henk: een bericht in de app, halverwege het jaar",
            "Sanne: ja, dat zou fijn zijn",
            // the question names nothing and its asker's department neither: the first answer
            // that names a theme gives it to the question and the other answers
            "Tim: wat zou u daar het liefst zien?",
            "Ahmed: hoe zit het precies",
            "Petra: mijn verbruik per dag",
            "Henk: en per apparaat",
            // what a colleague says next is no answer, and what it says is its own
            "Rick: wij bellen voortaan terug");
    assertEquals(
        List.of("rekening", "rekening", "rekening", "app", "app", "app", "app", "klantenservice"),
        themes(n));
    assertEquals(
        List.of(
            "keyword",
            "continuation",
            "continuation",
            "continuation",
            "continuation",
            "keyword",
            "continuation",
            "keyword"),
        ways(n));
  }

  @Test
  void aStaffMembersNoteWithoutAClueTakesTheThemeTheirDepartmentNames() {
    List<Note> n =
        file(
            NL,
            true,
            "# Ronde 2",
            "Nadia: wat zou u helpen bij de keuze?", // Zonnepanelen names no theme here
            "Rick: hoe wilt u het liefst geholpen worden?", // Klantenservice does
            "Henk: gewoon snel",
            "# Ronde 3",
            "Rick: we gaan het anders doen");
    assertEquals(List.of("", "klantenservice", "klantenservice", "klantenservice"), themes(n));
    assertEquals(List.of("", "department", "continuation", "department"), ways(n));
  }

  @Test
  void withoutContinuingThemesComeFromTagsWordsAndDepartmentsOnly() {
    String[] lines = {
      "# Ronde 2",
      "Yvonne: wat had u willen weten voordat de jaarafrekening kwam?",
      "Henk: een bericht in de app", // its own words
      "Sanne: ja", // nothing
      "Rick: en als wij u terugbellen?",
      "Ahmed: prima",
      "[app] Petra: tag"
    };
    assertEquals(
        List.of("rekening", "app", "", "klantenservice", "", "app"),
        themes(file(NL, false, lines)));
    assertEquals(
        List.of("rekening", "rekening", "rekening", "klantenservice", "klantenservice", "app"),
        themes(file(NL, true, lines)));
    assertEquals(
        List.of("keyword", "keyword", "", "keyword", "", "tag"), ways(file(NL, false, lines)));
  }

  @Test
  void withoutAKnownRoundThereIsNoConversationToFollow() {
    List<Note> n = file(NL, true, "Marloes: dan de app.", "Henk: die gebruik ik nooit");
    assertEquals(List.of("app", ""), themes(n));
  }
}
