package nl.klantarena.render;

import java.util.List;
import nl.klantarena.text.Controls;
import nl.klantarena.text.Width;

/**
 * Columns of plain text lined up for a terminal, by how wide each cell is on the screen ({@link
 * Width}): "Hüseyin" written with a combining diaeresis, and a Chinese or Japanese name, line up
 * with the others. Cells are one line each, and shown without control characters ({@link
 * Controls}); the last column is not padded, so no line ends in spaces.
 */
public final class TextTable {

  private TextTable() {}

  /**
   * Appends {@code rows} to {@code b}, each line starting with {@code indent}, columns {@code gap}
   * spaces apart.
   */
  public static void append(StringBuilder b, List<String[]> rows, String indent, int gap) {
    int cols = 0;
    for (String[] r : rows) cols = Math.max(cols, r.length);
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], Width.of(cell(r[i])));
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < r.length; i++) {
        if (i > 0) line.append(" ".repeat(gap));
        String c = cell(r[i]);
        line.append(c);
        if (i < r.length - 1) line.append(" ".repeat(width[i] - Width.of(c)));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** {@code s} padded with spaces to {@code width} columns on the screen. */
  public static String pad(String s, int width) {
    String c = cell(s);
    return c + " ".repeat(Math.max(0, width - Width.of(c)));
  }

  /** The columns {@code s} takes as a cell. */
  public static int width(String s) {
    return Width.of(cell(s));
  }

  /** What a cell shows of {@code s}: one line, nothing a terminal would take as a command. */
  public static String cell(String s) {
    return Controls.visible(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }
}
