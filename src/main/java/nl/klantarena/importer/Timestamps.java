package nl.klantarena.importer;

import java.util.Locale;

/**
 * Times of subtitle files, in milliseconds: the WebVTT specification's "collect a WebVTT timestamp"
 * ({@code [hh:]mm:ss.ttt}, two-digit minutes and seconds below 60, exactly three digits of
 * milliseconds, hours of any length), and the looser forms real exports write: Teams' {@code
 * 0:0:3.490} (fields without leading zeros, the milliseconds a count, so {@code 6.90} is 6.090 s)
 * and SRT's comma.
 */
final class Timestamps {

  /** More hours than this are read as this many (the spec has no bound; a long has one). */
  static final long MAX_HOURS = 999_999_999L;

  /** A position in a string, moved by the readers. */
  static final class Cursor {
    final CharSequence s;
    int pos;

    Cursor(CharSequence s, int pos) {
      this.s = s;
      this.pos = pos;
    }

    boolean at(char c) {
      return pos < s.length() && s.charAt(pos) == c;
    }

    /** The digits from here as a number (saturated), or -1 when there are none. */
    long digits() {
      long v = 0;
      int start = pos;
      while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        if (v < 1_000_000_000_000L) v = v * 10 + (s.charAt(pos) - '0');
        pos++;
      }
      return pos == start ? -1 : v;
    }
  }

  private Timestamps() {}

  /**
   * The specification's "collect a WebVTT timestamp" from {@code c}: the time in milliseconds, or
   * -1 (the cursor is then somewhere inside).
   */
  static long collect(Cursor c) {
    int start = c.pos;
    long v1 = c.digits();
    if (v1 < 0) return -1;
    boolean hours = c.pos - start != 2 || v1 > 59;
    if (!c.at(':')) return -1;
    c.pos++;
    int s2 = c.pos;
    long v2 = c.digits();
    if (c.pos - s2 != 2) return -1;
    long v3;
    if (hours || c.at(':')) {
      if (!c.at(':')) return -1;
      c.pos++;
      int s3 = c.pos;
      v3 = c.digits();
      if (c.pos - s3 != 2) return -1;
    } else {
      v3 = v2;
      v2 = v1;
      v1 = 0;
    }
    if (!c.at('.')) return -1;
    c.pos++;
    int s4 = c.pos;
    long v4 = c.digits();
    if (c.pos - s4 != 3) return -1;
    if (v2 > 59 || v3 > 59) return -1;
    return ms(v1, v2, v3, v4);
  }

  /**
   * The loose form: {@code h:m:s.t} or {@code m:s.t} with fields of one or two digits (hours of any
   * length), {@code .} or {@code ,} before one to three digits that count milliseconds, as Teams
   * and many SRT writers put them; minutes and seconds below 60. -1 when it is not one.
   */
  static long loose(Cursor c) {
    long[] f = new long[3];
    int count = 0;
    while (true) {
      int s = c.pos;
      long v = c.digits();
      if (v < 0 || (count > 0 && c.pos - s > 2)) return -1;
      f[count++] = v;
      if (count < 3 && c.at(':')) {
        c.pos++;
        continue;
      }
      break;
    }
    if (count < 2 || !(c.at('.') || c.at(','))) return -1;
    c.pos++;
    int s4 = c.pos;
    long t = c.digits();
    if (t < 0 || c.pos - s4 > 3) return -1;
    long h = count == 3 ? f[0] : 0;
    long m = count == 3 ? f[1] : f[0];
    long s = count == 3 ? f[2] : f[1];
    if (count == 2 && String.valueOf(m).length() > 2) return -1;
    if (m > 59 || s > 59) return -1;
    return ms(h, m, s, t);
  }

  private static long ms(long h, long m, long s, long t) {
    return Math.min(h, MAX_HOURS) * 3_600_000L + m * 60_000L + s * 1000L + t;
  }

  /** {@code HH:MM:SS.mmm}, hours at least two digits: how the web-platform tests print a time. */
  static String format(long ms) {
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        ms / 3_600_000L,
        ms / 60_000L % 60,
        ms / 1000L % 60,
        ms % 1000L);
  }
}
