package nl.klantarena.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each reader finds in the text written for them: a customer what they need to come (and to
 * say they cannot), a staff member when to arrive and how to behave, the facilitator what to tell
 * the customers at the end. The golden files hold the whole texts; these tests name what matters.
 */
class InviteTextsTest {

  @TempDir Path dir;

  private Path invite(String session, String... more) {
    Path out = dir.resolve("out-" + Math.abs(session.hashCode()) + more.length);
    String[] args = new String[4 + more.length + 2];
    args[0] = "invite";
    args[1] = session;
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    args[4 + more.length] = "--today";
    args[5 + more.length] = "2026-09-01";
    var r = CliRun.inProject().run(args);
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
    return out;
  }

  private static String read(Path p) throws Exception {
    return Files.readString(p);
  }

  /** The description of the calendar event in {@code ics}, as a calendar shows it. */
  private static VEvent event(Path ics) throws Exception {
    return Biweekly.parse(Files.readString(ics)).first().getEvents().get(0);
  }

  @Test
  void aCustomerFindsWhenWhereHowToGetThereWhoComesAndHowToReplyOrCancel() throws Exception {
    Path out = invite("examples/nl/session.yaml");
    String fatima = read(out.resolve("customer-fatima-ouali.txt"));
    assertTrue(fatima.contains("\nBeste mevrouw Ouali,\n"), fatima);
    assertTrue(
        fatima.contains("Tijd:   15.00 tot 18.35 uur, daarna een borrel tot 19.20 uur"), fatima);
    assertTrue(fatima.contains("Zo komt u er: Bus 4 vanaf station Amersfoort"), fatima);
    assertTrue(fatima.contains("Toegankelijkheid: Het buurthuis is gelijkvloers"), fatima);
    assertTrue(
        fatima.contains(
            "U zit met zes andere klanten in een kring, samen met gespreksleider Joost Hendriks,"
                + " die niet voor Woonstichting Het Baken werkt en het gesprek onafhankelijk"
                + " leidt."),
        fatima);
    assertTrue(
        fatima.contains(
            "In een tweede kring om u heen zitten acht medewerkers van Woonstichting Het Baken,"
                + " onder wie Esther Bakker (Bestuur)."),
        fatima);
    assertTrue(
        fatima.contains(
            "Uiterlijk dinsdag 15 december 2026 laten we u weten wat we met uw inbreng hebben"
                + " gedaan, via een brief en een bijeenkomst in het buurthuis."),
        fatima);
    assertTrue(fatima.contains("vóór donderdag 1 oktober 2026 laten weten of u komt"), fatima);
    assertTrue(fatima.contains("of bellen met Marieke van Dijk: 033 460 12 34"), fatima);
    assertTrue(
        fatima.contains("Kunt u toch niet komen, laat het ons dan zo snel mogelijk"), fatima);
    // the example is recorded: the paragraph on it comes once, before food and drink
    assertEquals(1, fatima.split("\nOpname\n", -1).length - 1, fatima);
    assertTrue(fatima.indexOf("\nOpname\n") < fatima.indexOf("\nEten en drinken\n"), fatima);
    String yaml = Files.readString(Path.of("examples/nl/session.yaml"));
    Path unrecorded = dir.resolve("zonder-opname/session.yaml");
    Files.createDirectories(unrecorded.getParent());
    Files.writeString(unrecorded, yaml.substring(0, yaml.indexOf("\nrecording:\n") + 1));
    String silent = read(invite(unrecorded.toString()).resolve("customer-fatima-ouali.txt"));
    assertFalse(silent.contains("Opname"), "no recording section, no word about one");
    assertFalse(fatima.contains(":00"), "Dutch times are written 15.00");
    // another customer, without a title among the aliases: the full name
    assertTrue(read(out.resolve("customer-eline-bos.txt")).contains("\nBeste Eline Bos,\n"));
    String cal = event(out.resolve("customer-fatima-ouali.ics")).getDescription().getValue();
    assertTrue(cal.contains("Vragen, of kunt u niet komen?"), cal);

    Path en = invite("examples/en/session.yaml");
    String hughes = read(en.resolve("customer-margaret-hughes.txt"));
    assertTrue(hughes.startsWith("Subject: Invitation to Westmoor Water's customer arena on"));
    assertTrue(hughes.contains("\nDear Mrs Hughes,\n"), hughes);
    assertTrue(hughes.contains("You will sit in a circle with five other customers"), hughes);
    assertTrue(hughes.contains("Broadly, we will talk about:"), hughes);
    assertTrue(hughes.contains("dietary requirements"), hughes);
    assertTrue(hughes.contains("what we have done with your feedback"), hughes);
    assertTrue(hughes.contains("including Peter Lowe (Executive board)"), hughes);
    assertTrue(hughes.contains("or call Rachel Okafor on 01434 600 123"), hughes);
  }

  @Test
  void staffArriveEarlierPrepareKeepTheirPhonesAwayAndHandInTheirNotes() throws Exception {
    Path out = invite("examples/nl/session.yaml");
    String esther = read(out.resolve("staff-esther-bakker.txt"));
    assertTrue(esther.contains("\nBeste Esther,\n"), esther);
    assertTrue(esther.contains("Je bent erbij namens Bestuur."), esther);
    assertTrue(
        esther.contains(
            "De zeven klanten zitten met gespreksleider Joost Hendriks in de binnenring; acht"
                + " medewerkers, onder wie jij, zitten in een kring om hen heen."),
        esther);
    assertTrue(esther.contains("geen welles-nietesdiscussies"), esther);
    assertFalse(esther.contains("ja-nee"), esther);
    assertTrue(
        esther.contains("Wees er om 14.30 uur, een half uur voordat de klanten komen."), esther);
    assertTrue(
        esther.contains("Op donderdag 8 oktober 2026 bereiden we ons samen voor, van 16.00 tot"),
        esther);
    assertTrue(esther.contains("Zet je telefoon uit of op stil"), esther);
    assertTrue(esther.contains("Lever je aantekeningen na afloop in bij Marieke van Dijk."));
    VEvent e = event(out.resolve("staff-esther-bakker.ics"));
    assertEquals(Instant.parse("2026-10-15T12:30:00Z"), e.getDateStart().getValue().toInstant());
    String cal = e.getDescription().getValue();
    assertTrue(cal.contains("Vragen, of kun je niet komen?"), cal);
    assertTrue(cal.contains("Wees er om 14.30 uur; de klanten komen om 15.00 uur."), cal);
    assertFalse(cal.contains(" u "), "staff are not addressed as u: " + cal);
    VEvent prep = event(out.resolve("staff-esther-bakker-preparation.ics"));
    assertEquals(Instant.parse("2026-10-08T14:00:00Z"), prep.getDateStart().getValue().toInstant());

    Path en = invite("examples/en/session.yaml");
    String peter = read(en.resolve("staff-peter-lowe.txt"));
    assertTrue(peter.contains("You will be there representing the Executive board."), peter);
    assertTrue(peter.contains("Westmoor Water is holding a customer arena"), peter);
    assertTrue(peter.contains("no back-and-forth arguments"), peter);
    assertFalse(peter.contains("yes-no"), peter);
    assertTrue(peter.startsWith("Subject: Customer arena on Thursday 5 November 2026"), peter);
  }

  @Test
  void theFacilitatorGetsTheRulesAboutStaffAndWhatToAnnounceAtTheEnd() throws Exception {
    Path out = invite("examples/nl/session.yaml");
    String joost = read(out.resolve("facilitator-joost-hendriks.txt"));
    assertTrue(joost.contains("Medewerkers zeggen niets"), joost);
    assertFalse(joost.contains("Jij zegt niets"), joost);
    assertTrue(
        joost.contains(
            "Sluit ronde 3 af met de belofte aan de klanten: zij horen uiterlijk dinsdag 15"
                + " december 2026 wat er met hun inbreng is gedaan, via een brief en een"
                + " bijeenkomst in het buurthuis."),
        joost);
    assertTrue(joost.contains("De medewerkers zijn er om 14.30 uur"), joost);
    String cal = event(out.resolve("facilitator-joost-hendriks.ics")).getDescription().getValue();
    assertTrue(cal.contains("kun je niet komen?"), cal);

    Path en = invite("examples/en/session.yaml");
    String graham = read(en.resolve("facilitator-graham-pike.txt"));
    assertTrue(graham.contains("Staff say nothing"), graham);
    assertFalse(graham.contains("You say nothing"), graham);
    assertTrue(graham.contains("Close round 3 with the promise to the customers"), graham);
  }

  static final String SMALL =
      """
      klantarena: 1
      title: Klantarena voorjaar
      organisation: Voorbeeld Energie
      date: 2026-10-15
      location: {name: Zaal De Ring}
      contact: {name: Petra Jansen, email: petra@voorbeeld.nl}
      participants:
        facilitator: {name: Frans de Wit, email: frans@voorbeeld.nl, external: false}
        customers:
          - {name: Anna de Vries, email: anna@example.nl, experience: negative}
          - {name: Bram Peters, email: bram@example.nl, experience: positive}
          - {name: Chantal Smit, email: chantal@example.nl, experience: neutral}
          - {name: Dirk Visser, email: dirk@example.nl, experience: negative}
        staff:
          - {name: Jan Bakker, email: jan@voorbeeld.nl}
          - {name: Sanne Mulder, email: sanne@voorbeeld.nl}
          - {name: Ahmed El Amrani, email: ahmed@voorbeeld.nl}
          - {name: Lotte de Boer, email: lotte@voorbeeld.nl}
      themes: [{id: a, title: Bereikbaarheid, questions: [Hoe bereikt u ons?]}]
      agenda: {start: 15:00, staff_arrival: 0}
      feedback: {due: 2026-12-15}
      """;

  @Test
  void whatTheSessionDoesNotGiveTheTextDoesNotClaim() throws Exception {
    Path f = dir.resolve("small/session.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, SMALL);
    var r =
        CliRun.in(dir).run("invite", "small/session.yaml", "--out", "out", "--today", "2026-09-01");
    assertEquals(0, r.exit(), r.toString());
    String anna = read(dir.resolve("out/customer-anna-de-vries.txt"));
    assertFalse(anna.contains("onafhankelijk"), "an internal facilitator is not independent");
    assertFalse(anna.contains("bellen"), "no phone number, no call");
    assertFalse(anna.contains("Zo komt u er"), anna);
    assertFalse(anna.contains("onder wie"), "no director among the staff");
    assertTrue(anna.contains("drie andere klanten"), anna);
    assertTrue(anna.contains("Uiterlijk dinsdag 15 december 2026 laten we u weten"), anna);
    assertFalse(anna.contains(" via"), "no channel, no via: " + anna);
    String jan = read(dir.resolve("out/staff-jan-bakker.txt"));
    assertTrue(jan.contains("Wees er om 15.00 uur, als de klanten binnenkomen"), jan);
    assertFalse(jan.contains("Voorbereiding"), "no preparation: " + jan);
    assertFalse(Files.exists(dir.resolve("out/staff-jan-bakker-preparation.ics")));
    assertEquals(
        Instant.parse("2026-10-15T13:00:00Z"),
        event(dir.resolve("out/staff-jan-bakker.ics")).getDateStart().getValue().toInstant(),
        "staff_arrival: 0 starts with the customers");
  }

  @Test
  void invitationsForASessionAlreadyHeldAreAWarning() throws Exception {
    Path f = dir.resolve("held/session.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, SMALL);
    var r = CliRun.in(dir).run("invite", "held/session.yaml", "--today", "2026-10-16");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "held/session.yaml:4:7: warning[KA708]: the klantarena of 2026-10-15 has already"
                    + " been held (today is 2026-10-16)"),
        r.toString());
    var strict =
        CliRun.in(dir)
            .run(
                "invite",
                "held/session.yaml",
                "--today",
                "2026-10-16",
                "--strict",
                "--out",
                "strict");
    assertEquals(1, strict.exit(), strict.toString());
    assertFalse(Files.exists(dir.resolve("strict")), "nothing written under --strict");
    // on the day itself, and before it, nothing to say
    var onTheDay = CliRun.in(dir).run("invite", "held/session.yaml", "--today", "2026-10-15");
    assertFalse(onTheDay.err().contains("KA708"), onTheDay.toString());
  }

  @Test
  void aReplyByDateAlreadyPastIsAWarning() throws Exception {
    Path f = dir.resolve("late/session.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, SMALL);
    // two weeks before the session is 2026-10-01
    var r = CliRun.in(dir).run("invite", "late/session.yaml", "--today", "2026-10-05");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "warning[KA707]: the invitation asks customers to reply by 2026-10-01, but today"
                    + " is already 2026-10-05"),
        r.toString());
    // staff alone are not asked to reply by a date
    var staff =
        CliRun.in(dir)
            .run("invite", "late/session.yaml", "--today", "2026-10-05", "--only", "staff");
    assertFalse(staff.err().contains("KA707"), staff.toString());
    // a reply_by still to come is used in the text
    Files.writeString(f, SMALL + "reply_by: 2026-10-09\n");
    var later =
        CliRun.in(dir)
            .run("invite", "late/session.yaml", "--today", "2026-10-05", "--out", "later");
    assertFalse(later.err().contains("KA707"), later.toString());
    assertTrue(
        read(dir.resolve("later/customer-anna-de-vries.txt"))
            .contains("vóór vrijdag 9 oktober 2026"));
  }
}
