package nl.klantarena.render.html;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.klantarena.render.Xml;

/**
 * The two charts of the report as inline SVG: the programme on a clock (a bar per block) and a bar
 * per theme with its number of notes. Each chart has {@code role="img"}, a {@code <title>} and a
 * {@code <desc>} that says in words what the bars show, so that a screen reader and a search in the
 * page find the same facts as the eye. Coordinates are whole user units of a 640 wide view box; the
 * page scales the chart to its column. Text takes the page's font (no font of its own, nothing
 * loaded); its width is estimated, generously, to keep labels apart.
 */
public final class Charts {

  /** The view box's width: the page's column at 100 % zoom. */
  static final int WIDTH = 640;

  static final String INK = "#1d2433";
  static final String MUTED = "#5a6478";
  static final String GRID = "#d5dae3";
  static final String ACCENT = "#2f6690";
  static final String QUIET = "#a9b4c2";

  /**
   * An average glyph is narrower than this share of the font size in the usual sans-serif fonts.
   */
  private static final double GLYPH = 0.58;

  private Charts() {}

  /**
   * A block of the programme.
   *
   * @param label its name ("Ronde 1")
   * @param start when it starts
   * @param end when it ends
   * @param times its clock times as the report writes them ("15:30–16:45")
   * @param accent drawn in the accent colour (the rounds) rather than the quiet one
   */
  public record Span(
      String label, LocalDateTime start, LocalDateTime end, String times, boolean accent) {}

  /**
   * A bar.
   *
   * @param label what it counts (a theme)
   * @param value how many
   * @param accent drawn in the accent colour rather than the quiet one (notes without a theme)
   */
  public record Bar(String label, int value, boolean accent) {}

  /**
   * The programme as a bar per block on a time axis with a tick each hour.
   *
   * @param clock writes an hour's tick label ("15:00")
   */
  public static String timeline(
      String id, String title, String desc, List<Span> spans, Function<LocalTime, String> clock) {
    if (spans.isEmpty()) return empty(id, title, desc);
    LocalDateTime first = spans.get(0).start();
    LocalDateTime last = spans.get(0).end();
    for (Span s : spans) {
      if (s.start().isBefore(first)) first = s.start();
      if (s.end().isAfter(last)) last = s.end();
    }
    LocalDateTime from = first.truncatedTo(ChronoUnit.HOURS);
    LocalDateTime to = last.truncatedTo(ChronoUnit.HOURS);
    if (to.isBefore(last) || !to.isAfter(from)) to = to.plusHours(1);
    double minutes = Duration.between(from, to).toMinutes();

    int labelFont = 13;
    int timeFont = 12;
    int labelWidth = 0;
    for (Span s : spans) labelWidth = Math.max(labelWidth, textWidth(s.label(), labelFont));
    int left = Math.min(Math.max(labelWidth + 16, 96), WIDTH * 45 / 100);
    int right = WIDTH - 8;
    int top = 26;
    int row = 30;
    int barHeight = 18;
    int height = top + spans.size() * row + 6;
    double scale = (right - left) / minutes;

    StringBuilder b = open(id, title, desc, height);
    b.append("<g font-size=\"").append(timeFont).append("\" fill=\"").append(MUTED).append("\">");
    long hours = Duration.between(from, to).toHours();
    int step = hours > 8 ? 2 : 1;
    for (int h = 0; h <= hours; h += step) {
      LocalDateTime tick = from.plusHours(h);
      int x = (int) Math.round(left + h * 60 * scale);
      b.append("<line x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(top - 6)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(height - 4)
          .append("\" stroke=\"")
          .append(GRID)
          .append("\"/>");
      String anchor = h == 0 ? "start" : h == hours ? "end" : "middle";
      b.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(top - 11)
          .append("\" text-anchor=\"")
          .append(anchor)
          .append("\">")
          .append(Xml.text(clock.apply(tick.toLocalTime())))
          .append("</text>");
    }
    b.append("</g>");

    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      int y = top + i * row + (row - barHeight) / 2;
      int x1 = (int) Math.round(left + Duration.between(from, s.start()).toMinutes() * scale);
      int x2 = (int) Math.round(left + Duration.between(from, s.end()).toMinutes() * scale);
      int w = Math.max(x2 - x1, 2);
      int baseline = y + barHeight / 2 + 4;
      b.append("<text x=\"")
          .append(left - 8)
          .append("\" y=\"")
          .append(baseline)
          .append("\" font-size=\"")
          .append(labelFont)
          .append("\" text-anchor=\"end\" fill=\"")
          .append(INK)
          .append("\">")
          .append(Xml.text(fit(s.label(), left - 12, labelFont)))
          .append("</text>");
      b.append("<rect x=\"")
          .append(x1)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(barHeight)
          .append("\" rx=\"3\" fill=\"")
          .append(s.accent() ? ACCENT : QUIET)
          .append("\"/>");
      int tw = textWidth(s.times(), timeFont);
      String anchor;
      int tx;
      String fill = INK;
      if (x1 + w + 6 + tw <= WIDTH) {
        anchor = "start";
        tx = x1 + w + 6;
      } else if (x1 - 6 - tw >= left) {
        anchor = "end";
        tx = x1 - 6;
      } else {
        anchor = "start";
        tx = x1 + 4;
        fill = "#ffffff";
      }
      b.append("<text x=\"")
          .append(tx)
          .append("\" y=\"")
          .append(baseline)
          .append("\" font-size=\"")
          .append(timeFont)
          .append("\" text-anchor=\"")
          .append(anchor)
          .append("\" fill=\"")
          .append(fill)
          .append("\">")
          .append(Xml.text(s.times()))
          .append("</text>");
    }
    return b.append("</svg>").toString();
  }

  /** A horizontal bar per item, its label above it (long labels wrap) and its value beside it. */
  public static String bars(String id, String title, String desc, List<Bar> bars) {
    if (bars.isEmpty()) return empty(id, title, desc);
    int labelFont = 13;
    int valueFont = 12;
    int line = 17;
    int barHeight = 14;
    int gap = 12;
    int max = 1;
    for (Bar bar : bars) max = Math.max(max, bar.value());
    int valueRoom = textWidth(String.valueOf(max), valueFont) + 12;
    int full = WIDTH - valueRoom;
    List<List<String>> labels = new ArrayList<>();
    int height = 4;
    for (Bar bar : bars) {
      List<String> l = lines(bar.label(), WIDTH, labelFont);
      labels.add(l);
      height += l.size() * line + 3 + barHeight + gap;
    }

    StringBuilder b = open(id, title, desc, height);
    int y = 4;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      for (String l : labels.get(i)) {
        y += line;
        b.append("<text x=\"0\" y=\"")
            .append(y - 4)
            .append("\" font-size=\"")
            .append(labelFont)
            .append("\" fill=\"")
            .append(INK)
            .append("\">")
            .append(Xml.text(l))
            .append("</text>");
      }
      y += 3;
      int w =
          bar.value() <= 0 ? 0 : Math.max(2, (int) Math.round((double) bar.value() / max * full));
      b.append("<rect x=\"0\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(barHeight)
          .append("\" rx=\"2\" fill=\"")
          .append(bar.accent() ? ACCENT : QUIET)
          .append("\"/>");
      b.append("<text x=\"")
          .append(w + 6)
          .append("\" y=\"")
          .append(y + barHeight - 2)
          .append("\" font-size=\"")
          .append(valueFont)
          .append("\" fill=\"")
          .append(INK)
          .append("\">")
          .append(bar.value())
          .append("</text>");
      y += barHeight + gap;
    }
    return b.append("</svg>").toString();
  }

  private static String empty(String id, String title, String desc) {
    return open(id, title, desc, 1).append("</svg>").toString();
  }

  /**
   * The {@code <svg>} start tag with its accessible name and description. Inline SVG in HTML needs
   * no namespace declaration, so the page holds no address of any kind.
   */
  private static StringBuilder open(String id, String title, String desc, int height) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">");
    b.append("<title id=\"").append(id).append("-title\">").append(Xml.text(title));
    b.append("</title>");
    b.append("<desc id=\"").append(id).append("-desc\">").append(Xml.text(desc));
    b.append("</desc>");
    return b;
  }

  /** A generous estimate of how wide {@code s} is at {@code size}. */
  static int textWidth(String s, int size) {
    return (int) Math.ceil(s.codePointCount(0, s.length()) * size * GLYPH);
  }

  /** {@code s}, shortened with an ellipsis to fit {@code width}. */
  static String fit(String s, int width, int size) {
    if (textWidth(s, size) <= width) return s;
    int keep = Math.max(1, (int) (width / (size * GLYPH)) - 1);
    return s.substring(0, s.offsetByCodePoints(0, Math.min(keep, s.codePointCount(0, s.length()))))
            .stripTrailing()
        + "…";
  }

  /** {@code s} in lines that fit {@code width}, broken at spaces (a longer word stays whole). */
  static List<String> lines(String s, int width, int size) {
    int chars = Math.max(8, (int) (width / (size * GLYPH)));
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.strip().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }
}
