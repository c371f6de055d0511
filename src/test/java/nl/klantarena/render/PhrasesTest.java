package nl.klantarena.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import nl.klantarena.session.Lang;
import org.junit.jupiter.api.Test;

/** Numbers, times and small phrases as running text writes them in each language. */
class PhrasesTest {

  @Test
  void numbersUnderTwentyInWordsWithTheirNounInTheRightForm() {
    assertEquals("zeven klanten", Numbers.counted(7, "klant", "klanten", Lang.NL));
    assertEquals("één klant", Numbers.counted(1, "klant", "klanten", Lang.NL));
    assertEquals("negentien klanten", Numbers.counted(19, "klant", "klanten", Lang.NL));
    assertEquals("24 klanten", Numbers.counted(24, "klant", "klanten", Lang.NL));
    assertEquals(
        "six members of staff", Numbers.counted(6, "member of staff", "members of staff", Lang.EN));
    assertEquals("one customer", Numbers.counted(1, "customer", "customers", Lang.EN));
  }

  @Test
  void dutchTimesWithAFullStopEnglishWithAColon() {
    assertEquals("15.00", Dates.clock(LocalTime.of(15, 0), Lang.NL));
    assertEquals("9.30", Dates.clock(LocalTime.of(9, 30), Lang.NL));
    assertEquals("09:30", Dates.clock(LocalTime.of(9, 30), Lang.EN));
    assertEquals("15.00–16.15", Dates.span(LocalTime.of(15, 0), LocalTime.of(16, 15), Lang.NL));
    assertEquals("15:30", Dates.time(LocalTime.of(15, 30)), "machines keep HH:mm");
  }

  @Test
  void theChannelAfterTheDate() {
    assertEquals("via de nieuwsbrief", Phrases.channel("de nieuwsbrief", Lang.NL));
    assertEquals("via e-mail", Phrases.channel("e-mail", Lang.NL));
    assertEquals("in de nieuwsbrief", Phrases.channel("in de nieuwsbrief", Lang.NL));
    assertEquals("by e-mail", Phrases.channel("e-mail", Lang.EN));
    assertEquals("at a meeting", Phrases.channel("at a meeting", Lang.EN));
    assertEquals("", Phrases.channel("", Lang.NL));
  }

  @Test
  void minutesAsPeopleSayThem() {
    assertEquals("een half uur", Phrases.minutes(30, Lang.NL));
    assertEquals("een kwartier", Phrases.minutes(15, Lang.NL));
    assertEquals("anderhalf uur", Phrases.minutes(90, Lang.NL));
    assertEquals("twee uur", Phrases.minutes(120, Lang.NL));
    assertEquals("tien minuten", Phrases.minutes(10, Lang.NL));
    assertEquals("20 minuten", Phrases.minutes(20, Lang.NL));
    assertEquals("half an hour", Phrases.minutes(30, Lang.EN));
    assertEquals("one minute", Phrases.minutes(1, Lang.EN));
  }

  @Test
  void departmentsAfterRepresentingAndListsOfNames() {
    assertEquals("Bestuur", Phrases.representing("Bestuur", Lang.NL));
    assertEquals("the Executive board", Phrases.representing("Executive board", Lang.EN));
    assertEquals("Billing", Phrases.representing("Billing", Lang.EN));
    assertEquals(
        "the Vulnerable customers team",
        Phrases.representing("Vulnerable customers team", Lang.EN));
    assertEquals("A, B en C", Phrases.list(List.of("A", "B", "C"), Lang.NL));
    assertEquals("A and B", Phrases.list(List.of("A", "B"), Lang.EN));
  }
}
