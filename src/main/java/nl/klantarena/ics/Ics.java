package nl.klantarena.ics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Writes calendar files (RFC 5545). See the package documentation for the shape. */
public final class Ics {

  /** Who made the file; fixed so that files do not change between releases. */
  public static final String PRODID = "-//klantarena//klantarena//EN";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private Ics() {}

  /**
   * A UID made from what identifies the event (e.g. organisation, title and date): the same parts
   * give the same UID on every run and every machine, so a calendar updates the event instead of
   * adding a second one.
   */
  public static String uid(String... parts) {
    String joined = String.join("\u0000", parts);
    return UUID.nameUUIDFromBytes(joined.getBytes(StandardCharsets.UTF_8)) + "@klantarena";
  }

  /**
   * A DTSTAMP derived from the session date (its midnight in UTC) rather than the clock, so that
   * regenerating a file gives the same bytes.
   */
  public static Instant stamp(LocalDate sessionDate) {
    return sessionDate.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public static String write(Method method, CalendarEvent event) {
    return write(method, List.of(event));
  }

  /** The whole file; one VTIMEZONE per zone used, then the events in the given order. */
  public static String write(Method method, List<CalendarEvent> events) {
    if (events.isEmpty()) throw new IllegalArgumentException("a calendar needs at least one event");
    Lines out = new Lines();
    out.add("BEGIN:VCALENDAR");
    out.add("VERSION:2.0");
    out.add("PRODID:" + PRODID);
    out.add("CALSCALE:GREGORIAN");
    out.add("METHOD:" + method.name());
    Set<ZoneId> zones = new LinkedHashSet<>();
    for (CalendarEvent e : events) zones.add(e.zone());
    for (ZoneId z : zones) {
      int year =
          events.stream()
              .filter(e -> e.zone().equals(z))
              .mapToInt(e -> e.start().getYear())
              .min()
              .orElseThrow();
      int lastYear =
          events.stream()
              .filter(e -> e.zone().equals(z))
              .mapToInt(e -> e.end().getYear())
              .max()
              .orElseThrow();
      TimeZones.write(out, z, year, lastYear);
    }
    for (CalendarEvent e : events) event(out, e);
    out.add("END:VCALENDAR");
    return out.toString();
  }

  private static void event(Lines out, CalendarEvent e) {
    String tzid = paramValue(e.zone().getId());
    out.add("BEGIN:VEVENT");
    out.add("UID:" + text(e.uid()));
    out.add("DTSTAMP:" + UTC.format(e.stamp()));
    out.add("DTSTART;TZID=" + tzid + ":" + LOCAL.format(e.start()));
    out.add("DTEND;TZID=" + tzid + ":" + LOCAL.format(e.end()));
    out.add("SEQUENCE:" + e.sequence());
    out.add("SUMMARY:" + text(e.summary()));
    if (!e.location().isEmpty()) out.add("LOCATION:" + text(e.location()));
    if (!e.description().isEmpty()) out.add("DESCRIPTION:" + text(e.description()));
    if (e.organizer() != null) {
      Organizer o = e.organizer();
      out.add("ORGANIZER" + cn(o.name()) + ":mailto:" + o.email());
    }
    for (Attendee a : e.attendees()) {
      out.add(
          "ATTENDEE"
              + cn(a.name())
              + ";ROLE="
              + a.role().word()
              + ";PARTSTAT=NEEDS-ACTION"
              + (a.rsvp() ? ";RSVP=TRUE" : "")
              + ":mailto:"
              + a.email());
    }
    out.add("STATUS:CONFIRMED");
    out.add("TRANSP:OPAQUE");
    out.add("END:VEVENT");
  }

  private static String cn(String name) {
    return name.isBlank() ? "" : ";CN=" + paramValue(name);
  }

  /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
  public static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          b.append("\\n");
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
        }
        default -> {
          // other control characters are not allowed in TEXT; a tab is
          if (c >= 0x20 && c != 0x7f || c == '\t') b.append(c);
        }
      }
    }
    return b.toString();
  }

  /**
   * A parameter value (RFC 5545 3.2): quoted when it holds {@code : ; ,}. A double quote cannot be
   * escaped in a parameter value, so it becomes a single quote; control characters are dropped.
   */
  static String paramValue(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') b.append('\'');
      else if (c < 0x20 || c == 0x7f) b.append(c == '\t' ? ' ' : "");
      else {
        if (c == ':' || c == ';' || c == ',') quote = true;
        b.append(c);
      }
    }
    return quote ? "\"" + b + "\"" : b.toString();
  }

  /** Content lines, folded at 75 octets and ended with CRLF. */
  static final class Lines {
    private final StringBuilder b = new StringBuilder();

    void add(String line) {
      b.append(fold(line));
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }

  /**
   * Folds one content line (RFC 5545 3.1): at most 75 octets of UTF-8 per physical line, the
   * continuation lines starting with a space; a code point is never split.
   */
  public static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = utf8Length(cp);
      if (octets + n > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    return out.append("\r\n").toString();
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80) return 1;
    if (cp < 0x800) return 2;
    if (cp < 0x10000) return 3;
    return 4;
  }

  static String local(LocalDateTime t) {
    return LOCAL.format(t);
  }
}
