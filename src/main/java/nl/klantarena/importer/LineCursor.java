package nl.klantarena.importer;

/**
 * The lines of a text one at a time, without a list of them: a line ends at CR LF, LF or CR, and a
 * line's number counts from 1. Readers of long transcripts walk the text once with it.
 */
final class LineCursor {
  private final String text;
  private int pos;
  private int number;

  LineCursor(String text) {
    this.text = text;
  }

  /** The next line, or null at the end of the text. */
  String next() {
    int n = text.length();
    if (pos >= n) return null;
    int start = pos;
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == '\n' || c == '\r') break;
      pos++;
    }
    String line = text.substring(start, pos);
    if (pos < n) {
      if (text.charAt(pos) == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') pos++;
      pos++;
    }
    number++;
    return line;
  }

  /** The number of the line {@link #next} returned last. */
  int number() {
    return number;
  }

  /** Where the next line starts, to come back to with {@link #reset}. */
  long mark() {
    return ((long) number << 32) | pos;
  }

  void reset(long mark) {
    number = (int) (mark >>> 32);
    pos = (int) mark;
  }
}
