package nl.klantarena.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.klantarena.text.Width;

/**
 * Greedy word wrap at markdownlint's 80 columns, for the Markdown and the plain text the tool
 * writes: the one word wrap of every output. Markdown lines are measured as markdownlint measures
 * them, plain text as a terminal shows it. A word longer than a line stays whole. In Markdown, a
 * word that would change the meaning of the line it starts is escaped there: a list marker ({@code
 * -}, {@code +}, {@code *}), a heading marker ({@code #}), a quote ({@code >}), a setext underline
 * or a thematic break ({@code ===}, {@code ---}); and a number that ends in {@code .} or {@code )}
 * stays with the word before it, so that it never starts a numbered list.
 */
public final class Wrap {

  /** The widest line, markdownlint's MD013 default. */
  public static final int WIDTH = 80;

  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,9}[.)].*");
  private static final Pattern OPENER = Pattern.compile("[-+*]|=+|-+|#{1,6}|>.*");

  private Wrap() {}

  /**
   * Markdown text (user text already escaped) wrapped; {@code first} and {@code rest} start the
   * lines.
   */
  public static String markdown(String text, String first, String rest) {
    return wrap(new StringBuilder(), text, first, rest, true).toString();
  }

  /** A Markdown paragraph. */
  public static String paragraph(String markdown) {
    return markdown(markdown, "", "");
  }

  /** A Markdown list item: "- " on the first line, two spaces on the rest. */
  public static String item(String markdown) {
    return markdown(markdown, "- ", "  ");
  }

  /** As {@link #markdown(String, String, String)}, appended to {@code b}. */
  public static StringBuilder markdown(StringBuilder b, String text, String first, String rest) {
    return wrap(b, text, first, rest, true);
  }

  /** Plain text wrapped, nothing escaped. */
  public static StringBuilder plain(StringBuilder b, String text, String first, String rest) {
    return wrap(b, text, first, rest, false, WIDTH);
  }

  /** Plain text wrapped at {@code width} columns, nothing escaped. */
  public static StringBuilder plain(
      StringBuilder b, String text, String first, String rest, int width) {
    return wrap(b, text, first, rest, false, width);
  }

  private static StringBuilder wrap(
      StringBuilder b, String text, String first, String rest, boolean md) {
    return wrap(b, text, first, rest, md, WIDTH);
  }

  private static StringBuilder wrap(
      StringBuilder b, String text, String first, String rest, boolean md, int width) {
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(text.strip())) {
      if (md
          && !words.isEmpty()
          && !w.isEmpty()
          && Character.isDigit(w.charAt(0))
          && NUMBERED.matcher(w).matches()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + " " + w);
      } else {
        words.add(w);
      }
    }
    StringBuilder line = new StringBuilder(first);
    int used = columns(first, md);
    boolean empty = true;
    for (String word : words) {
      int w = columns(word, md);
      if (!empty && used + 1 + w > width) {
        b.append(line).append('\n');
        line = new StringBuilder(rest);
        used = columns(rest, md);
        empty = true;
        if (md && OPENER.matcher(word).matches()) word = "\\" + word;
        else if (md && NUMBERED.matcher(word).matches())
          word = word.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
        w = columns(word, md);
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += w;
      empty = false;
    }
    return b.append(line);
  }

  /**
   * How long {@code s} is on a line: in Markdown as markdownlint counts (UTF-16 units, its MD013),
   * in plain text as a terminal shows it ({@link Width}: a CJK character two columns, a combining
   * accent none).
   */
  private static int columns(String s, boolean md) {
    return md ? s.length() : Width.of(s);
  }
}
