package nl.klantarena.ics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * VTIMEZONE components from the JDK's time-zone rules, so that any IANA zone works without a table
 * of our own.
 *
 * <p>Where the zone follows yearly rules (as Europe/Amsterdam and America/New_York do now), each
 * rule becomes a STANDARD or DAYLIGHT component with an RRULE, starting in the year before the
 * event. Where it does not (no daylight saving, as Asia/Kolkata; or a zone whose rules changed in
 * those years) the offset in force and every actual change from the year before the event to the
 * year after are written out one by one.
 */
final class TimeZones {

  private TimeZones() {}

  static void write(Ics.Lines out, ZoneId zone, int firstYear, int lastYear) {
    ZoneRules rules = zone.getRules();
    int from = firstYear - 1;
    int to = lastYear + 1;
    Instant rangeStart = LocalDateTime.of(from, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    Instant rangeEnd = LocalDateTime.of(to + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    out.add("BEGIN:VTIMEZONE");
    out.add("TZID:" + zone.getId());
    List<ZoneOffsetTransition> history = rules.getTransitions();
    boolean historyDone =
        history.isEmpty() || history.get(history.size() - 1).getInstant().isBefore(rangeStart);
    List<String[]> yearly = historyDone ? yearly(rules, from) : null;
    if (yearly != null && !yearly.isEmpty()) {
      for (String[] c : yearly) component(out, c[0], c[1], c[2], c[3], c[4]);
    } else {
      explicit(out, rules, rangeStart, rangeEnd, from);
    }
    out.add("END:VTIMEZONE");
  }

  /**
   * One component per transition rule, or null when a rule cannot be said as an RRULE (then the
   * caller writes the transitions out).
   */
  private static List<String[]> yearly(ZoneRules rules, int year) {
    List<ZoneOffsetTransitionRule> trs = rules.getTransitionRules();
    if (trs.isEmpty()) return List.of();
    List<String[]> out = new ArrayList<>();
    for (ZoneOffsetTransitionRule r : trs) {
      ZoneOffsetTransition t = r.createTransition(year);
      String rrule = rrule(r, t);
      if (rrule == null) return null;
      String kind = t.getOffsetAfter().equals(r.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
      out.add(
          new String[] {
            kind,
            Ics.local(t.getDateTimeBefore()),
            offset(t.getOffsetBefore()),
            offset(t.getOffsetAfter()),
            rrule
          });
    }
    // STANDARD first, as most writers do; stable for golden files either way
    out.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].equals("STANDARD") ? -1 : 1);
    return out;
  }

  /**
   * The RRULE that gives the same wall-clock onset every year, or null. The onset is the local time
   * before the change (DTSTART uses TZOFFSETFROM); it must fall on the rule's day, which is not so
   * when a rule's time, said in UTC or standard time, crosses midnight locally.
   */
  static String rrule(ZoneOffsetTransitionRule r, ZoneOffsetTransition t) {
    LocalDateTime onset = t.getDateTimeBefore();
    LocalDate ruleDay = ruleDay(r, onset.getYear());
    if (!onset.toLocalDate().equals(ruleDay)) return null;
    if (r.isMidnightEndOfDay()) return null;
    int month = r.getMonth().getValue();
    int d = r.getDayOfMonthIndicator();
    DayOfWeek dow = r.getDayOfWeek();
    String base = "FREQ=YEARLY;BYMONTH=" + month;
    if (dow == null) return base + ";BYMONTHDAY=" + d;
    String day = day(dow);
    boolean february = r.getMonth() == Month.FEBRUARY;
    if (d > 0) {
      if ((d - 1) % 7 == 0 && d <= 22) return base + ";BYDAY=" + ((d - 1) / 7 + 1) + day;
      if (!february && d == r.getMonth().maxLength() - 6) return base + ";BYDAY=-1" + day;
      if (d + 6 > 28 && (february || d + 6 > r.getMonth().minLength())) return null;
      return base + ";BYDAY=" + day + ";BYMONTHDAY=" + range(d, 1);
    }
    if (d == -1) return base + ";BYDAY=-1" + day;
    if (d == -8) return base + ";BYDAY=-2" + day;
    if (d - 6 < -28) return null;
    return base + ";BYDAY=" + day + ";BYMONTHDAY=" + range(d, -1);
  }

  private static String range(int first, int step) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      if (i > 0) b.append(',');
      b.append(first + i * step);
    }
    return b.toString();
  }

  /** The date the rule falls on in a year (the rule's own arithmetic, without time shifts). */
  private static LocalDate ruleDay(ZoneOffsetTransitionRule r, int year) {
    int d = r.getDayOfMonthIndicator();
    LocalDate date;
    if (d < 0) {
      int len = r.getMonth().length(Year.isLeap(year));
      date = LocalDate.of(year, r.getMonth(), len + 1 + d);
      if (r.getDayOfWeek() != null)
        date = date.with(TemporalAdjusters.previousOrSame(r.getDayOfWeek()));
    } else {
      date = LocalDate.of(year, r.getMonth(), d);
      if (r.getDayOfWeek() != null)
        date = date.with(TemporalAdjusters.nextOrSame(r.getDayOfWeek()));
    }
    return date;
  }

  private static void explicit(
      Ics.Lines out, ZoneRules rules, Instant start, Instant end, int year) {
    ZoneOffset first = rules.getOffset(start);
    String firstKind = rules.isDaylightSavings(start) ? "DAYLIGHT" : "STANDARD";
    LocalDateTime firstLocal = LocalDateTime.of(year, 1, 1, 0, 0);
    component(out, firstKind, Ics.local(firstLocal), offset(first), offset(first), null);
    ZoneOffsetTransition t = rules.nextTransition(start);
    while (t != null && t.getInstant().isBefore(end)) {
      Instant after = t.getInstant();
      String kind = rules.isDaylightSavings(after) ? "DAYLIGHT" : "STANDARD";
      component(
          out,
          kind,
          Ics.local(t.getDateTimeBefore()),
          offset(t.getOffsetBefore()),
          offset(t.getOffsetAfter()),
          null);
      t = rules.nextTransition(after);
    }
  }

  private static void component(
      Ics.Lines out, String kind, String dtstart, String from, String to, String rrule) {
    out.add("BEGIN:" + kind);
    out.add("DTSTART:" + dtstart);
    out.add("TZOFFSETFROM:" + from);
    out.add("TZOFFSETTO:" + to);
    if (rrule != null) out.add("RRULE:" + rrule);
    out.add("END:" + kind);
  }

  /** {@code +0100}, {@code -0500}, {@code +0530}; seconds only when the offset has them. */
  static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    char sign = total < 0 ? '-' : '+';
    int abs = Math.abs(total);
    String s = String.format(Locale.ROOT, "%c%02d%02d", sign, abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? s : s + String.format(Locale.ROOT, "%02d", abs % 60);
  }

  private static String day(DayOfWeek d) {
    return d.name().substring(0, 2);
  }
}
