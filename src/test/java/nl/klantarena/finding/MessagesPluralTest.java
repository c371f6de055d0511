package nl.klantarena.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code {0|singular|plural}} in a message: "1 notitie", "2 notities". */
class MessagesPluralTest {

  @Test
  void theSingularForOneThePluralOtherwise() {
    String t = "{0} {0|notitie|notities}, {1} {1|stond|stonden} er al";
    assertEquals("1 notitie, 2 stonden er al", Messages.fill(t, 1, 2));
    assertEquals("0 notities, 1 stond er al", Messages.fill(t, 0, 1));
    assertEquals("1 note", Messages.fill("{0} {0|note|notes}", "1"));
  }

  @Test
  void theBundlesUseIt() {
    Messages nl = Messages.of("nl");
    assertEquals("1 klant; een klantgroep werkt het best met 4 tot 15", nl.get("KA205.message", 1));
    assertEquals(
        "t.vtt: 1 notitie toegevoegd, 1 bijgewerkt, 2 ongewijzigd; 4 in totaal",
        nl.get("import.summary.written", "t.vtt", 1, 1, 2, 4));
    Messages en = Messages.of("en");
    assertEquals(
        "3 customers; a customer group works best with 4 to 15", en.get("KA205.message", 3));
  }
}
