package nl.klantarena.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Any text in any field comes back the same through another program's parser, and the file's lines
 * stay within 75 octets. Runs its committed inputs in {@code mvn verify}; fuzz with {@code
 * JAZZER_FUZZ=1}.
 */
class IcsFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void textSurvivesARoundTrip(FuzzedDataProvider data) {
    String summary = data.consumeString(300);
    String location = data.consumeString(200);
    String name = data.consumeString(80);
    String description = data.consumeRemainingAsString();
    if (!valid(summary) || !valid(location) || !valid(name) || !valid(description)) return;
    CalendarEvent e =
        new CalendarEvent(
            Ics.uid(summary),
            Ics.stamp(LocalDate.of(2026, 4, 16)),
            ZoneId.of("Europe/Amsterdam"),
            LocalDateTime.of(2026, 4, 16, 15, 0),
            LocalDateTime.of(2026, 4, 16, 19, 0),
            summary,
            location,
            description,
            0,
            new Organizer(name, "petra@voorbeeld.nl"),
            List.of(new Attendee(name, "jan@voorbeeld.nl", Attendee.Role.REQ_PARTICIPANT)));
    String ics = Ics.write(Method.REQUEST, e);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, line);
    }
    ICalendar cal = Biweekly.parse(ics).first();
    VEvent v = cal.getEvents().get(0);
    assertEquals(expectedText(summary), v.getSummary() == null ? "" : v.getSummary().getValue());
    if (!expectedText(location).isEmpty())
      assertEquals(expectedText(location), v.getLocation().getValue());
    if (!expectedText(description).isEmpty())
      assertEquals(expectedText(description), v.getDescription().getValue());
    assertEquals("jan@voorbeeld.nl", v.getAttendees().get(0).getEmail());
    assertEquals("petra@voorbeeld.nl", v.getOrganizer().getEmail());
  }

  /** What the writer keeps of a text: line breaks as LF, no other control characters but tab. */
  private static String expectedText(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = new StringBuilder();
    for (char c : t.toCharArray())
      if (c >= 0x20 && c != 0x7f || c == '\t' || c == '\n') b.append(c);
    return b.toString();
  }

  /** Strings with lone surrogates cannot be written as UTF-8 at all. */
  private static boolean valid(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
