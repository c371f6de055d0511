package nl.klantarena.importer;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * HTML character references as the WebVTT cue text tokenizer consumes them ("consume a character
 * reference" of HTML): numeric ({@code &#252;}, {@code &#x131;}) with HTML's replacements for code
 * points that are not characters, and named ones from HTML's whole table, the longest name that
 * fits winning, with the legacy names that may go without their semicolon ({@code &not} in {@code
 * &notit;} is {@code ¬it;}).
 *
 * <p>The names Teams and Zoom write ({@code &amp; &lt; &gt; &quot; &apos; &nbsp; &lrm; &rlm;}) are
 * answered here; the rest of HTML's table comes from jsoup's, loaded only when a file holds a rarer
 * name.
 */
final class CharRefs {

  /** A reference that ends (exclusive) at {@code end} and stands for {@code text}. */
  record Ref(String text, int end) {}

  private static final Map<String, String> COMMON =
      Map.of(
          "amp", "&",
          "lt", "<",
          "gt", ">",
          "quot", "\"",
          "apos", "'",
          "nbsp", "\u00a0",
          "lrm", "\u200e",
          "rlm", "\u200f");

  /** Of {@link #COMMON}, the names HTML also accepts without a semicolon. */
  private static final Set<String> COMMON_LEGACY = Set.of("amp", "lt", "gt", "quot", "nbsp");

  /** HTML's replacements for the numbers 0x80 to 0x9F (what Windows-1252 puts there). */
  private static final char[] C1 = {
    '\u20ac', 0, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030',
    '\u0160', '\u2039', '\u0152', 0, '\u017d', 0, 0, '\u2018', '\u2019', '\u201c', '\u201d',
    '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', 0, '\u017e',
    '\u0178'
  };

  /** The longest name in HTML's table ({@code CounterClockwiseContourIntegral}). */
  private static final int LONGEST = 32;

  private CharRefs() {}

  /**
   * The reference that starts after the {@code &} at {@code amp}, or null when there is none there
   * (the {@code &} is then text). {@code allowed} is the tokenizer's "additional allowed character"
   * (a character that ends the attempt), or 0.
   */
  static Ref at(CharSequence s, int amp, char allowed) {
    int p = amp + 1;
    int n = s.length();
    if (p >= n) return null;
    char c = s.charAt(p);
    if (c == '\t' || c == '\n' || c == '\f' || c == ' ' || c == '<' || c == '&') return null;
    if (allowed != 0 && c == allowed) return null;
    if (c == '#') return numeric(s, p + 1);
    return named(s, p);
  }

  private static Ref numeric(CharSequence s, int p) {
    int n = s.length();
    boolean hex = p < n && (s.charAt(p) == 'x' || s.charAt(p) == 'X');
    int q = hex ? p + 1 : p;
    long value = 0;
    int start = q;
    while (q < n) {
      int d = digit(s.charAt(q), hex);
      if (d < 0) break;
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + d;
      q++;
    }
    if (q == start) return null; // "&#" or "&#x" without digits is text
    if (q < n && s.charAt(q) == ';') q++;
    return new Ref(character(value), q);
  }

  /** What HTML makes of the number of a numeric reference. */
  static String character(long value) {
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return "\ufffd";
    if (value >= 0x80 && value <= 0x9F && C1[(int) value - 0x80] != 0) {
      return String.valueOf(C1[(int) value - 0x80]);
    }
    return new String(Character.toChars((int) value));
  }

  private static Ref named(CharSequence s, int p) {
    int n = s.length();
    int q = p;
    while (q < n && q - p <= LONGEST && isAlnum(s.charAt(q))) q++;
    if (q == p || !isAsciiLetter(s.charAt(p))) return null;
    String run = s.subSequence(p, q).toString();
    boolean semicolon = q < n && s.charAt(q) == ';';
    if (semicolon) {
      String v = withSemicolon(run);
      if (v != null) return new Ref(v, q + 1);
    }
    // the longest legacy name the run starts with: "&notit;" is "¬" and "it;"
    for (int k = run.length(); k >= 2; k--) {
      String v = legacy(run.substring(0, k));
      if (v != null) return new Ref(v, p + k);
    }
    return null;
  }

  private static String withSemicolon(String name) {
    String v = COMMON.get(name);
    if (v != null) return v;
    return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
  }

  private static String legacy(String name) {
    if (COMMON_LEGACY.contains(name)) return COMMON.get(name);
    if (COMMON.containsKey(name)) return null;
    return Entities.isBaseNamedEntity(name) ? Entities.getByName(name) : null;
  }

  /** An ASCII digit's value (hexadecimal ones too when {@code hex}), else -1. */
  private static int digit(char c, boolean hex) {
    if (c >= '0' && c <= '9') return c - '0';
    if (hex && c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  private static boolean isAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
