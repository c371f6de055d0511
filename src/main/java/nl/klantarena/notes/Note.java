package nl.klantarena.notes;

import java.time.LocalDate;
import java.util.Objects;
import nl.klantarena.finding.SourcePos;

/**
 * One row of the notes file: something said in the session (or an action agreed), with who said it,
 * in which round, about which theme, and where it came from. Text fields are never null.
 *
 * @param id stable id, never renumbered (e.g. {@code N0001})
 * @param time {@code HH:MM:SS} into the recording, or empty when unknown
 * @param round 1, 2 or 3; 0 when unknown
 * @param speaker the participant's full name when matched, else the name as written
 * @param role {@code customer}, {@code staff}, {@code facilitator}, {@code contact} or {@code
 *     unknown}
 * @param theme a theme id, or empty
 * @param themeBy how the note came by its theme: a {@link ThemeBy} word when import filed it, empty
 *     without a theme or in a notes file from before the column, else what the user wrote
 * @param source where the note was imported from: {@code file:line}
 * @param owner for an action: its owner as written; else empty
 * @param due for an action: its due date; else null
 * @param pos where this row is in the notes file
 */
public record Note(
    String id,
    String time,
    int round,
    String speaker,
    String role,
    String theme,
    String themeBy,
    NoteKind kind,
    String text,
    String source,
    String owner,
    LocalDate due,
    SourcePos pos) {

  public Note {
    id = nz(id);
    time = nz(time);
    speaker = nz(speaker);
    role = role == null || role.isEmpty() ? "unknown" : role;
    theme = nz(theme);
    themeBy = nz(themeBy);
    kind = kind == null ? NoteKind.REMARK : kind;
    text = nz(text);
    source = nz(source);
    owner = nz(owner);
    Objects.requireNonNull(pos, "pos");
  }

  /** A note without a word on how it came by its theme (as notes files before the column). */
  public Note(
      String id,
      String time,
      int round,
      String speaker,
      String role,
      String theme,
      NoteKind kind,
      String text,
      String source,
      String owner,
      LocalDate due,
      SourcePos pos) {
    this(id, time, round, speaker, role, theme, "", kind, text, source, owner, due, pos);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public boolean hasTheme() {
    return !theme.isEmpty();
  }

  public Note withId(String newId) {
    return new Note(
        newId, time, round, speaker, role, theme, themeBy, kind, text, source, owner, due, pos);
  }

  public Note withPos(SourcePos p) {
    return new Note(
        id, time, round, speaker, role, theme, themeBy, kind, text, source, owner, due, p);
  }

  /** This note filed under {@code newTheme}, {@code by} the way import found it. */
  public Note withTheme(String newTheme, ThemeBy by) {
    return new Note(
        id, time, round, speaker, role, newTheme, by.word(), kind, text, source, owner, due, pos);
  }
}
