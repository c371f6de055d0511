package nl.klantarena.session;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Name helpers: "did you mean" suggestions and comparison keys for people's names. */
public final class Names {

  private Names() {}

  /** The closest of {@code candidates} to {@code word} when it is close enough to suggest. */
  public static String nearest(String word, Collection<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestD || (d == bestD && best != null && c.compareTo(best) < 0)) {
        bestD = d;
        best = c;
      }
    }
    if (best == null) return null;
    int limit = Math.max(1, Math.min(3, best.length() / 3));
    return bestD <= limit ? best : null;
  }

  /** Damerau-Levenshtein distance (optimal string alignment), for short keys. */
  public static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) return Integer.MAX_VALUE / 2;
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * A key for comparing people's names: lower case, accents removed, spaces collapsed, and the
   * letters that have no accent to remove written as a keyboard without them would: "Zoë Jansen"
   * and "zoe jansen" give the same key, as do "Yıldız" and "Yildiz", "Søren" and "Soren", "Weiß"
   * and "Weiss".
   */
  public static String key(String name) {
    String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) sb.append(' ');
      space = false;
      char l = Character.toLowerCase(c);
      String folded = l < 0x80 ? null : FOLDS.get(l);
      if (folded == null) sb.append(l);
      else sb.append(folded);
    }
    return sb.toString();
  }

  /** Letters that Unicode does not decompose into a base letter and an accent. */
  private static final Map<Character, String> FOLDS =
      Map.ofEntries(
          Map.entry('ı', "i"),
          Map.entry('ø', "o"),
          Map.entry('ß', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('ł', "l"),
          Map.entry('đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('þ', "th"),
          Map.entry('ħ', "h"),
          Map.entry('ŧ', "t"));
}
