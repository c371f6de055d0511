package nl.klantarena.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.notes.Derived;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;

/**
 * The notes file after an import: the notes read from the files are matched to the rows already
 * there, what the tool derived for a matched row is derived again (unless a person changed it by
 * hand), and the rest is added.
 *
 * <p>A note is the row it was by its content: the same file, the same words, the same time (or one
 * of the two without a time) and the same speaker; then without the speaker (a speaker matched
 * since); then, for a row whose words were corrected by hand, the same place in the same file with
 * most of its words. Where several rows fit, the one nearest in the file wins, so a cue inserted
 * into a transcript is a new note and the notes after it stay the notes they were.
 *
 * <p>For a matched row, each derived column ({@link Derived#FIELDS}) whose cell still holds what
 * import derived last time ({@code derived}) takes what import derives now; a cell that differs was
 * set by hand and stays, and its derived value too. A row without a {@code derived} cell (typed by
 * hand, or from before the column) gets only what it lacks: an empty time, round, theme or owner,
 * and a speaker that import could not match before. The {@code source} follows the note to its
 * line.
 */
public final class NotesMerge {

  /** One cell that an import changes: the note's id, the column, the cell before and after. */
  public record Change(String id, String field, String before, String after) {}

  /**
   * The notes file after merging.
   *
   * @param notes every row: those there before (in their order), then the added ones
   * @param cells per row, the cells of the columns the tool does not know and {@code derived}
   * @param added notes read that were not there, now added
   * @param updated notes read that were there, with a derived cell changed
   * @param unchanged notes read that were there as they are
   * @param changes the changed cells, row by row
   */
  public record Merged(
      List<Note> notes,
      List<Map<String, String>> cells,
      NotesFile.Form form,
      int added,
      int updated,
      int unchanged,
      List<Change> changes) {
    /** The notes read that were there already, changed or not. */
    public int already() {
      return updated + unchanged;
    }
  }

  private static final String UNKNOWN = "unknown";

  private static final Pattern ID = Pattern.compile("^N(\\d{1,9})$");

  private NotesMerge() {}

  /** Merges {@code incoming} (the notes read in this run, in file order) into {@code existing}. */
  public static Merged merge(NotesFile.Sheet existing, List<Note> incoming) {
    List<Note> notes = new ArrayList<>(existing.notes());
    List<Map<String, String>> cells = new ArrayList<>(notes.size() + incoming.size());
    for (int i = 0; i < notes.size(); i++) {
      cells.add(
          new LinkedHashMap<>(i < existing.cells().size() ? existing.cells().get(i) : Map.of()));
    }
    int n = notes.size();
    long max = 0;
    Map<String, List<Integer>> byWords = new HashMap<>();
    Map<String, List<Integer>> byPlace = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Note e = notes.get(i);
      byWords.computeIfAbsent(words(e), k -> new ArrayList<>()).add(i);
      byPlace.computeIfAbsent(place(e.source()), k -> new ArrayList<>()).add(i);
      Matcher m = ID.matcher(e.id());
      if (m.matches()) max = Math.max(max, Long.parseLong(m.group(1)));
    }
    boolean[] taken = new boolean[n];
    int[] match = new int[incoming.size()];
    Arrays.fill(match, -1);
    for (int pass = 0; pass < 3; pass++) {
      for (int j = 0; j < incoming.size(); j++) {
        if (match[j] >= 0) continue;
        Note in = incoming.get(j);
        List<Integer> cands = pass < 2 ? byWords.get(words(in)) : byPlace.get(place(in.source()));
        if (cands == null) continue;
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i : cands) {
          if (taken[i] || !fits(pass, notes.get(i), cells.get(i), in)) continue;
          long d = Math.abs((long) line(notes.get(i).source()) - line(in.source()));
          if (d < bestDistance) {
            best = i;
            bestDistance = d;
          }
        }
        if (best >= 0) {
          taken[best] = true;
          match[j] = best;
        }
      }
    }
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    List<Change> changes = new ArrayList<>();
    for (int j = 0; j < incoming.size(); j++) {
      Note in = incoming.get(j);
      int i = match[j];
      if (i < 0) {
        max++;
        notes.add(in.withId(String.format(Locale.ROOT, "N%04d", max)));
        Map<String, String> c = new LinkedHashMap<>();
        c.put(NotesFile.DERIVED, Derived.format(Derived.of(in)));
        cells.add(c);
        added++;
        continue;
      }
      Note e = notes.get(i);
      Map<String, String> row = cells.get(i);
      Optional<Map<String, String>> base = Derived.parse(row.get(NotesFile.DERIVED));
      Map<String, String> now = Derived.of(in);
      Map<String, String> cur = Derived.of(e);
      Map<String, String> newBase = new LinkedHashMap<>();
      Map<String, String> set = new LinkedHashMap<>();
      boolean themeByHand = false;
      for (String f : Derived.FIELDS) {
        boolean byHand = base.isPresent() ? !cur.get(f).equals(base.get().get(f)) : !open(f, e, in);
        // how a theme was filed goes with the theme: a theme set by hand keeps its theme_by too
        if (f.equals("theme")) themeByHand = byHand;
        if (f.equals("theme_by")) byHand |= themeByHand;
        if (byHand) {
          newBase.put(f, base.isPresent() ? base.get().get(f) : now.get(f));
        } else {
          newBase.put(f, now.get(f));
          if (!cur.get(f).equals(now.get(f))) set.put(f, now.get(f));
        }
      }
      if (!e.source().equals(in.source())) set.put("source", in.source());
      for (var s : set.entrySet()) {
        changes.add(new Change(e.id(), s.getKey(), NotesFile.cell(e, s.getKey()), s.getValue()));
      }
      notes.set(i, NotesFile.with(e, set));
      row.put(NotesFile.DERIVED, Derived.format(newBase));
      if (set.isEmpty()) unchanged++;
      else updated++;
    }
    return new Merged(notes, cells, existing.form(), added, updated, unchanged, changes);
  }

  /**
   * Whether a row without a {@code derived} cell leaves column {@code f} to import: only what it
   * lacks.
   */
  private static boolean open(String f, Note e, Note in) {
    return switch (f) {
      case "speaker", "role" -> e.role().equals(UNKNOWN) && !in.role().equals(UNKNOWN);
      case "kind" -> false;
      default -> NotesFile.cell(e, f).isEmpty();
    };
  }

  /** Whether existing row {@code e} can be note {@code in} in the given pass. */
  private static boolean fits(int pass, Note e, Map<String, String> row, Note in) {
    return switch (pass) {
      case 0 -> e.time().equals(in.time()) && sameSpeaker(e, row, in);
      case 1 -> e.time().equals(in.time()) || e.time().isEmpty() || in.time().isEmpty();
      default -> similar(e.text(), in.text());
    };
  }

  private static boolean sameSpeaker(Note e, Map<String, String> row, Note in) {
    if (e.speaker().equals(in.speaker())) return true;
    Optional<Map<String, String>> base = Derived.parse(row.get(NotesFile.DERIVED));
    return base.isPresent() && base.get().get("speaker").equals(in.speaker());
  }

  /** Whether most of the words of the shorter text are in the other (a text corrected by hand). */
  static boolean similar(String a, String b) {
    Set<String> wa = new HashSet<>(List.of(Importer.words(a).split(" ")));
    Set<String> wb = new HashSet<>(List.of(Importer.words(b).split(" ")));
    wa.remove("");
    wb.remove("");
    int smaller = Math.min(wa.size(), wb.size());
    if (smaller == 0) return false;
    wa.retainAll(wb);
    return wa.size() * 2 >= smaller;
  }

  /** A note's file name and words: what finds the rows it may be. */
  private static String words(Note n) {
    return file(n.source()) + '\u0000' + n.text();
  }

  /** The file name and line of a source, without the folder: {@code teams.vtt:12}. */
  private static String place(String src) {
    return src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\')) + 1);
  }

  private static String file(String src) {
    String p = place(src);
    int colon = p.lastIndexOf(':');
    return colon < 0 ? p : p.substring(0, colon);
  }

  private static int line(String src) {
    int colon = src.lastIndexOf(':');
    if (colon < 0) return 0;
    try {
      return Integer.parseInt(src.substring(colon + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
