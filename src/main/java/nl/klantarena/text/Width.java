package nl.klantarena.text;

/**
 * How many columns a text takes on a terminal: a letter with an accent written as two code points
 * ({@code u} and a combining diaeresis) takes one, a Chinese, Japanese or Korean character two, a
 * zero-width joiner none, as terminals and {@code wcwidth} count them. Used to line up the columns
 * of the text tables and to put the caret under the right character of an excerpt.
 */
public final class Width {

  private Width() {}

  /** The columns {@code s} takes. */
  public static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      w += of(c);
      i += Character.charCount(c);
    }
    return w;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  public static int of(int c) {
    if (c == 0) return 0;
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (c >= 0x1160 && c <= 0x11FF)) { // Hangul vowels and finals join the syllable before
      return 0;
    }
    return wide(c) ? 2 : 1;
  }

  /** East Asian Wide and Fullwidth characters, and the emoji that terminals draw two wide. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x2FFFD)
        || (c >= 0x30000 && c <= 0x3FFFD);
  }
}
