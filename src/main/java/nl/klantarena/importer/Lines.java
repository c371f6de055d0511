package nl.klantarena.importer;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at CRLF, LF or CR, in one pass. */
final class Lines {
  private Lines() {}

  /** The length of the line break at {@code i}: 2 for CRLF, 1 for LF or CR, 0 for none. */
  static int breakAt(String text, int i) {
    if (i >= text.length()) return 0;
    char c = text.charAt(i);
    if (c == '\n') return 1;
    if (c != '\r') return 0;
    return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
  }

  static List<String> of(String text) {
    List<String> out = new ArrayList<>(text.length() / 40 + 1);
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    if (start < n) out.add(text.substring(start));
    return out;
  }
}
