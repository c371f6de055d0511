package nl.klantarena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.klantarena.agenda.Slot;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Figure;
import nl.klantarena.render.Figures;
import nl.klantarena.render.PlainText;
import nl.klantarena.render.html.Charts;
import nl.klantarena.render.html.HtmlPage;

/**
 * The report for readers who do not read Markdown: a web page (to open, print or attach) and plain
 * text (to paste into an e-mail or a letter). Both are made from the report's Markdown, so a
 * template's words and order are theirs too; in place of the Mermaid charts they draw the programme
 * and the notes per theme themselves, from the same data as those charts.
 */
public final class ReportPage {

  private ReportPage() {}

  /** The report's Markdown as one self-contained web page in the session's language. */
  public static String html(Report r, String markdown) {
    return HtmlPage.render(markdown, r.lang().code(), figures(r));
  }

  /** The report's Markdown as plain text. */
  public static String text(Report r, String markdown) {
    return PlainText.render(markdown, figures(r));
  }

  /** A Mermaid {@code gantt} is the programme, a {@code pie} the notes per theme. */
  static Figures figures(Report r) {
    return (info, code, id) -> {
      if (!info.equals("mermaid")) return Optional.empty();
      String kind = code.strip().split("\\s+", 2)[0];
      return switch (kind) {
        case "gantt" -> Optional.of(programme(r, id));
        case "pie" -> Optional.of(themes(r, id));
        default -> Optional.empty();
      };
    };
  }

  /** The programme on a clock; no text of its own, as the programme's table says the same. */
  static Figure programme(Report r, String id) {
    String title = r.word("agenda.chart", Dates.date(r.session.date(), r.lang()));
    List<Charts.Span> spans = new ArrayList<>();
    List<String> said = new ArrayList<>();
    for (Slot sl : r.programme.slots()) {
      String times = ReportMarkdown.span(sl, r.lang());
      spans.add(new Charts.Span(sl.name(), sl.start(), sl.end(), times, sl.kind().round() > 0));
      said.add(times + " " + sl.name());
    }
    String desc = String.join("; ", said);
    return new Figure(
        title, Charts.timeline(id, title, desc, spans, t -> Dates.time(t)), List.of());
  }

  /** A bar per theme with its number of notes; as text, a line per theme. */
  static Figure themes(Report r, String id) {
    String title = r.word("chart.title");
    List<Charts.Bar> bars = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Report.ThemeCount c : r.notesPerTheme()) {
      bars.add(new Charts.Bar(c.label(), c.notes(), c.themed()));
      lines.add(
          c.label()
              + ": "
              + r.word(c.notes() == 1 ? "chart.notes.one" : "chart.notes.many", c.notes()));
    }
    return new Figure(title, Charts.bars(id, title, String.join("; ", lines), bars), lines);
  }
}
