package nl.klantarena.render;

/** Text for XML and HTML (the seating plan's SVG, the report's web page and its charts). */
public final class Xml {

  private Xml() {}

  /**
   * {@code s} as character data or an attribute value in quotes: the five markup characters as
   * entities, and the characters XML cannot hold (most control characters) left out.
   */
  public static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          boolean ok =
              cp == 0x9
                  || cp == 0xA
                  || cp == 0xD
                  || (cp >= 0x20 && cp <= 0xD7FF)
                  || (cp >= 0xE000 && cp <= 0xFFFD)
                  || cp >= 0x10000;
          if (ok) b.appendCodePoint(cp);
        }
      }
    }
    return b.toString();
  }
}
