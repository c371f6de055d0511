package nl.klantarena.render;

import java.util.List;
import nl.klantarena.session.Lang;

/**
 * Numbers as running text writes them: under twenty in words ("zeven klanten", "seven customers"),
 * from twenty on in figures; with the singular for one ("één klant", "one customer").
 */
public final class Numbers {

  private static final List<String> NL =
      List.of(
          "nul",
          "één",
          "twee",
          "drie",
          "vier",
          "vijf",
          "zes",
          "zeven",
          "acht",
          "negen",
          "tien",
          "elf",
          "twaalf",
          "dertien",
          "veertien",
          "vijftien",
          "zestien",
          "zeventien",
          "achttien",
          "negentien");
  private static final List<String> EN =
      List.of(
          "no",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  private Numbers() {}

  /** {@code n} in words under twenty, else in figures. */
  public static String words(int n, Lang lang) {
    if (n < 0 || n >= 20) return String.valueOf(n);
    if (n == 0 && lang == Lang.NL) return "geen";
    return (lang == Lang.NL ? NL : EN).get(n);
  }

  /** "zeven klanten", "één klant", "24 klanten". */
  public static String counted(int n, String singular, String plural, Lang lang) {
    return words(n, lang) + " " + (n == 1 ? singular : plural);
  }
}
