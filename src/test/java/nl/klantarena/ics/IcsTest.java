package nl.klantarena.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.parameter.ParticipationLevel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcsTest {

  private static CalendarEvent event(
      String zone, LocalDateTime start, String summary, String description) {
    return new CalendarEvent(
        Ics.uid("Voorbeeld Energie", summary, start.toLocalDate().toString()),
        Ics.stamp(start.toLocalDate()),
        ZoneId.of(zone),
        start,
        start.plusHours(4),
        summary,
        "Zaal De Ring, Stationsplein 1, 3511 AB Utrecht",
        description,
        0,
        null,
        List.of());
  }

  /** Parses with biweekly, failing on any parse warning or validation warning. */
  static ICalendar parse(String ics) {
    List<List<ParseWarning>> warnings = new ArrayList<>();
    List<ICalendar> all = Biweekly.parse(ics).warnings(warnings).all();
    assertEquals(1, all.size(), "one calendar");
    for (List<ParseWarning> w : warnings)
      assertTrue(w.isEmpty(), () -> "parse warnings: " + w + "\n" + ics);
    ICalendar cal = all.get(0);
    var validation = cal.validate(ICalVersion.V2_0);
    assertTrue(validation.isEmpty(), () -> "validation: " + validation + "\n" + ics);
    return cal;
  }

  static void assertWellFormedLines(String ics) {
    assertTrue(ics.endsWith("\r\n"));
    String[] lines = ics.split("\r\n", -1);
    for (String l : lines) {
      assertFalse(l.contains("\n") || l.contains("\r"), "bare line break in " + l);
      assertTrue(
          l.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "longer than 75 octets: " + l);
    }
  }

  @Test
  void writesTheEventFields() {
    CalendarEvent e =
        new CalendarEvent(
            Ics.uid("Voorbeeld Energie", "Klantarena", "2026-04-16"),
            Ics.stamp(LocalDate.of(2026, 4, 16)),
            ZoneId.of("Europe/Amsterdam"),
            LocalDateTime.of(2026, 4, 16, 15, 0),
            LocalDateTime.of(2026, 4, 16, 19, 30),
            "Klantarena zakelijke klanten, voorjaar 2026",
            "Zaal De Ring; Stationsplein 1, Utrecht",
            "15:00–15:30 ontvangst\n15:30–16:45 ronde 1\\klanten",
            2,
            new Organizer("Petra Jansen", "petra.jansen@voorbeeld.nl"),
            List.of(
                new Attendee("Frans de Wit", "frans@dewit-advies.nl", Attendee.Role.CHAIR),
                new Attendee(
                    "Bakker, Jan", "jan.bakker@voorbeeld.nl", Attendee.Role.REQ_PARTICIPANT)));
    String ics = Ics.write(Method.REQUEST, e);
    assertWellFormedLines(ics);
    ICalendar cal = parse(ics);
    assertEquals("REQUEST", cal.getMethod().getValue());
    assertEquals(Ics.PRODID, cal.getProductId().getValue());
    assertEquals("GREGORIAN", cal.getCalendarScale().getValue());
    VEvent v = cal.getEvents().get(0);
    assertEquals(e.uid(), v.getUid().getValue());
    assertEquals("Klantarena zakelijke klanten, voorjaar 2026", v.getSummary().getValue());
    assertEquals("Zaal De Ring; Stationsplein 1, Utrecht", v.getLocation().getValue());
    assertEquals(
        "15:00–15:30 ontvangst\n15:30–16:45 ronde 1\\klanten", v.getDescription().getValue());
    assertEquals(2, v.getSequence().getValue());
    assertEquals(
        Instant.parse("2026-04-16T00:00:00Z"), v.getDateTimeStamp().getValue().toInstant());
    assertEquals(Instant.parse("2026-04-16T13:00:00Z"), v.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2026-04-16T17:30:00Z"), v.getDateEnd().getValue().toInstant());
    assertEquals("mailto:petra.jansen@voorbeeld.nl", "mailto:" + v.getOrganizer().getEmail());
    assertEquals("Petra Jansen", v.getOrganizer().getCommonName());
    // biweekly's attendee, read back; Attendee alone is the tool's
    List<biweekly.property.Attendee> as = v.getAttendees();
    assertEquals(2, as.size());
    assertEquals("Frans de Wit", as.get(0).getCommonName());
    assertEquals("frans@dewit-advies.nl", as.get(0).getEmail());
    assertEquals(biweekly.parameter.Role.CHAIR, as.get(0).getRole());
    assertEquals("NEEDS-ACTION", as.get(0).getParticipationStatus().getValue());
    assertEquals(Boolean.TRUE, as.get(0).getRsvp());
    assertEquals("Bakker, Jan", as.get(1).getCommonName());
    assertEquals(ParticipationLevel.REQUIRED, as.get(1).getParticipationLevel());
    assertTrue(
        ics.replace("\r\n ", "")
            .contains(
                "ATTENDEE;CN=\"Bakker, Jan\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"));
    assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20260416T150000\r\n"));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  }

  @Test
  void publishHasNoOrganizerOrAttendeesWhenNoneAreGiven() {
    String ics =
        Ics.write(
            Method.PUBLISH,
            event("Europe/Amsterdam", LocalDateTime.of(2026, 11, 5, 15, 0), "K", "d"));
    ICalendar cal = parse(ics);
    assertEquals("PUBLISH", cal.getMethod().getValue());
    assertFalse(ics.contains("ORGANIZER"));
    assertFalse(ics.contains("ATTENDEE"));
  }

  @Test
  void escapesText() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf", Ics.text("a\\b;c,d\ne\r\nf"));
    assertEquals(
        "tab\tstays, bell goes".replace(",", "\\,"), Ics.text("tab\tstays, bell\u0007 goes"));
  }

  @Test
  void quotesParameterValuesWithSpecialCharacters() {
    assertEquals("Jan Bakker", Ics.paramValue("Jan Bakker"));
    assertEquals("\"Bakker, Jan\"", Ics.paramValue("Bakker, Jan"));
    assertEquals("\"a:b\"", Ics.paramValue("a:b"));
    assertEquals("\"a;b\"", Ics.paramValue("a;b"));
    assertEquals("Jan 'de Baas' Bakker", Ics.paramValue("Jan \"de Baas\" Bakker"));
  }

  @Test
  void foldsLongNonAsciiLinesWithoutSplittingCharacters() {
    String summary = "Klantarena één twee drie — café ñandú 🙂 ".repeat(8) + "€uro";
    CalendarEvent e =
        event("Europe/Amsterdam", LocalDateTime.of(2026, 11, 5, 15, 0), summary, "ß".repeat(200));
    String ics = Ics.write(Method.PUBLISH, e);
    assertWellFormedLines(ics);
    // every physical line is valid UTF-8 on its own: no sequence was split
    for (String l : ics.split("\r\n")) {
      byte[] bytes = l.getBytes(StandardCharsets.UTF_8);
      assertEquals(l, new String(bytes, StandardCharsets.UTF_8));
      assertFalse(l.contains("\uFFFD"));
    }
    assertTrue(ics.contains("\r\n "), "folded");
    VEvent v = parse(ics).getEvents().get(0);
    assertEquals(summary, v.getSummary().getValue());
    assertEquals("ß".repeat(200), v.getDescription().getValue());
  }

  @Test
  void foldsAtExactly75Octets() {
    String line = "X".repeat(200);
    String folded = Ics.fold(line);
    String[] parts = folded.split("\r\n");
    assertEquals(75, parts[0].length());
    assertEquals(75, parts[1].length());
    assertTrue(parts[1].startsWith(" "));
    assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
  }

  @Test
  void uidIsStableAndDependsOnTheSession() {
    String a = Ics.uid("Voorbeeld Energie", "Klantarena", "2026-04-16");
    assertEquals(a, Ics.uid("Voorbeeld Energie", "Klantarena", "2026-04-16"));
    assertTrue(a.endsWith("@klantarena"));
    assertNotEquals(a, Ics.uid("Voorbeeld Energie", "Klantarena", "2026-04-17"));
    // the parts cannot run into each other
    assertNotEquals(Ics.uid("ab", "c"), Ics.uid("a", "bc"));
    CalendarEvent e = event("Europe/Amsterdam", LocalDateTime.of(2026, 11, 5, 15, 0), "K", "d");
    assertEquals(Ics.write(Method.PUBLISH, e), Ics.write(Method.PUBLISH, e));
  }

  @Test
  void europeAmsterdamHasYearlyRules() {
    String ics =
        Ics.write(
            Method.PUBLISH,
            event("Europe/Amsterdam", LocalDateTime.of(2026, 11, 5, 15, 0), "K", "d"));
    assertTrue(
        ics.contains(
            "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"),
        ics);
    assertTrue(
        ics.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"),
        ics);
    VEvent v = parse(ics).getEvents().get(0);
    assertEquals(Instant.parse("2026-11-05T14:00:00Z"), v.getDateStart().getValue().toInstant());
  }

  @Test
  void americaNewYork() {
    String ics =
        Ics.write(
            Method.PUBLISH,
            event("America/New_York", LocalDateTime.of(2026, 7, 2, 9, 30), "K", "d"));
    assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), ics);
    assertTrue(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"), ics);
    VEvent v = parse(ics).getEvents().get(0);
    assertEquals(Instant.parse("2026-07-02T13:30:00Z"), v.getDateStart().getValue().toInstant());
  }

  @Test
  void asiaKolkataHasNoDaylightSaving() {
    String ics =
        Ics.write(
            Method.PUBLISH, event("Asia/Kolkata", LocalDateTime.of(2026, 3, 12, 10, 0), "K", "d"));
    assertFalse(ics.contains("DAYLIGHT"), ics);
    assertFalse(ics.contains("RRULE"), ics);
    assertTrue(ics.contains("TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n"), ics);
    VEvent v = parse(ics).getEvents().get(0);
    assertEquals(Instant.parse("2026-03-12T04:30:00Z"), v.getDateStart().getValue().toInstant());
  }

  /**
   * The VTIMEZONE as another program reads it puts wall-clock times where the JDK does: one event
   * at 04:00 and one at 15:00 on every day of the event's year (04:00 lies just after the night's
   * changes of most zones), in zones with and without daylight saving, north and south, whole and
   * part hours, regular and irregular rules.
   *
   * <p>Days with a change are left out, as is Lord Howe's half-hour daylight saving: biweekly's own
   * time-zone arithmetic looks only at the date there and assumes whole-hour savings, and it
   * misplaces Chatham (UTC+12:45) changes by a day.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Europe/Amsterdam",
        "America/New_York",
        "Asia/Kolkata",
        "Australia/Sydney",
        "Europe/London",
        "America/Sao_Paulo",
        "Asia/Tehran",
        "Africa/Casablanca",
        "Europe/Dublin",
        "America/Santiago",
        "Asia/Gaza",
        "UTC",
        "America/St_Johns"
      })
  void timeZoneMatchesTheJdkAllYear(String zone) {
    ZoneId z = ZoneId.of(zone);
    List<CalendarEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      var rules = z.getRules();
      if (!rules
          .getOffset(d.atStartOfDay(z).toInstant())
          .equals(rules.getOffset(d.plusDays(1).atStartOfDay(z).toInstant().minusSeconds(1))))
        continue;
      for (int hour : new int[] {4, 15}) {
        LocalDateTime t = d.atTime(hour, 0);
        if (!z.getRules().isValidOffset(t, z.getRules().getOffset(t))
            || z.getRules().getValidOffsets(t).size() != 1) continue;
        events.add(
            new CalendarEvent(
                Ics.uid(zone, t.toString()),
                Ics.stamp(d),
                z,
                t,
                t.plusHours(1),
                "K",
                "",
                "",
                0,
                null,
                List.of()));
      }
    }
    String ics = Ics.write(Method.PUBLISH, events);
    assertWellFormedLines(ics);
    ICalendar cal = parse(ics);
    assertEquals(events.size(), cal.getEvents().size());
    for (int i = 0; i < events.size(); i++) {
      VEvent v = cal.getEvents().get(i);
      assertNotNull(
          cal.getTimezoneInfo().getTimezone(v.getDateStart()), "start is tied to the VTIMEZONE");
      LocalDateTime t = events.get(i).start();
      assertEquals(
          t.atZone(z).toInstant(), v.getDateStart().getValue().toInstant(), zone + " " + t);
    }
  }

  /**
   * The changes of offset that the VTIMEZONE describes (each observance's DTSTART and RRULE,
   * expanded by biweekly's recurrence iterator) are exactly the JDK's changes, instant and offsets,
   * from the year before the event to the year after. This covers what biweekly's own zone
   * arithmetic gets wrong above (half-hour savings, Chatham).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "Europe/London",
        "America/Sao_Paulo", "Asia/Tehran", "Pacific/Chatham", "Africa/Casablanca", "Europe/Dublin",
        "America/Santiago", "Asia/Gaza", "UTC", "Australia/Lord_Howe", "America/St_Johns",
        "America/Havana", "Pacific/Apia", "Antarctica/Troll", "America/Godthab", "Asia/Jerusalem"
      })
  void offsetChangesAreTheJdks(String zone) {
    ZoneId z = ZoneId.of(zone);
    String ics =
        Ics.write(Method.PUBLISH, event(zone, LocalDateTime.of(2026, 6, 18, 15, 0), "K", "d"));
    ICalendar cal = parse(ics);
    biweekly.component.VTimezone vtz = cal.getTimezoneInfo().getComponents().iterator().next();
    Instant from = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = LocalDate.of(2028, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    TreeSet<String> described = new TreeSet<>();
    List<biweekly.component.Observance> all = new ArrayList<>(vtz.getStandardTimes());
    all.addAll(vtz.getDaylightSavingsTime());
    for (biweekly.component.Observance o : all) {
      long fromOffset = o.getTimezoneOffsetFrom().getValue().getMillis() / 1000;
      long toOffset = o.getTimezoneOffsetTo().getValue().getMillis() / 1000;
      if (fromOffset == toOffset) continue;
      var c = o.getDateStart().getValue().getRawComponents();
      LocalDateTime start =
          LocalDateTime.of(
              c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(), c.getSecond());
      List<LocalDateTime> onsets = new ArrayList<>();
      if (o.getRecurrenceRule() == null) {
        onsets.add(start);
      } else {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        var it =
            o.getRecurrenceRule()
                .getValue()
                .getDateIterator(Date.from(start.toInstant(ZoneOffset.UTC)), utc);
        while (it.hasNext()) {
          LocalDateTime t = LocalDateTime.ofInstant(it.next().toInstant(), ZoneOffset.UTC);
          if (t.getYear() > 2027) break;
          onsets.add(t);
        }
      }
      for (LocalDateTime t : onsets) {
        Instant at = t.toInstant(ZoneOffset.ofTotalSeconds((int) fromOffset));
        if (!at.isBefore(from) && at.isBefore(to))
          described.add(at + " " + fromOffset + ">" + toOffset);
      }
    }
    TreeSet<String> jdk = new TreeSet<>();
    for (var t = z.getRules().nextTransition(from.minusSeconds(1));
        t != null && t.getInstant().isBefore(to);
        t = z.getRules().nextTransition(t.getInstant())) {
      jdk.add(
          t.getInstant()
              + " "
              + t.getOffsetBefore().getTotalSeconds()
              + ">"
              + t.getOffsetAfter().getTotalSeconds());
    }
    assertEquals(jdk, described, zone + "\n" + ics);
  }
}
