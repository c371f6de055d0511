package nl.klantarena.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.klantarena.text.Width;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Markdown as plain text for an e-mail or a word processor: what the reader sees, never the markup
 * that says it (no backslash escapes, no {@code **}, no table pipes).
 *
 * <p>Headings are underlined ({@code =}, {@code -} and dots); bold is written between asterisks, as
 * plain-text mail does; paragraphs and list items are wrapped at {@value #WIDTH} columns, which an
 * e-mail program shows unbroken and a page of a word processor holds; a table that fits that width
 * is laid out in aligned columns, a wider one becomes a list with a "column: value" line per cell.
 * A chart becomes its lines of text (see {@link Figure}). Raw HTML comments are left out.
 */
public final class PlainText {

  /** The widest line: room for an e-mail program's quoting ({@code > }) within 78 columns. */
  public static final int WIDTH = 72;

  /** Stands for a space that does not break while a line is wrapped (a private-use character). */
  private static final char KEEP = '\uE000';

  private final Figures figures;
  private int charts;

  private PlainText(Figures figures) {
    this.figures = figures;
  }

  public static String render(String markdown, Figures figures) {
    List<String> lines = new PlainText(figures).blocks(Gfm.parse(markdown), WIDTH, false);
    StringBuilder b = new StringBuilder(markdown.length() + 256);
    for (String l : lines) b.append(l.stripTrailing()).append('\n');
    return b.toString();
  }

  /** The children of a container, one after the other; a blank line between them unless tight. */
  private List<String> blocks(Node parent, int width, boolean tight) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      List<String> lines = block(n, width);
      if (lines.isEmpty()) continue;
      if (!out.isEmpty() && !tight) out.add("");
      out.addAll(lines);
    }
    return out;
  }

  private List<String> block(Node n, int width) {
    if (n instanceof Heading h) return heading(h, width);
    if (n instanceof Paragraph p) return wrap(inline(p), width, "", "");
    if (n instanceof ListBlock l) return list(l, width);
    if (n instanceof FencedCodeBlock f) return fenced(f, width);
    if (n instanceof IndentedCodeBlock c) return code(c.getLiteral());
    if (n instanceof TableBlock t) return table(t, width);
    if (n instanceof ThematicBreak) return List.of("* * *");
    if (n instanceof BlockQuote q) {
      List<String> out = new ArrayList<>();
      for (String l : blocks(q, width - 2, false)) out.add(l.isEmpty() ? ">" : "> " + l);
      return out;
    }
    if (n instanceof HtmlBlock h) {
      return Gfm.isComment(h.getLiteral()) ? List.of() : h.getLiteral().strip().lines().toList();
    }
    if (n instanceof Document) return blocks(n, width, false);
    return wrap(inline(n), width, "", "");
  }

  /** A heading, wrapped when it is long, underlined ({@code =}, {@code -}, {@code .}) by level. */
  private static List<String> heading(Heading h, int width) {
    List<String> out = new ArrayList<>(wrap(Gfm.text(h), width, "", ""));
    int len = 0;
    for (String l : out) len = Math.max(len, Width.of(l));
    out.add(String.valueOf(h.getLevel() == 1 ? '=' : h.getLevel() == 2 ? '-' : '.').repeat(len));
    return out;
  }

  private List<String> list(ListBlock l, int width) {
    boolean tight = l.isTight();
    int number =
        l instanceof OrderedList o && o.getMarkerStartNumber() != null
            ? o.getMarkerStartNumber()
            : 1;
    int items = 0;
    for (Node i = l.getFirstChild(); i != null; i = i.getNext()) items++;
    int markerWidth =
        l instanceof OrderedList ? String.valueOf(number + items - 1).length() + 2 : 2;
    List<String> out = new ArrayList<>();
    for (Node i = l.getFirstChild(); i != null; i = i.getNext()) {
      if (!(i instanceof ListItem)) continue;
      String marker = l instanceof OrderedList ? (number++) + ". " : "- ";
      marker = marker + " ".repeat(Math.max(0, markerWidth - marker.length()));
      String indent = " ".repeat(markerWidth);
      List<String> lines = blocks(i, width - markerWidth, tight);
      if (!out.isEmpty() && !tight) out.add("");
      for (int k = 0; k < lines.size(); k++) {
        String line = lines.get(k);
        out.add(k == 0 ? marker + line : line.isEmpty() ? "" : indent + line);
      }
      if (lines.isEmpty()) out.add(marker.strip());
    }
    return out;
  }

  private List<String> fenced(FencedCodeBlock f, int width) {
    String info = f.getInfo() == null ? "" : f.getInfo().strip();
    Optional<Figure> figure = figures.of(info, f.getLiteral(), "chart-" + (charts + 1));
    if (figure.isEmpty()) return code(f.getLiteral());
    charts++;
    if (figure.get().text().isEmpty()) return List.of();
    List<String> out = new ArrayList<>(wrap(figure.get().title(), width, "", ""));
    out.add("");
    for (String t : figure.get().text()) out.addAll(wrap(t, width, "- ", "  "));
    return out;
  }

  private static List<String> code(String literal) {
    List<String> out = new ArrayList<>();
    for (String l : literal.stripTrailing().lines().toList()) out.add("    " + l);
    return out;
  }

  /**
   * A table in aligned columns (a line of dashes under the header) when it fits {@code width};
   * otherwise one list item per row with a "header: value" line per non-empty cell.
   */
  private List<String> table(TableBlock t, int width) {
    List<String> header = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          cells.add(inline(c).replace('\n', ' ').strip());
          if (part instanceof TableHead)
            right.add(((TableCell) c).getAlignment() == TableCell.Alignment.RIGHT);
        }
        if (part instanceof TableHead) header = cells;
        else rows.add(cells);
      }
    }
    int cols = header.size();
    List<String[]> all = new ArrayList<>();
    all.add(header.toArray(new String[0]));
    for (List<String> r : rows)
      all.add(r.subList(0, Math.min(cols, r.size())).toArray(new String[0]));
    int[] w = TextTable.widths(all);
    boolean[] alignRight = new boolean[cols];
    for (int i = 0; i < cols; i++) alignRight[i] = right.get(i);
    int total = 2 * Math.max(0, cols - 1);
    for (int x : w) total += x;

    List<String> out = new ArrayList<>();
    if (total <= width) {
      String[] dashes = new String[cols];
      for (int i = 0; i < cols; i++) dashes[i] = "-".repeat(w[i]);
      all.add(1, dashes);
      for (String[] r : all) out.add(TextTable.line(r, w, alignRight, "", 2));
      return out;
    }
    for (List<String> r : rows) {
      if (!out.isEmpty()) out.add("");
      boolean first = true;
      for (int i = 0; i < cols && i < r.size(); i++) {
        if (r.get(i).isEmpty()) continue;
        String cell = header.get(i).isEmpty() ? r.get(i) : header.get(i) + ": " + r.get(i);
        out.addAll(wrap(cell, width, first ? "- " : "  ", "    "));
        first = false;
      }
    }
    return out;
  }

  /** Inline content as the reader sees it; a hard line break stays a line break. */
  private static String inline(Node parent) {
    StringBuilder b = new StringBuilder();
    inline(parent, b);
    return b.toString();
  }

  private static void inline(Node parent, StringBuilder b) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) b.append(t.getLiteral());
      else if (n instanceof Code c) b.append(c.getLiteral());
      else if (n instanceof SoftLineBreak) b.append(' ');
      else if (n instanceof HardLineBreak) b.append('\n');
      else if (n instanceof Image i) b.append(Gfm.text(i));
      else if (n instanceof StrongEmphasis) {
        // as plain-text mail marks it, so that "overdue" and a legend's "bold" still stand out
        b.append('*');
        inline(n, b);
        b.append('*');
      } else if (n instanceof HtmlInline h) {
        if (!Gfm.isComment(h.getLiteral())) b.append(h.getLiteral());
      } else if (n instanceof Link l) {
        String text = Gfm.text(l);
        b.append(text);
        String to = l.getDestination();
        if (to != null && to.startsWith("mailto:")) to = to.substring(7);
        // an autolinked address (<a@b.nl>) is its own text: written once
        if (to != null && !to.isEmpty() && !to.startsWith("#") && !to.equals(text)) {
          b.append(" (").append(to).append(')');
        }
      } else inline(n, b);
    }
  }

  /**
   * Text wrapped at {@code width}; each hard line break starts a new line. What {@link
   * Gfm#together} keeps together stays on one line.
   */
  private static List<String> wrap(String text, int width, String first, String rest) {
    List<String> out = new ArrayList<>();
    String prefix = first;
    for (String part : text.split("\n", -1)) {
      String kept = Gfm.together(part, KEEP);
      StringBuilder b = Wrap.plain(new StringBuilder(), kept, prefix, rest, width);
      out.addAll(b.toString().replace(KEEP, ' ').lines().toList());
      prefix = rest;
    }
    return out;
  }
}
