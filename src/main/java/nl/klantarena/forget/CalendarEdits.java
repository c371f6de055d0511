package nl.klantarena.forget;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.klantarena.ics.Ics;

/**
 * The edits of a calendar file (RFC 5545): each content line is unfolded, its text unescaped, the
 * person forgotten in it, and only a line that changed is escaped and folded again; every other
 * line keeps its bytes.
 */
final class CalendarEdits {

  /** The properties whose value is TEXT, escaped as {@link Ics#text} escapes it. */
  private static final Set<String> TEXT =
      Set.of("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT");

  private CalendarEdits() {}

  /**
   * {@code ics} with the person forgotten; the fragments replaced go to {@code found} (with the
   * number of the line where their content line starts, counted from {@code firstLine}).
   */
  static String edit(String ics, Replacer r, int firstLine, List<Found> found) {
    StringBuilder out = new StringBuilder(ics.length());
    int i = 0;
    int line = firstLine;
    while (i < ics.length()) {
      // one content line: up to a line end not followed by a space or a tab
      int end = i;
      int physical = 0;
      while (true) {
        int nl = ics.indexOf('\n', end);
        if (nl < 0) {
          end = ics.length();
          physical++;
          break;
        }
        end = nl + 1;
        physical++;
        if (end >= ics.length() || (ics.charAt(end) != ' ' && ics.charAt(end) != '\t')) break;
      }
      String raw = ics.substring(i, end);
      String logical = raw.replaceAll("\\r?\\n[ \\t]", "");
      String ending = logical.endsWith("\r\n") ? "\r\n" : logical.endsWith("\n") ? "\n" : "";
      logical = logical.substring(0, logical.length() - ending.length());
      String changed = forget(logical, r, line, found);
      if (changed == null) out.append(raw);
      else {
        String folded = Ics.fold(changed);
        if (!ending.equals("\r\n")) folded = folded.substring(0, folded.length() - 2) + ending;
        out.append(folded);
      }
      line += physical;
      i = end;
    }
    return out.toString();
  }

  /** A content line with the person forgotten, or null when it does not name them. */
  private static String forget(String logical, Replacer r, int line, List<Found> found) {
    int colon = valueStart(logical);
    if (colon < 0) return null;
    String head = logical.substring(0, colon);
    String value = logical.substring(colon + 1);
    String name = head.split(";", 2)[0].toUpperCase(Locale.ROOT);
    List<Edit> he = r.edits(head);
    String newHead = Edit.apply(head, he);
    String newValue = value;
    if (TEXT.contains(name)) {
      String text = unescape(value);
      List<Edit> ve = r.edits(text);
      if (!ve.isEmpty()) {
        newValue = Ics.text(Edit.apply(text, ve));
        for (Edit e : ve) found.add(new Found(line, e.shownBefore(), e.replacement()));
      }
    } else {
      List<Edit> ve = r.edits(value);
      newValue = Edit.apply(value, ve);
      for (Edit e : ve) found.add(new Found(line, e.shownBefore(), e.replacement()));
    }
    for (Edit e : he) found.add(new Found(line, e.shownBefore(), e.replacement()));
    if (he.isEmpty() && newValue.equals(value)) return null;
    return newHead + ":" + newValue;
  }

  /** The colon that ends a content line's name and parameters (not one inside quotes). */
  private static int valueStart(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (c == ':' && !quoted) return i;
    }
    return -1;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' || n == 'N' ? '\n' : n);
      } else b.append(c);
    }
    return b.toString();
  }
}
