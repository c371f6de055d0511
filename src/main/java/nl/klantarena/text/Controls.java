package nl.klantarena.text;

/**
 * Characters that change how text is shown instead of being shown: the C0 and C1 control characters
 * (ESC starts a terminal command, BEL rings, a carriage return overwrites the line) and the Unicode
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
 * the text after them (an unclosed U+202E turns a quote's attribution around). Line breaks (LF, CR)
 * and tabs are layout, not counted here: every output folds or keeps them as its format needs.
 *
 * <p>The tool reports them in the user's files ({@code check}, {@code import}) and writes them
 * everywhere as a visible code such as {@code <U+202E>}: never raw into a terminal, a Markdown
 * document or a text file.
 */
public final class Controls {

  private Controls() {}

  /** Whether {@code c} is such a character. */
  public static boolean is(int c) {
    if (c == '\n' || c == '\r' || c == '\t') return false;
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** The index of the first such character in {@code s}, or -1. */
  public static int find(String s) {
    if (s == null) return -1;
    for (int i = 0; i < s.length(); i++) if (is(s.charAt(i))) return i;
    return -1;
  }

  /** {@code U+202E}: how a finding names the character. */
  public static String name(int c) {
    return String.format("U+%04X", c);
  }

  /** {@code s} with every such character written as a visible code: {@code <U+001B>}. */
  public static String visible(String s) {
    if (find(s) < 0) return s;
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (is(c)) {
        b.append('<').append(name(c)).append('>');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
