package nl.klantarena.series;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.klantarena.actions.ActionRow;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.load.Loader;
import nl.klantarena.session.Action;
import nl.klantarena.session.People;
import nl.klantarena.session.Session;

/**
 * A session seen as part of its series: the sessions before it, the actions they left open, and how
 * often each theme came up in them. This is what the report shows in "carried over" and "trends";
 * see docs/series.md.
 *
 * <p>The series of a session is every session file below its series folder — the folder of its
 * nearest {@code klantarena.yaml}, or its own folder when there is none — with an earlier date.
 * Earlier sessions are read with their defaults but without the rules: their faults are for {@code
 * check} to report, and one that cannot be read at all is left out.
 *
 * <pre>{@code
 * Series series = Series.of(checkedSession, loader, today);
 * for (ActionRow r : series.carriedOver()) ...   // open actions of earlier sessions, overdue first
 * Trends t = series.trends();                     // per theme, a count per earlier session
 * }</pre>
 */
public final class Series {

  private final Session session;
  private final LocalDate today;
  private final Path root;
  private final List<Session> earlier;
  private final Loader loader;

  private Series(
      Session session, LocalDate today, Path root, List<Session> earlier, Loader loader) {
    this.session = session;
    this.today = today;
    this.root = root;
    this.earlier = List.copyOf(earlier);
    this.loader = loader;
  }

  /**
   * The series of {@code current} as of {@code today} (the date overdue is measured against). The
   * earlier sessions and their notes files come through the run's {@code loader}, so that a run
   * over a whole series reads each file once.
   */
  public static Series of(CheckedSession current, Loader loader, LocalDate today) {
    return of(current.session(), loader, today);
  }

  /** As {@link #of(CheckedSession, Loader, LocalDate)}, for a session with a date (tests). */
  static Series of(Session session, Loader loader, LocalDate today) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(today, "today");
    Path root = loader.seriesRoot(session.path());
    List<Session> before = loader.earlier(session);
    return new Series(session, today, root, before, loader);
  }

  /** The session the series is seen from. */
  public Session session() {
    return session;
  }

  /**
   * The folder of the series: where the nearest {@code klantarena.yaml} is, else the session's
   * folder.
   */
  public Path root() {
    return root;
  }

  /** The earlier sessions of the series, oldest first. */
  public List<Session> earlier() {
    return earlier;
  }

  /**
   * The actions that earlier sessions left open, each marked overdue (with its days) as of today:
   * overdue first, then by due date, session date and id.
   */
  public List<ActionRow> carriedOver() {
    List<ActionRow> rows = new ArrayList<>();
    for (Session s : earlier) {
      People owners = loader.owners(s);
      for (Action a : s.actions()) if (a.open()) rows.add(ActionRow.of(s, a, today, owners));
    }
    rows.sort(ActionRow.ORDER);
    return List.copyOf(rows);
  }

  /**
   * Per theme, how often it came up in each earlier session: the notes on it in the session's notes
   * file, or the actions on it for a session without notes.
   */
  public Trends trends() {
    return Trends.of(session, earlier, Trends.NoteCounts.notesFiles(loader));
  }

  /**
   * Per theme, how often it came up in each earlier session: notes per theme where {@code notes}
   * has them for a session, else actions per theme.
   */
  public Trends trends(Trends.NoteCounts notes) {
    return Trends.of(session, earlier, notes);
  }

  /** As {@link #trends()}, with each earlier session's column counted once per run. */
  public Trends trends(Trends.Columns columns) {
    return Trends.of(session, earlier, columns);
  }
}
