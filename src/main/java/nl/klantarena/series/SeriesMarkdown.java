package nl.klantarena.series;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.finding.Messages;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Markdown;
import nl.klantarena.session.Lang;

/**
 * The two series sections of the report as Markdown, in the session's language (what the tool
 * generates follows the session, not {@code --lang}): the actions carried over from earlier
 * sessions, and the trends table. Each section starts with a heading of the given level and ends
 * with a newline; user text is escaped.
 */
public final class SeriesMarkdown {

  private final Messages msg;
  private final Lang lang;

  public SeriesMarkdown(Lang lang) {
    this.lang = lang;
    this.msg = Messages.of(lang == Lang.NL ? "nl" : "en");
  }

  /** "Open actions from earlier sessions": a table, or one sentence when there are none. */
  public String carriedOver(Series series, int level) {
    StringBuilder sb = heading(level, "series.carried.title");
    List<ActionRow> rows = series.carriedOver();
    if (series.earlier().isEmpty()) return sb.append(wrap(msg.get("series.carried.first"))).append("\n").toString();
    if (rows.isEmpty()) return sb.append(wrap(msg.get("series.carried.none"))).append("\n").toString();
    long late = rows.stream().filter(ActionRow::overdue).count();
    sb.append(wrap(msg.get(rows.size() == 1 ? "series.carried.intro.one" : "series.carried.intro", rows.size(), late)))
        .append("\n\n");
    sb.append("| ").append(msg.get("series.col.id")).append(" | ").append(msg.get("series.col.action"))
        .append(" | ").append(msg.get("series.col.theme")).append(" | ").append(msg.get("series.col.owner"))
        .append(" | ").append(msg.get("series.col.due")).append(" | ").append(msg.get("series.col.session"))
        .append(" | ").append(msg.get("series.col.status")).append(" |\n");
    sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (ActionRow r : rows) {
      String status = r.overdue()
          ? "**" + msg.get(r.daysOverdue() == 1 ? "series.overdue.one" : "series.overdue.many", r.daysOverdue()) + "**"
          : msg.get("series.open");
      List<String> cells = List.of(
          Markdown.cell(r.action().id()), Markdown.cell(r.action().title()), Markdown.cell(r.session().theme(r.action().theme()).map(t -> t.title()).filter(x -> !x.isEmpty())
              .orElse(r.action().theme())),
          Markdown.cell(r.ownerName()), r.action().due() == null ? "" : Dates.date(r.action().due(), lang),
          Markdown.cell(r.session().title()), status);
      sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    return sb.toString();
  }

  /**
   * "Themes over time": a row per theme, a column per earlier session with the count, "–" where
   * the theme was not on that session's agenda and had nothing; or one sentence for a first session.
   */
  public String trends(Series series, int level) {
    return trends(series.trends(), level);
  }

  /** As {@link #trends(Series, int)}, for trends counted with notes ({@link Series#trends(Trends.NoteCounts)}). */
  public String trends(Trends t, int level) {
    StringBuilder sb = heading(level, "series.trends.title");
    if (t.isEmpty() || t.rows().isEmpty()) return sb.append(wrap(msg.get("series.trends.first"))).append("\n").toString();
    boolean notes = t.columns().stream().anyMatch(c -> c.basis() == Trends.Basis.NOTES);
    sb.append(wrap(msg.get(notes ? "series.trends.intro.notes" : "series.trends.intro.actions"))).append("\n\n");
    List<String> head = new ArrayList<>();
    head.add(msg.get("series.col.theme"));
    for (Trends.Column c : t.columns()) head.add(Markdown.cell(c.title()));
    head.add(msg.get("series.col.total"));
    sb.append("| ").append(String.join(" | ", head)).append(" |\n");
    sb.append("| --- |").append(" ---: |".repeat(head.size() - 1)).append("\n");
    for (Trends.Row r : t.rows()) {
      List<String> cells = new ArrayList<>();
      String name = Markdown.cell(r.title());
      cells.add(r.current() ? "**" + name + "**" : name);
      for (int i = 0; i < r.counts().size(); i++) {
        int n = r.counts().get(i);
        cells.add(n == 0 && !t.columns().get(i).planned().contains(r.id()) ? "–" : String.valueOf(n));
      }
      cells.add(String.valueOf(r.total()));
      sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    sb.append("\n").append(wrap(msg.get("series.trends.legend"))).append("\n");
    return sb.toString();
  }

  /**
   * Breaks a sentence of the tool's own into lines of at most 80 characters, as markdownlint's
   * line-length rule wants; Markdown joins them again into one paragraph.
   */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + 1 + word.length() > 80) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  private StringBuilder heading(int level, String key) {
    return new StringBuilder("#".repeat(Math.max(1, Math.min(6, level)))).append(' ').append(msg.get(key)).append("\n\n");
  }
}
