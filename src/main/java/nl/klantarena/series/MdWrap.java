package nl.klantarena.series;

import nl.klantarena.render.Wrap;

/**
 * Markdown lines within markdownlint's 80 columns: greedy word wrap of text that is Markdown
 * already (user text escaped), keeping a word that would open a list or underline a heading at the
 * start of a line from doing so.
 */
final class MdWrap {

  static final int WIDTH = Wrap.WIDTH;

  private MdWrap() {}

  /** A paragraph. */
  static String paragraph(String markdown) {
    return wrap(new StringBuilder(), markdown, "", "").toString();
  }

  /** A list item: "- " on the first line, two spaces on the rest. */
  static String item(String markdown) {
    return wrap(new StringBuilder(), markdown, "- ", "  ").toString();
  }

  /** Greedy word wrap at {@link #WIDTH} (see {@link Wrap}). */
  static StringBuilder wrap(StringBuilder b, String text, String first, String rest) {
    return Wrap.markdown(b, text, first, rest);
  }
}
