package nl.klantarena.importer;

import java.time.LocalDate;

/**
 * One note as a reader found it, before matching: what the file said and nothing more.
 *
 * @param seconds offset into the recording, or a time of day when {@code clock}; -1 when the file
 *     gives no time
 * @param clock whether {@code seconds} is a time of day (a chat message's clock, a spreadsheet's
 *     {@code 14:35}) rather than an offset into the recording
 * @param round 1, 2 or 3 when the file says so; else 0
 * @param speaker the speaker as written (may be empty)
 * @param label how sure the reader is of {@code speaker}: {@link Label#GIVEN} (a voice tag, a
 *     column, a line of its own), or {@link Label#IN_TEXT} when the speaker may be a {@code Name:}
 *     at the start of {@code text}, which the importer decides
 * @param theme the theme tag as written, or empty
 * @param type the type/kind cell as written, or empty ({@code chat} for a chat message)
 * @param line the line in the source file where the note starts
 * @param cues how many of the file's cues (rows, segments) this holds: 1, or 0 for the second voice
 *     of a cue that two people speak
 * @param merge whether it may join the note before it when the same person speaks on (transcript
 *     cues; not typed notes or rows)
 * @param cells where the row's cells are, for a finding about one (a spreadsheet's row); null when
 *     the note is found at its line
 */
record Raw(
    double seconds,
    boolean clock,
    int round,
    String speaker,
    Label label,
    String theme,
    String type,
    String text,
    int line,
    String owner,
    LocalDate due,
    int cues,
    boolean merge,
    CsvNotes.Cells cells) {

  /** A note whose findings are at its line. */
  Raw(
      double seconds,
      boolean clock,
      int round,
      String speaker,
      Label label,
      String theme,
      String type,
      String text,
      int line,
      String owner,
      LocalDate due,
      int cues,
      boolean merge) {
    this(
        seconds, clock, round, speaker, label, theme, type, text, line, owner, due, cues, merge,
        null);
  }

  /** Where a reader found the speaker. */
  enum Label {
    GIVEN,
    IN_TEXT
  }

  /** A row or typed note: every field as the file gave it, never merged. */
  Raw(
      double seconds,
      int round,
      String speaker,
      String theme,
      String type,
      String text,
      int line,
      String owner,
      LocalDate due) {
    this(
        seconds, false, round, speaker, Label.GIVEN, theme, type, text, line, owner, due, 1, false);
  }

  /** A transcript cue (or segment): a time, who speaks as far as the reader knows, the words. */
  static Raw cue(double seconds, String speaker, Label label, String text, int line, int cues) {
    return new Raw(seconds, false, 0, speaker, label, "", "", text, line, "", null, cues, true);
  }

  Raw withText(String t) {
    return new Raw(
        seconds, clock, round, speaker, label, theme, type, t, line, owner, due, cues, merge,
        cells);
  }

  Raw withSpeaker(String s, String t) {
    return new Raw(
        seconds,
        clock,
        round,
        s,
        Label.GIVEN,
        theme,
        type,
        t,
        line,
        owner,
        due,
        cues,
        merge,
        cells);
  }

  Raw withRound(int r) {
    return new Raw(
        seconds, clock, r, speaker, label, theme, type, text, line, owner, due, cues, merge, cells);
  }
}
