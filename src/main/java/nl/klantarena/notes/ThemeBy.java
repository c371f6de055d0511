package nl.klantarena.notes;

/**
 * How import filed a note under its theme, written in the notes file's {@code theme_by} column so
 * that a user can check the less certain ones first: a tag in the imported file, a keyword in the
 * note, or the conversation (the note continues the theme before it).
 */
public enum ThemeBy {
  TAG("tag"),
  KEYWORD("keyword"),
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
