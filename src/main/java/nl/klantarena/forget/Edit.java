package nl.klantarena.forget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One change to a text: the characters {@code [start, end)} become {@code replacement}.
 *
 * @param shownBefore how the report shows what was there (decoded, on one line)
 */
record Edit(int start, int end, String replacement, String shownBefore) {

  /** The edit of {@code [start, end)} of {@code text}, shown as what was there. */
  static Edit of(int start, int end, String replacement, String text) {
    return new Edit(start, end, replacement, oneLine(text.substring(start, end)));
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /**
   * {@code first} and then those of {@code more} that overlap none before them, in text order: an
   * edit of a person's own key wins over a name found inside it.
   */
  static List<Edit> merge(List<Edit> first, List<Edit> more) {
    List<Edit> all = new ArrayList<>(first);
    for (Edit e : more) {
      boolean overlaps = false;
      for (Edit f : all) overlaps |= e.start() < f.end() && f.start() < e.end();
      if (!overlaps) all.add(e);
    }
    all.sort(Comparator.comparingInt(Edit::start));
    return all;
  }

  /** {@code text} with the (sorted, non-overlapping) {@code edits} made. */
  static String apply(String text, List<Edit> edits) {
    StringBuilder b = new StringBuilder(text.length());
    int at = 0;
    for (Edit e : edits) {
      b.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return b.append(text, at, text.length()).toString();
  }
}
