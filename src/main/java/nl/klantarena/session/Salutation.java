package nl.klantarena.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The greeting line of a message to a person, without its comma: "Beste mevrouw Ouali", "Dear Mrs
 * Hughes", "Beste Ruud".
 *
 * <p>A {@code salutation:} in the session is used as written. Without it, staff and the facilitator
 * are greeted by first name, and customers formally: by a title and surname when the name or an
 * alias gives one ("mevrouw Ouali", "dhr. Kuipers", "Mrs Hughes"), else by their full name ("Beste
 * Fatima Ouali", "Dear Margaret Hughes"), which is correct whoever reads it. The tool never guesses
 * a title from a first name.
 */
public final class Salutation {

  private static final Pattern NL_TITLE =
      Pattern.compile(
          "(?iu)^(mevrouw|mevr\\.?|mw\\.?|meneer|mijnheer|dhr\\.?|de heer|heer)\\s+(\\S.*)$");
  private static final Pattern EN_TITLE =
      Pattern.compile("(?u)^(Mrs|Mr|Ms|Miss|Mx|Dr|Prof)(\\.?)\\s+(\\S.*)$");

  private Salutation() {}

  /** The greeting line for {@code p} in a text in {@code lang}. */
  public static String of(Person p, Lang lang) {
    if (!p.salutation().isEmpty()) return p.salutation();
    String greeting = lang == Lang.NL ? "Beste" : "Dear";
    if (p.role() != Role.CUSTOMER) return greeting + " " + p.firstName();
    String titled = titled(p, lang);
    return greeting + " " + (titled == null ? p.name().strip() : titled);
  }

  /** "mevrouw Ouali" or "Mrs Hughes" from the name or the first alias with a title; else null. */
  static String titled(Person p, Lang lang) {
    List<String> names = new ArrayList<>();
    names.add(p.name());
    names.addAll(p.aliases());
    for (String n : names) {
      String t = titled(n.strip().replaceAll("\\s+", " "), lang);
      if (t != null) return t;
    }
    return null;
  }

  static String titled(String name, Lang lang) {
    if (lang == Lang.NL) {
      Matcher m = NL_TITLE.matcher(name);
      if (!m.matches()) return null;
      String t = m.group(1).toLowerCase(Locale.ROOT);
      String word = t.startsWith("mev") || t.startsWith("mw") ? "mevrouw" : "meneer";
      return word + " " + m.group(2);
    }
    Matcher m = EN_TITLE.matcher(name);
    return m.matches() ? m.group(1) + m.group(2) + " " + m.group(3) : null;
  }
}
