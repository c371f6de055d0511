package nl.klantarena.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import nl.klantarena.session.Lang;

/**
 * Dates and times as people read them, in the session's language: Dutch {@code donderdag 16 april
 * 2026}, English {@code Thursday 16 April 2026}; times on a 24-hour clock, as Dutch house style
 * writes them ({@code 15.30}, with "uur" after the last time of a sentence, which the text adds)
 * and as English does ({@code 15:30}). {@link #time} and {@link #iso} are for machines: JSON,
 * charts, file formats.
 */
public final class Dates {

  private static final DateTimeFormatter NL_LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Lang.NL.locale());
  private static final DateTimeFormatter EN_LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Lang.EN.locale());
  private static final DateTimeFormatter NL_SHORT =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.NL.locale());
  private static final DateTimeFormatter EN_SHORT =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.EN.locale());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter NL_CLOCK = DateTimeFormatter.ofPattern("H.mm");
  private static final DateTimeFormatter EN_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private Dates() {}

  /** With the weekday: {@code donderdag 16 april 2026} / {@code Thursday 16 April 2026}. */
  public static String longDate(LocalDate d, Lang lang) {
    return (lang == Lang.NL ? NL_LONG : EN_LONG).format(d);
  }

  /** Without the weekday: {@code 16 april 2026} / {@code 16 April 2026}. */
  public static String date(LocalDate d, Lang lang) {
    return (lang == Lang.NL ? NL_SHORT : EN_SHORT).format(d);
  }

  /** ISO, for tables and scripts: {@code 2026-04-16}. */
  public static String iso(LocalDate d) {
    return d.toString();
  }

  /** {@code 15:30}, for machines (JSON, charts). */
  public static String time(LocalTime t) {
    return TIME.format(t);
  }

  /** A clock time for people: Dutch {@code 15.30} ({@code 9.30} in the morning), English 15:30. */
  public static String clock(LocalTime t, Lang lang) {
    return (lang == Lang.NL ? NL_CLOCK : EN_CLOCK).format(t);
  }

  /** From one time to another for people: {@code 15.00–16.15}, {@code 15:00–16:15}. */
  public static String span(LocalTime from, LocalTime to, Lang lang) {
    return clock(from, lang) + "–" + clock(to, lang);
  }
}
