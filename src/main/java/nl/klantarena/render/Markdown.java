package nl.klantarena.render;

/**
 * Makes user text safe in GitHub-flavoured Markdown: what the user wrote comes out as the same
 * plain text, never as markup (a heading, emphasis, a link, an HTML tag or a broken table).
 */
public final class Markdown {

  private Markdown() {}

  /**
   * Escapes text for use inside a paragraph, list item or heading: backslash-escapes Markdown's
   * punctuation and HTML's angle brackets, and folds line breaks into spaces.
   */
  public static String inline(String s) {
    if (s == null || s.isEmpty()) return "";
    StringBuilder sb = new StringBuilder(s.length() + 8);
    String t = s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!', '&' ->
            sb.append('\\').append(c);
        case '+', '-', '=' -> {
          // only markup at the start of a line (list item, setext heading); escape there alone
          if (sb.length() == 0) sb.append('\\');
          sb.append(c);
        }
        case '.', ')' -> {
          // "1." or "1)" at the start would open an ordered list
          if (isDigits(sb)) sb.append('\\');
          sb.append(c);
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes text for a table cell: as {@link #inline}, so {@code |} cannot end the cell. */
  public static String cell(String s) {
    return inline(s);
  }

  /**
   * Text for a Mermaid label: no quotes, colons, hashes or semicolons, which Mermaid would read.
   */
  public static String mermaid(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case ':', '#', ';', '"', '`', '\r', '\n', '<', '>', '{', '}', '[', ']', '(', ')', '|' ->
            sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString().replaceAll(" {2,}", " ").strip();
  }

  private static boolean isDigits(StringBuilder sb) {
    if (sb.length() == 0 || sb.length() > 9) return false;
    for (int i = 0; i < sb.length(); i++) if (!Character.isDigit(sb.charAt(i))) return false;
    return true;
  }
}
