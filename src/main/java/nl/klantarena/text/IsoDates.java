package nl.klantarena.text;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date written as yyyy-mm-dd, as {@link LocalDate#parse} does, but without building the
 * JDK's date formatter: that costs several milliseconds of every run's start, and session files,
 * notes files and {@code --today} all carry dates.
 */
public final class IsoDates {

  private IsoDates() {}

  /**
   * The date {@code text} writes as yyyy-mm-dd (ASCII digits, a real day of the calendar).
   *
   * @throws DateTimeException when it is not such a date
   */
  public static LocalDate parse(CharSequence text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new DateTimeException("not a date (yyyy-mm-dd): " + text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    return LocalDate.of(year, month, day); // throws for a day the month does not have
  }

  private static int digits(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') throw new DateTimeException("not a date (yyyy-mm-dd): " + text);
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
