package nl.klantarena.importer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Lang;

/**
 * The owner and the due date at the end of an action line ({@code ACTIE: title @owner date}), with
 * the date as people write it in the session's language.
 *
 * <p>Dates it reads, in both languages: {@code 2027-06-01}; {@code 1 juni 2027}, {@code 1 June
 * 2027}, {@code 1st June 2027}, {@code June 1, 2027}, month names in Dutch or English, in full or
 * shortened ({@code jun}, {@code sept.}, {@code mrt}); a weekday in front ({@code dinsdag 1 juni
 * 2027}, {@code Tue 1 June 2027}), which must be the date's; a word such as {@code voor}, {@code
 * uiterlijk}, {@code by} or {@code before} in front, which is left out. Numbers only ({@code
 * 1-6-2027}, {@code 01/06/2027}, {@code 1.6.27}): day first in Dutch, as Dutch always writes it. In
 * English the order is not agreed (Britain writes the day first, the United States the month), so
 * {@code 01/06/2027} is refused as ambiguous, while {@code 13/06/2027}, {@code 06/13/2027} and
 * {@code 06/06/2027} can be one date only and are read as that date. A two-digit year is in this
 * century. Without a year ({@code 1 juni}, {@code 1-6}) the date is the first such day on or after
 * the session's date: a due date comes after the session.
 *
 * <p>The owner is a name, and names hold no digits: after {@code @}, the words up to the first one
 * that starts with a digit (or a month name or weekday followed by one) are the owner, the rest is
 * the date, so that {@code @Kofi 01/06/2027} is Kofi's action with a date, read or refused, and
 * never an owner called "Kofi 01/06/2027". The first word after {@code @} is always the owner's
 * ({@code @Jan 1 juni}). Without an {@code @}, only a whole date at the end of the title is taken
 * as the due date, so that "Wachttijd onder 2 minuten" stays a title.
 */
final class DueDates {

  private final Lang lang;
  private final LocalDate after;

  /**
   * @param lang the session's language: the order of day and month in a date of numbers only
   * @param after the session's date, from which a date without a year is counted (may be null)
   */
  DueDates(Lang lang, LocalDate after) {
    this.lang = lang == null ? Lang.NL : lang;
    this.after = after;
  }

  /** How a date was read. */
  enum Outcome {
    /** Read: {@link Due#date} is the date. */
    READ,
    /** Not a date in any form read here. */
    UNREADABLE,
    /** The form of a date, but a day that does not exist (31 June, month 13). */
    NO_SUCH_DAY,
    /**
     * A weekday that is not the date's ({@link Due#date} is the date, {@link Due#other} unused).
     */
    WRONG_WEEKDAY,
    /** No year, and no session date to count from. */
    NO_YEAR,
    /**
     * Numbers only in English, read two ways: {@link Due#date} day first, {@link Due#other} not.
     */
    AMBIGUOUS
  }

  /**
   * A due date as written and as read.
   *
   * @param text the date as written (without a word such as "voor" in front)
   * @param date the date when read (for {@link Outcome#WRONG_WEEKDAY} and {@link Outcome#AMBIGUOUS}
   *     the date, or one reading)
   * @param other the other reading of an ambiguous date, else null
   * @param weekday for {@link Outcome#WRONG_WEEKDAY}, the weekday written
   */
  record Due(Outcome outcome, String text, LocalDate date, LocalDate other, DayOfWeek weekday) {}

  /**
   * An action line's words after {@code ACTIE:}, taken apart.
   *
   * @param title the action's title
   * @param owner the owner as written, or empty
   * @param due the due date, or null when the line gives none
   * @param dueAt where the date starts in the words (0-based, in chars), or -1
   */
  record Parts(String title, String owner, Due due, int dueAt) {}

  /** Takes {@code text} (the words after {@code ACTIE:}) apart. */
  Parts split(String text) {
    List<Token> tokens = tokens(text);
    int at = ownerMarker(tokens);
    if (at >= 0) {
      Token first = tokens.get(at);
      String title = text.substring(0, first.start).strip();
      // the first word after @ is the owner's, whatever it is; the date starts at the first word
      // after it that starts one
      int dateFrom = tokens.size();
      for (int i = at + 1; i < tokens.size(); i++) {
        if (startsDate(tokens, i)) {
          dateFrom = i;
          break;
        }
      }
      int ownerEnd = dateFrom < tokens.size() ? tokens.get(dateFrom).start : text.length();
      String owner = text.substring(first.start + 1, ownerEnd).strip();
      if (dateFrom == tokens.size()) return new Parts(title, owner, null, -1);
      int from = skipConnector(tokens, dateFrom);
      String written = text.substring(tokens.get(from).start).strip();
      return new Parts(title, owner, read(written), tokens.get(from).start);
    }
    // no owner: a whole date at the end, the longest that has a date's form
    for (int i = Math.max(0, tokens.size() - MAX_WORDS); i < tokens.size(); i++) {
      if (i == 0) continue; // a line that is only a date has no title: leave it as the title
      String written = text.substring(tokens.get(i).start).strip();
      if (!looksLikeDate(written)) continue;
      int start = tokens.get(i).start;
      if (i > 1 && CONNECTORS.contains(word(tokens.get(i - 1).text))) {
        start = tokens.get(i - 1).start;
      }
      return new Parts(text.substring(0, start).strip(), "", read(written), tokens.get(i).start);
    }
    return new Parts(text.strip(), "", null, -1);
  }

  /** The most words a date takes: weekday, day, "of", month, year, and a spare. */
  private static final int MAX_WORDS = 6;

  /** A word and where it starts. */
  private record Token(String text, int start) {}

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(new Token(m.group(), m.start()));
    return out;
  }

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** The token that starts with {@code @} and begins the owner (the last such), or -1. */
  private static int ownerMarker(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 1; i--) {
      if (tokens.get(i).text.startsWith("@") && tokens.get(i).text.length() > 1) return i;
    }
    return -1;
  }

  /** Whether the words from {@code i} on start a date (after an owner's first word). */
  private boolean startsDate(List<Token> tokens, int i) {
    String t = tokens.get(i).text;
    if (Character.isDigit(t.codePointAt(0))) return true;
    String w = word(t);
    boolean nextDigit =
        i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text.codePointAt(0));
    if ((MONTHS.containsKey(w) || WEEKDAYS.containsKey(w)) && nextDigit) return true;
    if (CONNECTORS.contains(w) && i + 1 < tokens.size()) return startsDate(tokens, i + 1);
    if (WEEKDAYS.containsKey(w) && i + 1 < tokens.size()) {
      String n = word(tokens.get(i + 1).text);
      return MONTHS.containsKey(n) && i + 2 < tokens.size();
    }
    return false;
  }

  private static int skipConnector(List<Token> tokens, int i) {
    return CONNECTORS.contains(word(tokens.get(i).text)) ? i + 1 : i;
  }

  /** A word without the punctuation people put after it, in lower case. */
  private static String word(String t) {
    return t.replaceAll("[.,:;]+$", "").toLowerCase(Locale.ROOT);
  }

  // the forms, on the date's words joined by single spaces, commas and the dot of a shortened
  // month name taken off
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?";
  private static final String NAME = "(\\p{L}+)";
  private static final Pattern ISO = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern NUMBERS =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(DAY + " (?:of )?" + NAME + "(?: (\\d{4}))?");
  private static final Pattern MONTH_DAY = Pattern.compile(NAME + " " + DAY + "(?: (\\d{4}))?");

  /** Whether {@code written} has the form of a date (read or not), for a line without an owner. */
  private boolean looksLikeDate(String written) {
    String s = normal(written);
    Matcher w = WEEKDAY_FIRST.matcher(s);
    if (w.matches() && WEEKDAYS.containsKey(w.group(1))) s = w.group(2);
    if (ISO.matcher(s).matches()) return true;
    Matcher n = NUMBERS.matcher(s);
    if (n.matches()) return n.group(4) != null; // "1/6" alone may be anything
    Matcher dm = DAY_MONTH.matcher(s);
    if (dm.matches()) return MONTHS.containsKey(dm.group(2));
    Matcher md = MONTH_DAY.matcher(s);
    return md.matches() && MONTHS.containsKey(md.group(1));
  }

  private static final Pattern WEEKDAY_FIRST = Pattern.compile("(\\p{L}+) (.+)");

  private static String normal(String written) {
    return written
        .toLowerCase(Locale.ROOT)
        .replaceAll("[.,;:!]+$", "")
        .replace(',', ' ')
        .replaceAll("(\\p{L})\\.(?=\\s|$)", "$1")
        .strip()
        .replaceAll("\\s+", " ");
  }

  /** Reads a date as written. */
  Due read(String written) {
    String s = normal(written);
    DayOfWeek weekday = null;
    Matcher w = WEEKDAY_FIRST.matcher(s);
    if (w.matches() && WEEKDAYS.containsKey(w.group(1))) {
      weekday = WEEKDAYS.get(w.group(1));
      s = w.group(2);
    }
    Due due = readDate(written, s);
    if (weekday != null && due.outcome() == Outcome.READ && due.date().getDayOfWeek() != weekday) {
      return new Due(Outcome.WRONG_WEEKDAY, written, due.date(), null, weekday);
    }
    return due;
  }

  private Due readDate(String written, String s) {
    Matcher m = ISO.matcher(s);
    if (m.matches()) return day(written, num(m, 1), num(m, 3), num(m, 4));
    m = NUMBERS.matcher(s);
    if (m.matches()) {
      int a = num(m, 1);
      int b = num(m, 3);
      Integer year = m.group(4) == null ? null : year(m.group(4));
      if (lang == Lang.NL) return day(written, year, b, a);
      // English: day first or month first, whichever can be a date; both, and different: refused
      Due dayFirst = day(written, year, b, a);
      Due monthFirst = day(written, year, a, b);
      boolean df = dayFirst.outcome() == Outcome.READ;
      boolean mf = monthFirst.outcome() == Outcome.READ;
      if (df && mf && !dayFirst.date().equals(monthFirst.date())) {
        return new Due(Outcome.AMBIGUOUS, written, dayFirst.date(), monthFirst.date(), null);
      }
      if (mf && !df) return monthFirst;
      return dayFirst;
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches() && MONTHS.containsKey(m.group(2))) {
      return day(written, m.group(3) == null ? null : num(m, 3), MONTHS.get(m.group(2)), num(m, 1));
    }
    m = MONTH_DAY.matcher(s);
    if (m.matches() && MONTHS.containsKey(m.group(1))) {
      return day(written, m.group(3) == null ? null : num(m, 3), MONTHS.get(m.group(1)), num(m, 2));
    }
    return new Due(Outcome.UNREADABLE, written, null, null, null);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }

  /** The day, or why not; without a year the first such day on or after the session. */
  private Due day(String written, Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return new Due(Outcome.NO_SUCH_DAY, written, null, null, null);
    }
    try {
      if (year != null) {
        return new Due(Outcome.READ, written, LocalDate.of(year, month, day), null, null);
      }
      if (after == null) return new Due(Outcome.NO_YEAR, written, null, null, null);
      // 29 February without a year: the first leap year's on or after the session
      for (int y = after.getYear(); y <= after.getYear() + 8; y++) {
        if (day > Month.of(month).length(Year.isLeap(y))) continue;
        LocalDate d = LocalDate.of(y, month, day);
        if (!d.isBefore(after)) return new Due(Outcome.READ, written, d, null, null);
      }
      return new Due(Outcome.NO_SUCH_DAY, written, null, null, null);
    } catch (DateTimeException e) {
      return new Due(Outcome.NO_SUCH_DAY, written, null, null, null);
    }
  }

  /**
   * The date of {@code due}, or null with a finding at {@code pos}: KA608 for a date that cannot be
   * read (not a date, no such day, a weekday that is not the date's, no year and nothing to count
   * from), KA632 for numbers that English reads two ways.
   */
  LocalDate date(Due due, SourcePos pos, Findings f) {
    Messages msg = f.messages();
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("d MMMM uuuu", msg.locale());
    String hint = msg.get("KA608.hint", msg.get("KA608.forms." + lang.code()));
    switch (due.outcome()) {
      case READ -> {
        return due.date();
      }
      case AMBIGUOUS ->
          f.add("KA632", pos, due.text(), due.date().format(shown), due.other().format(shown));
      case UNREADABLE -> unreadable(f, pos, msg.get("KA608.message", due.text()), hint);
      case NO_SUCH_DAY -> unreadable(f, pos, msg.get("KA608.nosuchday", due.text()), hint);
      case NO_YEAR -> unreadable(f, pos, msg.get("KA608.noyear", due.text()), hint);
      case WRONG_WEEKDAY ->
          unreadable(
              f,
              pos,
              msg.get(
                  "KA608.weekday",
                  due.text(),
                  due.date().format(shown),
                  due.date().getDayOfWeek().getDisplayName(TextStyle.FULL, msg.locale()),
                  due.weekday().getDisplayName(TextStyle.FULL, msg.locale())),
              hint);
    }
    return null;
  }

  /** KA608 in the words that say why the date cannot be read, with the forms that are read. */
  private static void unreadable(Findings f, SourcePos pos, String message, String hint) {
    f.add(new Finding(pos, f.messages().severity("KA608"), "KA608", message, hint));
  }

  /** Month names in Dutch and English, in full and shortened, in lower case. */
  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januari", 1),
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("februari", 2),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("febr", 2),
          Map.entry("maart", 3),
          Map.entry("march", 3),
          Map.entry("mrt", 3),
          Map.entry("mar", 3),
          Map.entry("maa", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("mei", 5),
          Map.entry("may", 5),
          Map.entry("juni", 6),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("juli", 7),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("augustus", 8),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oktober", 10),
          Map.entry("october", 10),
          Map.entry("okt", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  /** Weekdays in Dutch and English, in full and shortened, in lower case. */
  static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("maandag", DayOfWeek.MONDAY),
          Map.entry("ma", DayOfWeek.MONDAY),
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("dinsdag", DayOfWeek.TUESDAY),
          Map.entry("di", DayOfWeek.TUESDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("woensdag", DayOfWeek.WEDNESDAY),
          Map.entry("wo", DayOfWeek.WEDNESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("donderdag", DayOfWeek.THURSDAY),
          Map.entry("do", DayOfWeek.THURSDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY),
          Map.entry("vrijdag", DayOfWeek.FRIDAY),
          Map.entry("vr", DayOfWeek.FRIDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("zaterdag", DayOfWeek.SATURDAY),
          Map.entry("za", DayOfWeek.SATURDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("zondag", DayOfWeek.SUNDAY),
          Map.entry("zo", DayOfWeek.SUNDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  /** Words people put before a due date; left out of the title and the date. */
  static final List<String> CONNECTORS =
      List.of(
          "voor",
          "vóór",
          "uiterlijk",
          "op",
          "per",
          "deadline",
          "by",
          "before",
          "due",
          "on",
          "until",
          "tot");
}
