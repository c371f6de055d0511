package nl.klantarena.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What import derived for a note from its file, the session and the options: kept in the notes
 * file's {@code derived} column as {@code time=00:01:02; round=1; speaker=Eline Bos; role=customer;
 * theme=bereikbaarheid; kind=remark} (empty values left out; a {@code ;} or {@code \} in a value
 * escaped with {@code \}). A cell of the note that differs from its derived value was set by hand,
 * and a later import leaves it; a cell equal to it is the tool's, and a later import derives it
 * again.
 */
public final class Derived {

  /** The columns import derives, in the order the {@code derived} cell names them. */
  public static final List<String> FIELDS =
      List.of("time", "round", "speaker", "role", "theme", "theme_by", "kind", "owner");

  private Derived() {}

  /** The derived columns' cells of {@code n}, every one of {@link #FIELDS}. */
  public static Map<String, String> of(Note n) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : FIELDS) m.put(f, NotesFile.cell(n, f));
    return m;
  }

  /**
   * The values a {@code derived} cell holds, every one of {@link #FIELDS} (those it leaves out
   * empty); empty when the cell is (a note typed by hand, or from a file before the column).
   */
  public static Optional<Map<String, String>> parse(String cell) {
    if (cell == null || cell.isBlank()) return Optional.empty();
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : FIELDS) m.put(f, "");
    StringBuilder part = new StringBuilder();
    for (int i = 0; i <= cell.length(); i++) {
      char c = i < cell.length() ? cell.charAt(i) : ';';
      if (c == '\\' && i + 1 < cell.length()) {
        part.append(cell.charAt(++i));
      } else if (c == ';') {
        String p = part.toString();
        int eq = p.indexOf('=');
        if (eq > 0) m.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    return Optional.of(m);
  }

  /** The {@code derived} cell for {@code values} (by column name). */
  public static String format(Map<String, String> values) {
    StringBuilder b = new StringBuilder();
    for (var e : values.entrySet()) {
      if (e.getValue().isEmpty()) continue;
      if (b.length() > 0) b.append("; ");
      b.append(e.getKey()).append('=');
      b.append(e.getValue().replace("\\", "\\\\").replace(";", "\\;"));
    }
    return b.toString();
  }
}
