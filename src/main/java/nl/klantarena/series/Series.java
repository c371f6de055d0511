package nl.klantarena.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Defaults;
import nl.klantarena.load.SessionFiles;
import nl.klantarena.load.SessionLoader;
import nl.klantarena.session.Action;
import nl.klantarena.session.People;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;

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
 * Series series = Series.of(session, today);
 * for (ActionRow r : series.carriedOver()) ...   // open actions of earlier sessions, overdue first
 * Trends t = series.trends();                     // per theme, a count per earlier session
 * }</pre>
 */
public final class Series {

  private final Session session;
  private final LocalDate today;
  private final Path root;
  private final List<Session> earlier;

  private Series(Session session, LocalDate today, Path root, List<Session> earlier) {
    this.session = session;
    this.today = today;
    this.root = root;
    this.earlier = List.copyOf(earlier);
  }

  /**
   * The series of {@code session} as of {@code today} (the date overdue is measured against).
   *
   * @throws UncheckedIOException when the series folder cannot be walked
   */
  public static Series of(Session session, LocalDate today) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(today, "today");
    Path self = session.path().toAbsolutePath().normalize();
    Path root = Defaults.seriesRoot(self);
    List<Session> before = new ArrayList<>();
    if (session.date() == null) return new Series(session, today, root, before);
    String date = session.date().toString();
    // earlier sessions are read in a language-neutral way: none of their findings is shown
    Findings quiet = new Findings(Messages.of("en"));
    try {
      for (SessionFiles.Found f : SessionFiles.below(root)) {
        if (f.date().isEmpty() || f.date().compareTo(date) >= 0) continue;
        Path p = f.path().toAbsolutePath().normalize();
        if (p.equals(self)) continue;
        Optional<Session> s = new SessionLoader(quiet).load(p, shown(session, p));
        s.filter(x -> x.date() != null && x.date().isBefore(session.date())).ifPresent(before::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    before.sort(Comparator.comparing(Session::date).thenComparing(Session::file));
    return new Series(session, today, root, before);
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
      People owners = People.of(s.possibleOwners());
      for (Action a : s.actions())
        if (a.status() == Status.OPEN) rows.add(ActionRow.of(s, a, today, owners));
    }
    rows.sort(ActionRow.ORDER);
    return List.copyOf(rows);
  }

  /**
   * Per theme, how often it came up in each earlier session: the notes on it in the session's notes
   * file, or the actions on it for a session without notes.
   */
  public Trends trends() {
    return Trends.of(session, earlier, Trends.NoteCounts.NOTES_FILE);
  }

  /**
   * Per theme, how often it came up in each earlier session: notes per theme where {@code notes}
   * has them for a session, else actions per theme.
   */
  public Trends trends(Trends.NoteCounts notes) {
    return Trends.of(session, earlier, notes);
  }

  /** An earlier session's file named as the current one is: relative to the same folder. */
  private static String shown(Session current, Path other) {
    Path dir = current.path().toAbsolutePath().normalize().getParent();
    String rel = dir.relativize(other).toString().replace('\\', '/');
    String file = current.file().replace('\\', '/');
    int slash = file.lastIndexOf('/');
    if (slash < 0) return rel;
    if (file.startsWith("/")) return other.toString();
    return Path.of(file.substring(0, slash + 1) + rel).normalize().toString().replace('\\', '/');
  }
}
