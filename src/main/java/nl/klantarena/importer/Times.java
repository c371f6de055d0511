package nl.klantarena.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recording times written by hand: {@code hh:mm:ss}, {@code mm:ss}, with or without milliseconds.
 */
final class Times {
  private static final Pattern T =
      Pattern.compile("^(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$");

  private Times() {}

  /** Seconds into the recording, or -1 when {@code s} is not a time. */
  static double seconds(String s) {
    Matcher m = T.matcher(s.strip());
    if (!m.matches()) return -1;
    int h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int sec = Integer.parseInt(m.group(3));
    if (sec > 59 || (m.group(1) != null && min > 59)) return -1;
    return h * 3600 + min * 60 + sec;
  }

  private static final Pattern HOURS_MINUTES = Pattern.compile("^(\\d{1,2}):(\\d{2})$");
  private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?$");

  /** Whether {@code s} is hours and minutes ({@code 14:35}): how people write the clock. */
  static boolean isHoursMinutes(String s) {
    return HOURS_MINUTES.matcher(s.strip()).matches();
  }

  /** A time of day ({@code 14:35}, {@code 14.35}, {@code 14:35:10}) in seconds, or -1. */
  static double clock(String s) {
    Matcher m = CLOCK.matcher(s.strip());
    if (!m.matches()) return -1;
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (h > 23 || min > 59 || sec > 59) return -1;
    return h * 3600 + min * 60 + sec;
  }

  /** {@code HH:MM:SS} for a number of seconds (fractions dropped). */
  static String format(double seconds) {
    long s = (long) seconds;
    return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
