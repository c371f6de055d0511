package nl.klantarena.series;

/**
 * Markdown lines within markdownlint's 80 columns: greedy word wrap of text that is Markdown
 * already (user text escaped), keeping a word that would open a list or underline a heading at the
 * start of a line from doing so.
 */
final class MdWrap {

  static final int WIDTH = 80;

  private MdWrap() {}

  /** A paragraph. */
  static String paragraph(String markdown) {
    return wrap(new StringBuilder(), markdown, "", "").toString();
  }

  /** A list item: "- " on the first line, two spaces on the rest. */
  static String item(String markdown) {
    return wrap(new StringBuilder(), markdown, "- ", "  ").toString();
  }

  /** Greedy word wrap at {@link #WIDTH}; a word longer than a line stays whole. */
  static StringBuilder wrap(StringBuilder b, String text, String first, String rest) {
    String[] words = text.strip().split(" +");
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : words) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        b.append(line).append('\n');
        line = new StringBuilder(rest);
        empty = true;
        if (word.matches("[-+*]|=+|-+")) word = "\\" + word;
        else if (word.matches("\\d{1,9}[.)].*")) word = word.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
      }
      if (!empty) line.append(' ');
      line.append(word);
      empty = false;
    }
    return b.append(line);
  }
}
