package nl.klantarena.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.klantarena.testing.CliRun;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every calendar file, read back with a real iCalendar parser (biweekly). */
class InviteCalendarTest {

  @Test
  void everyCalendarIsAValidRequestForOneSharedEvent(@TempDir Path dir) throws Exception {
    Path src = Path.of("src/test/resources/invite/nl/voorjaar-2026/session.yaml");
    Path f = dir.resolve("voorjaar-2026/session.yaml");
    Files.createDirectories(f.getParent());
    // with the staff's preparation meeting, which staff and the facilitator get a calendar for
    Files.writeString(
        f,
        Files.readString(src)
            + "preparation: {date: 2026-04-09, start: 16:00, minutes: 90, place: Zaal 2}\n");
    var r =
        CliRun.in(dir)
            .run(
                "invite",
                "voorjaar-2026/session.yaml",
                "--out",
                "out",
                "--sequence",
                "2",
                "--today",
                "2026-03-01");
    assertEquals(0, r.exit(), r.toString());
    Path out = dir.resolve("out");
    List<CSVRecord> rows = InviteCommandTest.csv(out.resolve("invitations.csv"));
    assertEquals(9, rows.size());
    Set<String> uids = new HashSet<>();
    for (CSVRecord row : rows) {
      String name = row.get("calendar_file");
      byte[] bytes = Files.readAllBytes(out.resolve(name));
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (String line : text.split("\r\n")) {
        assertTrue(
            line.getBytes(StandardCharsets.UTF_8).length <= 75,
            name + ": line longer than 75 octets: " + line);
      }
      assertTrue(
          text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"),
          name + ": lines end in CRLF");

      List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
      ICalendar ical = Biweekly.parse(text).warnings(warnings).first();
      assertNotNull(ical, name);
      assertTrue(warnings.stream().allMatch(List::isEmpty), name + ": " + warnings);
      var validation = ical.validate(ICalVersion.V2_0);
      assertTrue(validation.isEmpty(), name + ": " + validation);

      assertEquals("REQUEST", ical.getMethod().getValue(), name);
      assertEquals(1, ical.getEvents().size(), name);
      VEvent e = ical.getEvents().get(0);
      uids.add(e.getUid().getValue());
      assertEquals(2, e.getSequence().getValue(), name);
      assertEquals("Klantarena zakelijke klanten, voorjaar 2026", e.getSummary().getValue());
      assertEquals("Zaal De Ring, Stationsplein 1, 3511 AB Utrecht", e.getLocation().getValue());
      assertTrue(
          e.getDescription().getValue().contains("Petra Jansen")
              && e.getDescription().getValue().contains("petra.jansen@voorbeeld.nl"),
          e.getDescription().getValue());

      // 15:00 to 19:30 (drinks included) in Amsterdam summer time; staff and the facilitator
      // half an hour earlier, when they are to arrive
      boolean customer = row.get("role").equals("customer");
      assertEquals(
          Instant.parse(customer ? "2026-04-16T13:00:00Z" : "2026-04-16T12:30:00Z"),
          e.getDateStart().getValue().toInstant(),
          name);
      assertEquals(
          Instant.parse("2026-04-16T17:30:00Z"), e.getDateEnd().getValue().toInstant(), name);
      var tz = ical.getTimezoneInfo().getTimezone(e.getDateStart());
      assertNotNull(tz, name + ": DTSTART has a TZID with a VTIMEZONE");
      assertEquals("Europe/Amsterdam", tz.getComponent().getTimezoneId().getValue());

      assertEquals("petra.jansen@voorbeeld.nl", e.getOrganizer().getEmail());
      assertEquals("Petra Jansen", e.getOrganizer().getCommonName());
      assertEquals(1, e.getAttendees().size(), name);
      Attendee a = e.getAttendees().get(0);
      assertEquals(row.get("email"), a.getEmail(), name);
      assertEquals(row.get("name"), a.getCommonName(), name);
      assertEquals(Boolean.TRUE, a.getRsvp(), name);
      String role = row.get("role").equals("facilitator") ? "CHAIR" : "REQ-PARTICIPANT";
      assertTrue(
          text.replace("\r\n ", "").contains("ROLE=" + role),
          name + ": ROLE=" + role + "\n" + text);
      if (role.equals("CHAIR")) assertEquals(biweekly.parameter.Role.CHAIR, a.getRole());
      else
        assertEquals(
            biweekly.parameter.ParticipationLevel.REQUIRED, a.getParticipationLevel(), name);
    }
    assertEquals(1, uids.size(), "one UID for everyone in the session: " + uids);

    // the preparation: a calendar of its own for staff and the facilitator, none for customers
    Set<String> prepUids = new HashSet<>();
    for (CSVRecord row : rows) {
      String name = row.get("preparation_file");
      if (row.get("role").equals("customer")) {
        assertEquals("", name, row.toString());
        continue;
      }
      assertEquals(row.get("calendar_file").replace(".ics", "-preparation.ics"), name);
      String text = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
      List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
      ICalendar ical = Biweekly.parse(text).warnings(warnings).first();
      assertTrue(warnings.stream().allMatch(List::isEmpty), name + ": " + warnings);
      assertTrue(ical.validate(ICalVersion.V2_0).isEmpty(), name);
      assertEquals("REQUEST", ical.getMethod().getValue(), name);
      VEvent e = ical.getEvents().get(0);
      prepUids.add(e.getUid().getValue());
      assertEquals(
          "Voorbereiding: Klantarena zakelijke klanten, voorjaar 2026", e.getSummary().getValue());
      assertEquals("Zaal 2", e.getLocation().getValue());
      assertEquals(
          Instant.parse("2026-04-09T14:00:00Z"), e.getDateStart().getValue().toInstant(), name);
      assertEquals(
          Instant.parse("2026-04-09T15:30:00Z"), e.getDateEnd().getValue().toInstant(), name);
      assertEquals(row.get("email"), e.getAttendees().get(0).getEmail(), name);
    }
    assertEquals(1, prepUids.size(), "one preparation event: " + prepUids);
    assertFalse(uids.containsAll(prepUids), "the preparation is an event of its own");
  }
}
