package nl.klantarena.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import nl.klantarena.session.Lang;

/**
 * Dates and times as people read them, in the session's language: Dutch {@code donderdag 16 april
 * 2026}, English {@code Thursday 16 April 2026}; times on a 24-hour clock ({@code 15:30}).
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

  /** {@code 15:30}. */
  public static String time(LocalTime t) {
    return TIME.format(t);
  }
}
