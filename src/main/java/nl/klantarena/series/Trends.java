package nl.klantarena.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Action;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;

/**
 * How often each theme came up in the earlier sessions of a series: a small table with a column per
 * earlier session (oldest first) and a row per theme, so that a recurring complaint stands out.
 *
 * <p>What is counted: the notes on the theme in that session's notes file, when it has one (see
 * {@link NoteCounts}); else the actions agreed on the theme. {@link Column#basis()} says which.
 *
 * @param columns the earlier sessions, oldest first
 * @param rows the current session's themes in its order, then themes only earlier sessions had
 *     (most often first, then by id)
 */
public record Trends(List<Column> columns, List<Row> rows) {

  public Trends {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** What a count in a column is: actions on the theme (notes once the import's file is read). */
  public enum Basis {
    ACTIONS,
    NOTES
  }

  /**
   * One earlier session.
   *
   * @param planned the ids of the themes that session put on its agenda
   */
  public record Column(
      String file, String title, LocalDate date, Basis basis, Set<String> planned) {
    public Column {
      planned = Set.copyOf(planned);
    }
  }

  /**
   * One theme.
   *
   * @param current whether the session the series is seen from has this theme
   * @param counts one count per column
   */
  public record Row(String id, String title, boolean current, List<Integer> counts) {
    public Row {
      counts = List.copyOf(counts);
    }

    public int total() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** In how many earlier sessions the theme came up (planned, or with a count above 0). */
    public int sessions(List<Column> columns) {
      int n = 0;
      for (int i = 0; i < counts.size(); i++)
        if (counts.get(i) > 0 || columns.get(i).planned().contains(id)) n++;
      return n;
    }
  }

  /** Whether there is anything to show: at least one earlier session. */
  public boolean isEmpty() {
    return columns.isEmpty();
  }

  /**
   * How often each theme came up in one session's notes: the count of notes per theme id, or empty
   * when the session has no notes file (then its actions per theme are counted instead).
   */
  @FunctionalInterface
  public interface NoteCounts {
    Optional<Map<String, Integer>> of(Session s);

    /** No notes anywhere: every column counts actions. */
    NoteCounts NONE = s -> Optional.empty();

    /**
     * The notes file beside each session ({@code notes.csv}, written by import), read through the
     * run's loader: every note with a theme counts for it. A session without a notes file (or one
     * that cannot be read) counts actions instead; the faults of a notes file are for the commands
     * that read it to report.
     */
    static NoteCounts notesFiles(Loader loader) {
      return new FromNotesFiles(loader);
    }
  }

  private record FromNotesFiles(Loader loader) implements NoteCounts {
    @Override
    public Optional<Map<String, Integer>> of(Session s) {
      Loader.NotesRead read = loader.notes(s);
      if (read.notes().isEmpty()) return Optional.empty();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Note n : read.notes().get()) {
        if (n.hasTheme()) counts.merge(n.theme(), 1, Integer::sum);
      }
      return Optional.of(counts);
    }
  }

  static Trends of(Session current, List<Session> earlier, NoteCounts notes) {
    return of(current, earlier, new Columns(notes));
  }

  /**
   * Each session's column of a trends table, counted once: a run over a whole series shows every
   * session in the tables of all the sessions after it, and counts it only the first time.
   */
  public static final class Columns {
    private final NoteCounts notes;
    private final Map<Session, Counted> memo = new IdentityHashMap<>();

    /** Columns counted by {@code notes}. */
    public Columns(NoteCounts notes) {
      this.notes = notes;
    }

    Counted of(Session s) {
      Counted c = memo.get(s);
      if (c == null) {
        c = count(s);
        memo.put(s, c);
      }
      return c;
    }

    private Counted count(Session s) {
      Set<String> planned = new TreeSet<>();
      Map<String, String> titles = new LinkedHashMap<>();
      for (Theme t : s.themes()) {
        planned.add(t.id());
        titles.put(t.id(), t.title());
      }
      Optional<Map<String, Integer>> fromNotes = notes.of(s);
      Map<String, Integer> c = new LinkedHashMap<>();
      if (fromNotes.isPresent()) {
        for (Map.Entry<String, Integer> e : fromNotes.get().entrySet()) {
          if (!e.getKey().isEmpty() && e.getValue() > 0) c.put(e.getKey(), e.getValue());
        }
      } else {
        for (Action a : s.actions()) if (!a.theme().isEmpty()) c.merge(a.theme(), 1, Integer::sum);
      }
      Column column =
          new Column(
              s.file(),
              s.title(),
              s.date(),
              fromNotes.isPresent() ? Basis.NOTES : Basis.ACTIONS,
              planned);
      return new Counted(column, c, titles);
    }
  }

  /** One session's column, its counts per theme id, and its themes' titles. */
  record Counted(Column column, Map<String, Integer> counts, Map<String, String> titles) {}

  static Trends of(Session current, List<Session> earlier, Columns memo) {
    List<Column> columns = new ArrayList<>(earlier.size());
    List<Map<String, Integer>> counts = new ArrayList<>(earlier.size());
    Map<String, String> titles = new LinkedHashMap<>();
    for (Session s : earlier) {
      Counted c = memo.of(s);
      titles.putAll(c.titles());
      columns.add(c.column());
      counts.add(c.counts());
    }
    List<Row> rows = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Theme t : current.themes()) {
      if (!done.add(t.id())) continue;
      rows.add(row(t.id(), t.title(), true, counts));
    }
    List<Row> others = new ArrayList<>();
    Set<String> seen = new TreeSet<>(titles.keySet());
    for (Map<String, Integer> c : counts) seen.addAll(c.keySet());
    for (String id : seen) {
      if (done.contains(id)) continue;
      others.add(row(id, titles.getOrDefault(id, id), false, counts));
    }
    others.sort(Comparator.comparingInt(Row::total).reversed().thenComparing(Row::id));
    rows.addAll(others);
    return new Trends(columns, rows);
  }

  private static Row row(
      String id, String title, boolean current, List<Map<String, Integer>> counts) {
    List<Integer> cs = new ArrayList<>();
    for (Map<String, Integer> c : counts) cs.add(c.getOrDefault(id, 0));
    return new Row(id, title.isEmpty() ? id : title, current, cs);
  }
}
