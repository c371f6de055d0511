package nl.klantarena.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.finding.SourcePos;
import org.junit.jupiter.api.Test;

/** Names as people and tools write them, each form matched to the one person it names. */
class PeopleTest {

  static Person person(Role role, String name, String email, String... aliases) {
    return new Person(
        role,
        name,
        email,
        "",
        null,
        "",
        true,
        List.of(aliases),
        Origin.at(new SourcePos("session.yaml", 1, 1)));
  }

  static final People PEOPLE =
      People.of(
          List.of(
              person(Role.FACILITATOR, "Joost Hendriks", "joost@example.org"),
              person(Role.CUSTOMER, "Henk de Jong", "henk@example.org"),
              person(Role.CUSTOMER, "Petra van der Berg", ""),
              person(Role.CUSTOMER, "Maximilian Weber", ""),
              person(Role.CUSTOMER, "Ayşe Yıldız", ""),
              person(Role.CUSTOMER, "Søren Østergaard", ""),
              person(Role.CUSTOMER, "Jürgen Weiß", ""),
              person(Role.CUSTOMER, "Mohamed El Amrani", ""),
              person(Role.CUSTOMER, "Anna Jansen-de Vries", ""),
              person(Role.STAFF, "Ruud Zwart", "ruud.zwart@example.com"),
              person(Role.STAFF, "Sanne de Boer", ""),
              person(Role.STAFF, "Bas Visser", ""),
              person(Role.STAFF, "Jan Peter Kok", ""),
              person(Role.STAFF, "Jan Smit", ""),
              person(Role.STAFF, "Esther Bakker", "", "directeur-bestuurder"),
              person(Role.CONTACT, "Marieke van Dijk", "")));

  static String who(String label) {
    Person p = PEOPLE.find(label);
    return p == null ? null : p.name();
  }

  @Test
  void teamsGuestsAndExternals() {
    assertEquals("Henk de Jong", who("Henk de Jong (Guest)"));
    assertEquals("Henk de Jong", who("Henk de Jong (Gast)"));
    assertEquals("Henk de Jong", who("Henk de Jong (Extern)"));
    assertEquals("Henk de Jong", who("Henk de Jong (External)"));
    assertEquals("Henk de Jong", who("Henk de Jong [extern]"));
    assertEquals("Henk de Jong", who("Henk de Jong (Gemeente Utrecht) (Guest)"));
    assertEquals("Henk de Jong", who("Henk de Jong (Unverified)"));
    assertEquals("Henk de Jong", who("Henk de Jong (niet-geverifieerd)"));
    assertEquals("Henk de Jong", who("Henk de Jong External unfamiliar"));
    assertEquals("Henk de Jong", who("H. de Jong (Guest)"));
  }

  @Test
  void directoryNames() {
    assertEquals("Ruud Zwart", who("Zwart, Ruud"));
    assertEquals("Ruud Zwart", who("Zwart, R."));
    assertEquals("Petra van der Berg", who("Berg, P. van der"));
    assertEquals("Petra van der Berg", who("Berg van der, Petra"));
    assertEquals("Henk de Jong", who("Jong, H. de (Extern)"));
    assertEquals("Ruud Zwart", who("Ruud Zwart, Klantenservice"));
  }

  @Test
  void initialsAndTitles() {
    assertEquals("Henk de Jong", who("H. de Jong"));
    assertEquals("Henk de Jong", who("H.de Jong"));
    assertEquals("Henk de Jong", who("dhr. H. de Jong"));
    assertEquals("Henk de Jong", who("de heer De Jong"));
    assertEquals("Henk de Jong", who("meneer de Jong"));
    assertEquals("Petra van der Berg", who("mevr. P. van der Berg"));
    assertEquals("Petra van der Berg", who("mevrouw Van der Berg"));
    assertEquals("Maximilian Weber", who("Dr. Maximilian Weber"));
    assertEquals("Maximilian Weber", who("Dr. M. Weber"));
    assertEquals("Mohamed El Amrani", who("mevrouw El Amrani"));
    assertEquals("Mohamed El Amrani", who("M. el Amrani"));
    assertEquals("Anna Jansen-de Vries", who("mw. A. Jansen-de Vries"));
    assertEquals("Jan Peter Kok", who("J.P. Kok"));
    assertEquals("Jan Peter Kok", who("Jan Kok"));
    assertNull(who("Dr."), "a title alone names nobody");
  }

  @Test
  void lettersAKeyboardOrWindows1252CannotHold() {
    assertEquals("Ayşe Yıldız", who("Ayse Yildiz"));
    assertEquals("Ayşe Yıldız", who("AYSE YILDIZ"));
    assertEquals("Søren Østergaard", who("Soren Ostergaard"));
    assertEquals("Søren Østergaard", who("Soeren Oestergaard"));
    assertEquals("Jürgen Weiß", who("Jurgen Weiss"));
    assertEquals("Jürgen Weiß", who("Juergen Weiss"));
    assertEquals("Jürgen Weiß", who("JÜRGEN WEISS"));
  }

  @Test
  void aUniqueFirstNameAndASurnameWithItsParticles() {
    assertEquals("Sanne de Boer", who("sanne"));
    assertEquals("Bas Visser", who("Bas"));
    assertEquals("Bas Visser", who("Visser"));
    assertEquals("Sanne de Boer", who("De Boer"));
    assertEquals("Esther Bakker", who("directeur-bestuurder"));
    assertNull(who("Boer"), "a surname is not found without its particle");
  }

  @Test
  void aFirstNameTwoPeopleShareGivesBothAsCandidates() {
    People.Match m = PEOPLE.match("Jan");
    assertFalse(m.found());
    assertTrue(m.ambiguous());
    assertEquals("Jan Peter Kok, Jan Smit", People.names(m.candidates()));
    assertEquals("Jan Smit", who("J. Smit"));
  }

  @Test
  void twoPeopleOfOneNameToldApartInBrackets() {
    People two =
        People.of(
            List.of(
                person(Role.STAFF, "Jan Bakker", ""),
                person(Role.STAFF, "Jan Bakker (Facturatie)", "")));
    assertEquals("Jan Bakker", two.find("Jan Bakker").name());
    assertEquals("Jan Bakker (Facturatie)", two.find("jan bakker (facturatie)").name());
    assertEquals(2, two.match("J. Bakker").candidates().size());
  }

  @Test
  void anEmailAddressFindsItsPerson() {
    assertEquals("Ruud Zwart", who("ruud.zwart@example.com"));
    assertEquals("Henk de Jong", who("Henk de Jong <HENK@example.org>"));
    assertEquals("Henk de Jong", who("H. de Jong <henk@example.org>"));
  }

  @Test
  void aNameThatMatchesNobodyGetsTheNearestFullName() {
    assertNull(PEOPLE.find("Sane"));
    assertEquals("Sanne de Boer", PEOPLE.suggest("Sane"));
    assertEquals("Maximilian Weber", PEOPLE.suggest("Maximillian Webber"));
    assertEquals("Ruud Zwart", PEOPLE.suggest("meneer Zwaart"));
    assertNull(PEOPLE.suggest("Someone Else"));
  }

  @Test
  void speakersThatAreNoNameStayUnmatched() {
    for (String label : List.of("Speaker 1", "Spreker 2", "?", "", "   ", "(Guest)", "de"))
      assertNull(who(label), label);
  }

  @Test
  void namesComeApartIntoGivenNamesAndSurname() {
    assertEquals(
        new People.Parts(List.of("petra"), List.of("van", "der", "berg")),
        People.split("Petra van der Berg"));
    assertEquals(List.of("berg"), People.split("Petra van der Berg").core());
    assertEquals(
        new People.Parts(List.of("anna"), List.of("jansen", "de", "vries")),
        People.split("Anna Jansen-de Vries"));
    assertEquals(
        new People.Parts(List.of("jan", "peter"), List.of("kok")), People.split("Jan Peter Kok"));
    assertEquals(new People.Parts(List.of("esther"), List.of()), People.split("Esther"));
  }

  @Test
  void everyLabelIsAnsweredQuicklyAndTheSameWayTwice() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 2000; i++) labels.add("Onbekende " + i);
    for (String l : labels) assertNull(PEOPLE.find(l));
    assertEquals(PEOPLE.match("H. de Jong"), PEOPLE.match("H. de Jong"));
  }
}
