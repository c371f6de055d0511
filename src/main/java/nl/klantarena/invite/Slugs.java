package nl.klantarena.invite;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from people's names: ASCII letters, digits and hyphens only, so that no name can
 * reach outside the output folder ({@code ../../etc/passwd} becomes {@code etc-passwd}), and unique
 * within one run (a second {@code anna} becomes {@code anna-2}).
 */
public final class Slugs {

  private static final int MAX = 60;

  private final Set<String> used = new HashSet<>();

  /** A slug for {@code text}; {@code fallback} when nothing of it is ASCII (e.g. only emoji). */
  public static String of(String text, String fallback) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      char l = Character.toLowerCase(c);
      if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
        if (dash && sb.length() > 0) sb.append('-');
        sb.append(l);
        dash = false;
      } else if (spelled(c) != null) {
        if (dash && sb.length() > 0) sb.append('-');
        sb.append(spelled(c));
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        dash = true;
      }
      if (sb.length() >= MAX) break;
    }
    String s = sb.toString();
    while (s.endsWith("-")) s = s.substring(0, s.length() - 1);
    return s.isEmpty() ? fallback : s;
  }

  /**
   * Letters that no decomposition turns into ASCII, spelled as people write them without accents.
   */
  private static String spelled(char c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'ı', 'İ' -> "i";
      case 'ø', 'Ø' -> "o";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'þ', 'Þ' -> "th";
      default -> null;
    };
  }

  /** {@code base}, or {@code base-2}, {@code base-3}, ... when it was handed out already. */
  public String unique(String base) {
    String s = base;
    for (int i = 2; !used.add(s.toLowerCase(Locale.ROOT)); i++) s = base + "-" + i;
    return s;
  }
}
