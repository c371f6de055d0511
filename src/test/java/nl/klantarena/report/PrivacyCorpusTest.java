package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.SessionLoader;
import nl.klantarena.session.Mentions;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letter to customers names no one: a corpus of sentences in both languages, each with what the
 * letter must make of it. Names in their many written forms become the customer's one pseudonym;
 * ordinary words that equal a name stay as they are.
 */
class PrivacyCorpusTest {

  static final String NL =
      """
      klantarena: 1
      title: Klantarena
      organisation: Voorbeeld
      language: nl
      date: 2026-10-15
      participants:
        facilitator: {name: Joost Hendriks}
        customers:
          - {name: Henk Hendriks, aliases: [Henk]}
          - {name: Johan Visser}
          - {name: Samira El Amrani}
          - {name: Ton Verbeek}
          - {name: Ben Smit}
          - {name: Petra van der Berg}
          - {name: Wilma de Graaf}
          - {name: Hüseyin Yılmaz}
          - {name: Anna de Vries, aliases: [Anna]}
          - {name: Jan Peter Bos}
        staff:
          - {name: Esther Bakker}
          - {name: Ruud Zwart}
      """;

  static final String EN =
      """
      klantarena: 1
      title: Arena
      organisation: Example
      language: en
      date: 2026-10-15
      participants:
        facilitator: {name: Graham Pike}
        customers:
          - {name: Margaret Hughes, aliases: [Mrs Hughes]}
          - {name: Will Turner}
          - {name: Mark Stone}
          - {name: Grace O'Brien}
          - {name: Daniel Osei, aliases: [Dan]}
          - {name: Sue Marsh, aliases: [Sue]}
          - {name: Ben Parker}
        staff:
          - {name: Helen Marsh}
      """;

  static Session session(String yaml) {
    Findings f = new Findings(Messages.of("en"));
    return new SessionLoader(f)
        .parse(yaml.getBytes(StandardCharsets.UTF_8), null, "session.yaml")
        .orElseThrow();
  }

  static Privacy letter(String yaml, String prefix) {
    return new Privacy(session(yaml), true, prefix, "[e-mail]", "[telefoon]");
  }

  static final Privacy NL_LETTER = letter(NL, "klant");
  static final Privacy EN_LETTER = letter(EN, "customer");

  /** Sentences that name a customer, and the letter's sentence. */
  static Stream<Arguments> names() {
    return Stream.of(
        nl("Meneer Visser belde drie keer.", "Klant B belde drie keer."),
        nl("Ik sprak mevrouw El Amrani na afloop.", "Ik sprak klant C na afloop."),
        nl("Dat was Hendriks' punt.", "Dat was klant A's punt."),
        nl("Daarna zei hénk dat ook.", "Daarna zei klant A dat ook."),
        nl("Volgens Henk Hendriks duurt het te lang.", "Volgens klant A duurt het te lang."),
        nl("HENK HENDRIKS heeft gelijk.", "Klant A heeft gelijk."),
        nl("Ton had gelijk over de monteur.", "Klant D had gelijk over de monteur."),
        nl("Ik ben het met Ben eens.", "Ik ben het met klant E eens."),
        nl("Ben vond de app lastig.", "Klant E vond de app lastig."),
        nl("mevr. P. van der Berg kreeg geen antwoord.", "Klant F kreeg geen antwoord."),
        nl("Volgens mevrouw Van der Berg klopt dat niet.", "Volgens klant F klopt dat niet."),
        nl("De Graaf woont in de seniorenflat.", "Klant G woont in de seniorenflat."),
        nl("Wilma's buren hebben dezelfde klacht.", "Klant G's buren hebben dezelfde klacht."),
        nl("Huseyin Yilmaz wacht al weken.", "Klant H wacht al weken."),
        nl("Net als Yılmaz vind ik het te duur.", "Net als klant H vind ik het te duur."),
        nl("Anna’s lekkage is nooit verholpen.", "Klant I’s lekkage is nooit verholpen."),
        nl("Ik zat naast anna.", "Ik zat naast klant I."),
        nl("Jan Bos heeft een vraag.", "Klant J heeft een vraag."),
        nl("De heer Bos was er ook.", "Klant J was er ook."),
        nl("Toen stuurde dhr. J.P. Bos een mail.", "Toen stuurde klant J een mail."),
        nl("Johans fiets stond buiten.", "Klant B's fiets stond buiten."),
        nl("Meneer visser had geen tijd.", "Klant B had geen tijd."),
        nl("Ook Samira El Amrani en Petra van der Berg.", "Ook klant C en klant F."),
        nl("„Ton, kom even kijken”, zei ze.", "„Klant D, kom even kijken”, zei ze."),
        en("Mrs Hughes told us about the leak.", "Customer A told us about the leak."),
        en("I agree with margaret hughes.", "I agree with customer A."),
        en("Will said the bill was wrong.", "Customer B said the bill was wrong."),
        en("Ask Turner about the meter.", "Ask customer B about the meter."),
        en("Mr. O'Brien waited an hour.", "Customer D waited an hour."),
        en("Grace's bill doubled.", "Customer D's bill doubled."),
        en("Daniel Osei's bakery lost a batch.", "Customer E's bakery lost a batch."),
        en("Hughes' neighbour called first.", "Customer A's neighbour called first."),
        en("Stone said nobody called.", "Customer C said nobody called."),
        en("Sue asked for large print.", "Customer F asked for large print."),
        en("Ask Dan about it.", "Ask customer E about it."),
        en("Dr. M. Stone agreed.", "Customer C agreed."));
  }

  /** Sentences with ordinary words that equal a customer's name: the letter leaves them alone. */
  static Stream<Arguments> words() {
    return Stream.of(
        nl("Het kost een ton per jaar."),
        nl("Ik ben tevreden over de monteur."),
        nl("Ben je tevreden over de app?"),
        nl("De visser in de haven heeft geen last."),
        nl("We wandelen graag in het bos."),
        nl("De graaf van Holland woonde hier."),
        nl("Wij wonen aan de voet van de berg."),
        nl("Johannes kwam later."),
        nl("De hendriks-methode werkt niet."),
        nl("Bij de bakker om de hoek is het druk."),
        nl("Jan en alleman belt de klantenservice."),
        nl("Het is een smit van beroep."),
        nl("Ruud Zwart legde uit hoe het werkt."),
        en("Will you call me back?"),
        en("I will sue if it happens again."),
        en("Mark the date in your diary."),
        en("The stone wall by the marsh flooded."),
        en("Saying grace before dinner is a tradition."),
        en("We paid the bill in full."),
        en("Tomorrow the turner repairs the lathe."),
        en("Helen Marsh explained the new meter."),
        en("The mark on the wall is from the leak."));
  }

  static Arguments nl(String in, String out) {
    return Arguments.of(NL_LETTER, in, out);
  }

  static Arguments nl(String same) {
    return Arguments.of(NL_LETTER, same, same);
  }

  static Arguments en(String in, String out) {
    return Arguments.of(EN_LETTER, in, out);
  }

  static Arguments en(String same) {
    return Arguments.of(EN_LETTER, same, same);
  }

  @ParameterizedTest
  @MethodSource("names")
  void noNameIsLeft(Privacy letter, String sentence, String expected) {
    assertEquals(expected, letter.text(sentence));
  }

  @ParameterizedTest
  @MethodSource("words")
  void noOrdinaryWordIsTouched(Privacy letter, String sentence, String same) {
    assertEquals(same, letter.text(sentence));
  }

  @Test
  void theCorpusHoldsAtLeastFortySentencesInBothLanguages() {
    List<Arguments> all = new ArrayList<>(names().toList());
    all.addAll(words().toList());
    assertTrue(all.size() >= 40, "sentences: " + all.size());
    assertTrue(all.stream().filter(a -> a.get()[0] == NL_LETTER).count() >= 20);
    assertTrue(all.stream().filter(a -> a.get()[0] == EN_LETTER).count() >= 20);
  }

  /**
   * Whatever form a name takes, no word of a customer's name is left in what the letter says: not
   * with a capital, and not in lower case unless it is also an ordinary word ("ik ben").
   */
  @Test
  void noWordOfACustomersNameSurvivesInTheNamedSentences() {
    for (Arguments a : names().toList()) {
      Privacy letter = (Privacy) a.get()[0];
      Session s = letter == NL_LETTER ? session(NL) : session(EN);
      String out = letter.text((String) a.get()[1]);
      for (String word : out.split("[^\\p{L}]+")) {
        if (word.isEmpty()) continue;
        boolean capital = Character.isUpperCase(word.charAt(0));
        if (!capital && Mentions.ordinaryWord(word)) continue;
        for (Person c : s.customers()) {
          List<String> name = People.words(c.name());
          name.removeAll(List.of("van", "der", "de", "el", "o"));
          assertFalse(name.containsAll(People.words(word)), word + " left in " + out);
        }
      }
    }
  }

  @Test
  void aCustomerKeepsOnePseudonymThroughout() {
    assertEquals(
        "Klant A zei het eerst; later zei klant A, en ook klant A's buurman, hetzelfde.",
        NL_LETTER.text(
            "Henk zei het eerst; later zei meneer Hendriks, en ook Hendriks' buurman, hetzelfde."));
    assertEquals("klant A", NL_LETTER.pseudonym("Hendriks, Henk (Gast)"));
    assertEquals("klant H", NL_LETTER.pseudonym("Huseyin Yilmaz"));
    assertEquals(null, NL_LETTER.pseudonym("Esther Bakker"), "staff have no pseudonym");
  }

  @Test
  void aFirstNameTwoCustomersShareGivesBothLetters() {
    Privacy p =
        letter(
            NL.replace("{name: Ton Verbeek}", "{name: Henk Verbeek}")
                .replace("aliases: [Henk]", "aliases: []"),
            "klant");
    assertEquals("Dat zei klant A/D.", p.text("Dat zei Henk."));
    assertEquals("Dat zei klant D.", p.text("Dat zei Henk Verbeek."));
  }

  @Test
  void initialsOfSomeoneElseAreNotTheCustomer() {
    assertEquals("Dat zei H. de Graaf.", NL_LETTER.text("Dat zei H. de Graaf."));
    assertEquals("Dat zei klant G.", NL_LETTER.text("Dat zei W. de Graaf."));
  }
}
