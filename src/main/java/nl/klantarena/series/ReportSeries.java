package nl.klantarena.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.klantarena.actions.ActionRow;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.report.Audience;
import nl.klantarena.report.Carried;
import nl.klantarena.report.Report;
import nl.klantarena.report.Trend;
import nl.klantarena.session.Session;

/**
 * What the series adds to a session's report (docs/series.md): the open actions of earlier
 * sessions, and per theme the notes (or, without notes, the actions) of each earlier session and
 * the notes of this one, as data for the JSON report and as the series' own Markdown sections.
 */
public final class ReportSeries {

  private final Loader loader;
  private final LocalDate today;
  private final Trends.Columns columns;

  /**
   * The series sections of one run's reports: each earlier session is read once (by {@code loader})
   * and counted once, however many later sessions the run reports on.
   */
  public ReportSeries(Loader loader, LocalDate today) {
    this.loader = loader;
    this.today = today;
    this.columns = new Trends.Columns(Trends.NoteCounts.notesFiles(loader));
  }

  /**
   * The report's options for {@code current} with its series.
   *
   * @param notes the current session's notes, or null when it has no notes file
   */
  public Report.Options options(CheckedSession current, List<Note> notes, Audience who) {
    Session session = current.session();
    Series series = Series.of(current, loader, today);
    List<Carried> carried = new ArrayList<>();
    for (ActionRow row : series.carriedOver())
      carried.add(new Carried(row.session().title(), row.action(), row.ownerName()));
    List<Trend> trends = new ArrayList<>();
    Trends t = series.trends(columns);
    for (Trends.Row themeRow : t.rows()) {
      for (int i = 0; i < t.columns().size(); i++) {
        int n = themeRow.counts().get(i);
        Trends.Column c = t.columns().get(i);
        if (n > 0) trends.add(new Trend(c.title(), c.date(), themeRow.title(), n));
      }
      if (notes != null && themeRow.current()) {
        int here = 0;
        for (Note x : notes) if (x.theme().equals(themeRow.id())) here++;
        if (here > 0)
          trends.add(new Trend(session.title(), session.date(), themeRow.title(), here));
      }
    }
    String markdown = "";
    if (series.earlier().isEmpty()) {
      trends.clear(); // a first session has no trend to show
    } else {
      SeriesMarkdown md = new SeriesMarkdown(session.language());
      markdown = md.carriedOver(series, 2) + "\n" + md.trends(t, 2); // t: notes files read once
    }
    return new Report.Options(who, today, carried, trends, markdown);
  }
}
