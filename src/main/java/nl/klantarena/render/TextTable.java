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
    int[] width = widths(rows);
    for (String[] r : rows) b.append(line(r, width, null, indent, gap)).append('\n');
  }

  /** How wide each column of {@code rows} is on the screen: its widest cell. */
  public static int[] widths(List<String[]> rows) {
    int cols = 0;
    for (String[] r : rows) cols = Math.max(cols, r.length);
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], width(r[i]));
    }
    return width;
  }

  /**
   * One line of a table whose columns are {@code width} wide: {@code cells} padded, right-aligned
   * where {@code right} says so (null: all left), {@code gap} spaces apart, after {@code indent}.
   * No line ends in spaces.
   */
  public static String line(String[] cells, int[] width, boolean[] right, String indent, int gap) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) line.append(" ".repeat(gap));
      String c = cell(cells[i]);
      String pad = " ".repeat(Math.max(0, width[i] - Width.of(c)));
      if (right != null && right[i]) line.append(pad).append(c);
      else line.append(c).append(i < cells.length - 1 ? pad : "");
    }
    return line.toString().stripTrailing();
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
