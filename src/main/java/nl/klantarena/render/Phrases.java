package nl.klantarena.render;

import java.util.List;
import java.util.regex.Pattern;
import nl.klantarena.session.Lang;

/** Small pieces of running text that depend on what the user wrote or on a number. */
public final class Phrases {

  /** A channel that already starts with a preposition is used as written. */
  private static final Pattern NL_PREPOSITION =
      Pattern.compile("(?iu)^(via|per|met|in|op|tijdens|bij|door)\\s.*");

  private static final Pattern EN_PREPOSITION =
      Pattern.compile("(?iu)^(by|via|in|through|at|during|on|with)\\s.*");

  private Phrases() {}

  /**
   * How customers hear back, after the date: "via e-mail", "via de nieuwsbrief", "by e-mail". A
   * channel written with its own preposition ("in de nieuwsbrief", "at a meeting") is kept as it
   * is; an empty channel gives "".
   */
  public static String channel(String channel, Lang lang) {
    String c = channel == null ? "" : channel.strip();
    if (c.isEmpty()) return "";
    if (lang == Lang.NL) return NL_PREPOSITION.matcher(c).matches() ? c : "via " + c;
    return EN_PREPOSITION.matcher(c).matches() ? c : "by " + c;
  }

  /** A length of time as people say it: "een half uur", "anderhalf uur", "20 minuten". */
  public static String minutes(int minutes, Lang lang) {
    boolean nl = lang == Lang.NL;
    switch (minutes) {
      case 15:
        return nl ? "een kwartier" : "a quarter of an hour";
      case 30:
        return nl ? "een half uur" : "half an hour";
      case 45:
        return nl ? "drie kwartier" : "three quarters of an hour";
      case 60:
        return nl ? "een uur" : "an hour";
      case 90:
        return nl ? "anderhalf uur" : "an hour and a half";
      default:
        if (minutes > 60 && minutes % 60 == 0) {
          int h = minutes / 60;
          return Numbers.words(h, lang) + (nl ? " uur" : " hours");
        }
        return Numbers.counted(minutes, nl ? "minuut" : "minute", nl ? "minuten" : "minutes", lang);
    }
  }

  /** English department names that read with "the": "the Executive board", "the Billing team". */
  private static final Pattern EN_WITH_ARTICLE =
      Pattern.compile(
          "(?iu).*\\b(board|team|centre|center|department|unit|office|desk|division|committee)$");

  /**
   * A department as it follows "namens" or "representing": Dutch as written ("namens Bestuur"),
   * English with "the" where the name ends in a word such as board or team ("representing the
   * Executive board", "representing Billing").
   */
  public static String representing(String department, Lang lang) {
    String d = department == null ? "" : department.strip();
    if (d.isEmpty() || lang == Lang.NL) return d;
    boolean article =
        EN_WITH_ARTICLE.matcher(d).matches() && !d.regionMatches(true, 0, "the ", 0, 4);
    return article ? "the " + d : d;
  }

  /** "A", "A en B", "A, B en C" (English: "A, B and C"). */
  public static String list(List<String> items, Lang lang) {
    if (items.isEmpty()) return "";
    if (items.size() == 1) return items.get(0);
    String and = lang == Lang.NL ? " en " : " and ";
    return String.join(", ", items.subList(0, items.size() - 1))
        + and
        + items.get(items.size() - 1);
  }
}
