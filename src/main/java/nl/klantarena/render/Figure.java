package nl.klantarena.render;

import java.util.List;
import java.util.Objects;

/**
 * A chart drawn by the tool where the Markdown has a Mermaid block, for readers who see the report
 * as a web page or as plain text (a browser without Mermaid, an e-mail).
 *
 * @param title what the chart shows, one line
 * @param svg the chart as an inline SVG element that carries its own title and text alternative
 * @param text the chart as lines of plain text; empty when the text around it already says the same
 *     (the programme's table beside its chart)
 */
public record Figure(String title, String svg, List<String> text) {
  public Figure {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(svg, "svg");
    text = List.copyOf(text);
  }
}
