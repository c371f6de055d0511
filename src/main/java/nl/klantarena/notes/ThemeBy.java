package nl.klantarena.notes;

/**
 * How import filed a note under its theme, written in the notes file's {@code theme_by} column so
 * that a user can check the less certain ones first: a tag in the imported file, a keyword in the
 * note, the department of the staff member who spoke, or the conversation (the note continues the
 * theme before it, or answers a question on it).
 */
public enum ThemeBy {
  TAG("tag"),
  KEYWORD("keyword"),
  /** A staff member's note with no clue of its own, filed under the theme of their department. */
  DEPARTMENT("department"),
  CONTINUATION("continuation");

  private final String word;

  ThemeBy(String word) {
    this.word = word;
  }

  /** The word in the {@code theme_by} column. */
  public String word() {
    return word;
  }
}
