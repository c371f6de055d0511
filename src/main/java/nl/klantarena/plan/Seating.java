package nl.klantarena.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.klantarena.agenda.Words;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Xml;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * The seating plan as SVG on a portrait A4 page (units are millimetres): the inner ring with the
 * facilitator (seat F, in Dutch G, at the top) and the customers (1, 2, ...), the outer ring with
 * the staff (numbered on), a legend of the colours, and the names in two lists under the rings.
 *
 * <p>Names go in lists rather than beside the seats: a long Dutch name beside a seat does not fit
 * between the rings or beside the page at a readable size, and a list never overlaps. Text is at
 * least 3.4 mm high (about 10 pt) when printed.
 */
public final class Seating {

  static final double WIDTH = 210;
  static final double HEIGHT = 297;
  static final double CX = 105;
  static final double CY = 104;
  static final double INNER_R = 34;
  static final double OUTER_R = 60;
  static final double SEAT_R = 4.6;
  static final double FONT = 3.4;
  static final double TITLE_FONT = 6;
  static final double LIST_TOP = 178;
  static final double LINE = 4.5;

  /** About 9 pt: text never gets smaller than this. */
  static final double MIN_FONT = 3.2;

  /** How far the second line of a long name is indented. */
  static final double INDENT = 3;

  static final double MARGIN = 12;

  static final String INNER_FILL = "#f4a261";
  static final String FACILITATOR_FILL = "#2a9d8f";
  static final String OUTER_FILL = "#3d6f99";

  private Seating() {}

  /** A piece of text as drawn: its box, for the overlap test and for sizing. */
  record Label(String text, double x, double y, double size, String anchor) {
    /** Estimated width: 0.6 em per character is generous for a sans-serif face. */
    double width() {
      return text.codePointCount(0, text.length()) * 0.6 * size;
    }

    double left() {
      return switch (anchor) {
        case "end" -> x - width();
        case "middle" -> x - width() / 2;
        default -> x;
      };
    }

    /** The baseline is at y; the box spans the cap height above it and the descent below. */
    double top() {
      return y - size * 0.8;
    }

    double bottom() {
      return y + size * 0.25;
    }

    boolean overlaps(Label o) {
      return left() < o.left() + o.width()
          && o.left() < left() + width()
          && top() < o.bottom()
          && o.top() < bottom();
    }
  }

  /** Everything on the page that is text, in drawing order. */
  static List<Label> labels(Plan p) {
    return layout(p).labels;
  }

  public static String render(Plan p) {
    return layout(p).svg.append("</svg>\n").toString();
  }

  private record Layout(StringBuilder svg, List<Label> labels) {}

  private static Layout layout(Plan p) {
    Session s = p.session();
    Words w = p.words();
    StringBuilder b = new StringBuilder(8192);
    List<Label> labels = new ArrayList<>();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\"")
        .append(" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n");
    b.append("<title>").append(xml(w.doc("title", s.title()))).append("</title>\n");
    b.append("<rect x=\"0\" y=\"0\" width=\"210\" height=\"297\" fill=\"#ffffff\"/>\n");

    double titleSize = TITLE_FONT;
    while (titleSize > 4.5 && width(s.title(), titleSize) > WIDTH - 2 * MARGIN) titleSize -= 0.25;
    List<String> title = lines(s.title(), titleSize, WIDTH - 2 * MARGIN);
    double ty = title.size() == 1 ? 20 : 15;
    for (String t : title) {
      text(b, labels, new Label(t, CX, ty, titleSize, "middle"), "bold", "#000000");
      ty += titleSize * 1.15;
    }
    String when =
        Dates.longDate(s.date(), s.language())
            + ", "
            + Dates.span(
                p.programme().start().toLocalTime(),
                p.programme().end().toLocalTime(),
                s.language());
    if (s.location() != null && !s.location().name().isBlank()) when += " · " + s.location().name();
    text(
        b,
        labels,
        new Label(fit(when, 4, WIDTH - 2 * MARGIN), CX, 28, 4, "middle"),
        null,
        "#333333");

    // legend of the colours
    String[][] legend = {
      {INNER_FILL, w.get("plan.seating.inner")},
      {FACILITATOR_FILL, w.get("plan.seating.facilitator")},
      {OUTER_FILL, w.get("plan.seating.outer")}
    };
    double lx = MARGIN;
    for (String[] l : legend) {
      b.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2\" fill=\"%s\"/>\n",
              lx + 2,
              35.8,
              l[0]));
      Label lab = new Label(l[1], lx + 5.5, 37, FONT, "start");
      text(b, labels, lab, null, "#000000");
      lx += 5.5 + lab.width() + 8;
    }

    // the rings
    b.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"none\" stroke=\"#bbbbbb\" stroke-width=\"0.4\"/>\n",
            CX,
            CY,
            OUTER_R));
    b.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"#fbf3ec\" stroke=\"#bbbbbb\" stroke-width=\"0.4\"/>\n",
            CX,
            CY,
            INNER_R));

    List<String[]> inner = new ArrayList<>();
    if (s.facilitator() != null)
      inner.add(
          new String[] {w.get("plan.seating.seat"), s.facilitator().name(), FACILITATOR_FILL});
    int n = 1;
    for (Person c : s.customers())
      inner.add(new String[] {String.valueOf(n++), c.name(), INNER_FILL});
    List<String[]> outer = new ArrayList<>();
    for (Person st : s.staff())
      outer.add(new String[] {String.valueOf(n++), st.name(), OUTER_FILL});
    seats(b, labels, inner, INNER_R, 0);
    // the staff sit half a seat round, so that nobody sits straight behind the facilitator
    seats(b, labels, outer, OUTER_R, outer.isEmpty() ? 0 : Math.PI / outer.size());

    // the names, in two columns
    double colWidth = (WIDTH - 2 * MARGIN - 8) / 2;
    column(b, labels, w.doc("inner"), inner, MARGIN, colWidth);
    column(b, labels, w.doc("outer"), outer, MARGIN + colWidth + 8, colWidth);
    return new Layout(b, labels);
  }

  /** Seats evenly round a ring, clockwise from the top (turned by {@code offset} radians). */
  private static void seats(
      StringBuilder b, List<Label> labels, List<String[]> seats, double r, double offset) {
    for (int i = 0; i < seats.size(); i++) {
      double a = -Math.PI / 2 + offset + 2 * Math.PI * i / seats.size();
      double x = CX + r * Math.cos(a);
      double y = CY + r * Math.sin(a);
      String[] seat = seats.get(i);
      b.append(String.format(Locale.ROOT, "<g><title>%s</title>", xml(seat[1])));
      b.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\"/>",
              x,
              y,
              SEAT_R,
              seat[2]));
      Label l = new Label(seat[0], x, y + FONT * 0.36, FONT, "middle");
      labels.add(l);
      b.append(textElement(l, "bold", "#ffffff")).append("</g>\n");
    }
  }

  /**
   * A list of seat numbers and names. A name too long for the column gets a smaller size (not below
   * {@link #MIN_FONT}), then a second line; the rows close up when the page would overflow.
   */
  private static void column(
      StringBuilder b,
      List<Label> labels,
      String heading,
      List<String[]> rows,
      double x,
      double width) {
    text(
        b,
        labels,
        new Label(fit(heading, FONT, width), x, LIST_TOP, FONT, "start"),
        "bold",
        "#000000");
    double textWidth = width - 7;
    int lineCount = 0;
    for (String[] r : rows) lineCount += lines(r[1], MIN_FONT, textWidth).size();
    double line = Math.min(LINE, (HEIGHT - 6 - (LIST_TOP + LINE + 1)) / Math.max(1, lineCount));
    double y = LIST_TOP + LINE + 1;
    for (String[] r : rows) {
      double size = FONT;
      while (size > MIN_FONT && width(r[1], size) > textWidth)
        size = Math.max(MIN_FONT, size - 0.1);
      text(b, labels, new Label(r[0], x + 5, y, FONT, "end"), "bold", r[2]);
      List<String> ls = lines(r[1], size, textWidth);
      for (int i = 0; i < ls.size(); i++) {
        text(
            b,
            labels,
            new Label(ls.get(i), x + 7 + (i == 0 ? 0 : INDENT), y, size, "start"),
            null,
            "#000000");
        y += line;
      }
    }
  }

  static double width(String text, double size) {
    return text.codePointCount(0, text.length()) * 0.6 * size;
  }

  /** One line, or two broken at a space (a hyphen when there is none); longer text is shortened. */
  static List<String> lines(String text, double size, double width) {
    if (width(text, size) <= width) return List.of(text);
    int max = (int) Math.floor(width / (0.6 * size));
    int cut = -1;
    for (int i = Math.min(text.length() - 1, max); i > 0; i--) {
      char c = text.charAt(i);
      if (c == ' ') {
        cut = i;
        break;
      }
      if (c == '-' && cut < 0) {
        cut = i + 1;
        break;
      }
    }
    if (cut <= 0) return List.of(fit(text, size, width));
    String first = text.substring(0, cut).stripTrailing();
    String rest = text.substring(cut).strip();
    return List.of(first, fit(rest, size, width - INDENT));
  }

  private static void text(
      StringBuilder b, List<Label> labels, Label l, String weight, String fill) {
    labels.add(l);
    b.append(textElement(l, weight, fill)).append('\n');
  }

  private static String textElement(Label l, String weight, String fill) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\"%s%s fill=\"%s\">%s</text>",
        l.x(),
        l.y(),
        l.size(),
        "start".equals(l.anchor()) ? "" : " text-anchor=\"" + l.anchor() + "\"",
        weight == null ? "" : " font-weight=\"" + weight + "\"",
        fill,
        xml(l.text()));
  }

  /** Shortens text with an ellipsis when its estimated width exceeds {@code width}. */
  static String fit(String text, double size, double width) {
    int max = (int) Math.floor(width / (0.6 * size));
    if (text.codePointCount(0, text.length()) <= max) return text;
    int end = text.offsetByCodePoints(0, Math.max(1, max - 1));
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** XML text: the five special characters escaped, characters XML does not allow dropped. */
  static String xml(String s) {
    return Xml.text(s);
  }
}
