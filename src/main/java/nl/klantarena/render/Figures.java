package nl.klantarena.render;

import java.util.Optional;

/** Finds the chart that stands in for a fenced block of Markdown (see {@link Figure}). */
@FunctionalInterface
public interface Figures {

  /** No block has a chart: every fenced block is shown as code. */
  Figures NONE = (info, code, id) -> Optional.empty();

  /**
   * The chart for a fenced block, or empty to show the block as it is.
   *
   * @param info the fence's info string, such as {@code mermaid}
   * @param code the block's content
   * @param id a prefix for the ids inside the SVG, unique in the page
   */
  Optional<Figure> of(String info, String code, String id);
}
