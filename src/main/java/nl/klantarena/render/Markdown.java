package nl.klantarena.render;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.klantarena.text.Controls;

/**
 * Makes user text safe in GitHub-flavoured Markdown: what the user wrote comes out as the same
 * plain text, never as markup (a heading, emphasis, a link, an HTML tag or a broken table). The one
 * escaper of every Markdown the tool writes (plan, report, actions, series).
 *
 * <p>Web addresses are broken up ({@code https\://}, {@code www\.}) so that GitHub does not turn
 * them into links and markdownlint does not report them as bare URLs: the reader sees the address
 * as it was written, as text. Control characters and bidirectional overrides are written as a
 * visible code ({@code <U+202E>}, see {@link Controls}), so that a note cannot turn the text after
 * it around.
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
    String t = Controls.visible(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
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
    return links(sb.toString());
  }

  private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.");

  /** Web addresses broken up, so that they stay text. */
  private static String links(String t) {
    if (t.indexOf("://") >= 0) t = t.replace("://", "\\://");
    if (t.toLowerCase(Locale.ROOT).contains("www.")) t = WWW.matcher(t).replaceAll("www\\\\.");
    return t;
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
        default -> sb.append(Controls.is(c) ? ' ' : c);
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
