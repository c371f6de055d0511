package nl.klantarena.series;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.actions.ActionRow;
import nl.klantarena.finding.Messages;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Markdown;
import nl.klantarena.render.Wrap;
import nl.klantarena.session.Action;
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

  /**
   * "Open actions from earlier sessions": a list, overdue ones first and marked, or one sentence
   * when there are none. A list rather than a table, so that every line stays within 80 columns.
   */
  public String carriedOver(Series series, int level) {
    StringBuilder sb = heading(level, "series.carried.title");
    List<ActionRow> rows = series.carriedOver();
    if (series.earlier().isEmpty())
      return sb.append(Wrap.paragraph(msg.get("series.carried.first"))).append("\n").toString();
    if (rows.isEmpty())
      return sb.append(Wrap.paragraph(msg.get("series.carried.none"))).append("\n").toString();
    long late = rows.stream().filter(ActionRow::overdue).count();
    sb.append(
            Wrap.paragraph(
                msg.get(
                    rows.size() == 1 ? "series.carried.intro.one" : "series.carried.intro",
                    rows.size(),
                    late)))
        .append("\n\n");
    for (ActionRow r : rows) {
      Action a = r.action();
      String due =
          a.due() == null
              ? msg.get("series.item.nodue")
              : msg.get("series.item.due", Dates.date(a.due(), lang));
      if (r.overdue()) {
        due +=
            " **"
                + msg.get(
                    r.daysOverdue() == 1 ? "series.item.late.one" : "series.item.late.many",
                    r.daysOverdue())
                + "**";
      }
      String theme =
          r.session()
              .theme(a.theme())
              .map(t -> t.title())
              .filter(x -> !x.isEmpty())
              .orElse(a.theme());
      String owner =
          r.ownerName().isEmpty() ? msg.get("series.item.noowner") : Markdown.inline(r.ownerName());
      String id = a.id().isEmpty() ? "" : "**" + Markdown.inline(a.id()) + "** ";
      String text =
          msg.get(
              "series.item",
              id,
              Markdown.inline(a.title()),
              owner,
              due,
              theme.isEmpty() ? "" : msg.get("series.item.theme", Markdown.inline(theme)),
              Markdown.inline(r.session().title()));
      sb.append(Wrap.item(text)).append("\n");
    }
    return sb.toString();
  }

  /**
   * "Themes over time": a row per theme, a numbered column per earlier session with the count ("–"
   * where the theme was not on that session's agenda and had nothing), the total, and the sessions
   * the numbers stand for; or one sentence for a first session.
   */
  public String trends(Series series, int level) {
    return trends(series.trends(), level);
  }

  /**
   * As {@link #trends(Series, int)}, for trends counted with notes ({@link
   * Series#trends(Trends.NoteCounts)}).
   */
  public String trends(Trends t, int level) {
    StringBuilder sb = heading(level, "series.trends.title");
    if (t.isEmpty() || t.rows().isEmpty())
      return sb.append(Wrap.paragraph(msg.get("series.trends.first"))).append("\n").toString();
    boolean notes = t.columns().stream().anyMatch(c -> c.basis() == Trends.Basis.NOTES);
    boolean actions = t.columns().stream().anyMatch(c -> c.basis() == Trends.Basis.ACTIONS);
    boolean mixed = notes && actions;
    String intro =
        mixed
            ? "series.trends.intro.mixed"
            : notes ? "series.trends.intro.notes" : "series.trends.intro.actions";
    sb.append(Wrap.paragraph(msg.get(intro))).append("\n\n");
    // theme titles when every row fits in 80 columns, else the shorter ids
    boolean titles = true;
    int cols = t.columns().size();
    for (Trends.Row r : t.rows()) if (rowWidth(label(r, true), cols) > Wrap.WIDTH) titles = false;
    int widest = 0;
    for (Trends.Row r : t.rows()) widest = Math.max(widest, label(r, titles).length());
    // with many earlier sessions only the latest that fit are shown; the total counts them all
    int shown = cols;
    while (shown > 1 && rowWidth("x".repeat(widest), shown) > Wrap.WIDTH) shown--;
    int from = cols - shown;
    List<String> head = new ArrayList<>();
    head.add(msg.get("series.col.theme"));
    for (int i = from; i < cols; i++) head.add(String.valueOf(i + 1));
    head.add(msg.get("series.col.total"));
    sb.append("| ").append(String.join(" | ", head)).append(" |\n");
    sb.append("| --- |").append(" ---: |".repeat(head.size() - 1)).append("\n");
    for (Trends.Row r : t.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(label(r, titles));
      for (int i = from; i < cols; i++) {
        int n = r.counts().get(i);
        cells.add(
            n == 0 && !t.columns().get(i).planned().contains(r.id()) ? "–" : String.valueOf(n));
      }
      cells.add(String.valueOf(r.total()));
      sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    sb.append("\n");
    for (int i = from; i < cols; i++) {
      Trends.Column c = t.columns().get(i);
      String text =
          Markdown.inline(c.title())
              + (c.date() == null ? "" : ", " + Dates.date(c.date(), lang))
              + (mixed
                  ? " "
                      + msg.get(
                          c.basis() == Trends.Basis.NOTES
                              ? "series.trends.basis.notes"
                              : "series.trends.basis.actions")
                  : "");
      sb.append(
              Wrap.markdown(
                  new StringBuilder(),
                  text,
                  (i + 1) + ". ",
                  " ".repeat(String.valueOf(i + 1).length() + 2)))
          .append("\n");
    }
    sb.append("\n");
    if (from > 0) sb.append(Wrap.paragraph(msg.get("series.trends.older", from))).append("\n\n");
    sb.append(Wrap.paragraph(msg.get("series.trends.legend"))).append("\n");
    return sb.toString();
  }

  private String label(Trends.Row r, boolean title) {
    String l = Markdown.cell(title ? r.title() : r.id());
    return r.current() ? "**" + l + "**" : l;
  }

  /**
   * The width of a table row: "| label |" then "| n |" per column (at most 4 digits) and the total.
   */
  private static int rowWidth(String label, int columns) {
    return 4 + label.length() + (columns + 1) * 7;
  }

  private StringBuilder heading(int level, String key) {
    return new StringBuilder("#".repeat(Math.max(1, Math.min(6, level))))
        .append(' ')
        .append(msg.get(key))
        .append("\n\n");
  }
}
