package nl.klantarena.importer;

import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;

/**
 * What a reader counted in one file: how many cues (rows, segments, messages) it read and how many
 * of them it skipped, each skip with a finding. The importer counts the rest into notes, so that
 * the summary adds up: read = in notes + skipped.
 */
final class Tally {

  /** A cue longer than this is no line of speech (a file that lost its line ends, or worse). */
  static final int MAX_TEXT = 20_000;

  /** What the file holds, for the summary: {@code cues}, {@code rows}, {@code segments}, ... */
  String unit = "cues";

  /** Whether the file is a transcript of a recording ({@link Readers.Format#transcript}). */
  boolean transcript;

  int read;
  int skipped;
  // chat messages left out on purpose (private ones, reactions): said once per file
  int notImported;
  int notImportedLine;
  private int empty;
  private int emptyLine;
  private int tooLong;
  private int tooLongLine;
  private int tooLongSize;

  /** A cue without words: skipped, and said once per file. */
  void empty(int line) {
    skipped++;
    if (empty++ == 0) emptyLine = line;
  }

  /** Whether {@code text} is too long to be a cue; if so it is skipped, and said once per file. */
  boolean tooLong(String text, int line) {
    if (text.length() <= MAX_TEXT) return false;
    skipped++;
    if (tooLong++ == 0) {
      tooLongLine = line;
      tooLongSize = text.length();
    }
    return true;
  }

  void finish(String shown, Findings f) {
    if (empty > 0) f.add("KA618", new SourcePos(shown, emptyLine, 1), empty);
    if (tooLong > 0)
      f.add("KA626", new SourcePos(shown, tooLongLine, 1), tooLongSize, MAX_TEXT, tooLong);
  }
}
