package nl.klantarena.io;

/**
 * Cells of the CSV files the tool writes (the notes file, the mail-merge list, the actions list),
 * safe to open in a spreadsheet: a cell that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against
 * CSV injection, so that a participant named {@code =HYPERLINK(...)} stays text. Reading a notes
 * file takes the apostrophe off again.
 */
public final class Csv {

  private Csv() {}

  /** {@code cell}, with an apostrophe before it when a spreadsheet would take it for a formula. */
  public static String guard(String cell) {
    return formula(cell, 0) ? "'" + cell : cell;
  }

  /** Takes off the apostrophe that {@link #guard} put there. */
  public static String unguard(String cell) {
    return cell.length() >= 2 && cell.charAt(0) == '\'' && formula(cell, 1)
        ? cell.substring(1)
        : cell;
  }

  private static boolean formula(String s, int at) {
    if (s.length() <= at) return false;
    char c = s.charAt(at);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
