package nl.klantarena.importer;

import java.time.LocalDate;

/**
 * One note as a reader found it, before matching: what the file said and nothing more.
 *
 * @param seconds offset into the recording, or -1 when the file gives no time
 * @param round 1, 2 or 3 when the file says so; else 0
 * @param speaker the speaker as written (may be empty)
 * @param theme the theme tag as written, or empty
 * @param type the type/kind cell as written, or empty
 * @param line the line in the source file where the note starts
 */
record Raw(
    double seconds,
    int round,
    String speaker,
    String theme,
    String type,
    String text,
    int line,
    String owner,
    LocalDate due) {

  Raw withText(String t) {
    return new Raw(seconds, round, speaker, theme, type, t, line, owner, due);
  }
}
