package nl.klantarena.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    Files.copy(src, f);
    var r =
        CliRun.in(dir)
            .run("invite", "voorjaar-2026/session.yaml", "--out", "out", "--sequence", "2");
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
          e.getDescription().getValue().contains("Petra Jansen, petra.jansen@voorbeeld.nl"),
          e.getDescription().getValue());

      // 15:00 to 19:30 (drinks included) in Amsterdam summer time
      assertEquals(
          Instant.parse("2026-04-16T13:00:00Z"), e.getDateStart().getValue().toInstant(), name);
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
  }
}
