package nl.klantarena.importer;

/**
 * The WebVTT parser algorithm of the W3C specification ("WebVTT file parsing"): the signature, the
 * header, then blocks (cues, style sheets, regions, comments) separated by blank lines, over the
 * text with NUL made U+FFFD and CR LF, CR and LF all one line end. It reads in one pass and hands
 * every cue to a {@link Sink} as it finds it, so a long transcript is never held twice.
 *
 * <p>Cue settings, style sheets and regions are recognised and passed over: a transcript needs none
 * of them. Where the specification drops something silently, the sink hears of it, so that words a
 * reader would lose (the text of a cue whose timing line is broken, a block of text with no timing
 * line) can be reported at their line.
 *
 * <p>One extension, for {@link Mode#IMPORT}: when the first timing line of a file is not valid but
 * is in the form Teams writes ({@code 0:0:3.490 --> 0:0:6.90}), the file's times are read in that
 * form ({@link Timestamps#loose}). {@link Mode#SPEC} is the algorithm alone.
 */
final class WebVtt {

  /**
   * A cue: its identifier, start and end in milliseconds, its text (lines joined by a line feed,
   * markup kept) and the line of its timing line.
   */
  record Cue(String id, long start, long end, String text, int line) {}

  /** Hears what the parser finds. */
  interface Sink {
    void cue(Cue cue);

    /**
     * A block whose first or second line holds {@code -->} but is no timing line. {@code text} is
     * what followed it in the block (empty when nothing did): the specification drops it.
     */
    default void badTiming(int line, String timing, String text) {}

    /**
     * A block of text that is no cue, comment, style sheet or region (it has no timing line): the
     * specification drops it.
     */
    default void noTiming(int line, String text) {}
  }

  /** How timing lines are read. */
  enum Mode {
    /** as the specification says */
    SPEC,
    /** as the specification says, or in Teams' form when the file's first timing line is in it */
    IMPORT
  }

  private final CharSequence in;
  private final int n;
  private final Sink sink;
  private int pos;
  private int lineNo = 1;
  private boolean seenCue;
  // IMPORT mode: 0 not decided yet, 1 the specification's times, 2 Teams' form
  private int timeForm;
  private final boolean mayLoosen;

  private WebVtt(CharSequence in, Mode mode, Sink sink) {
    this.in = in;
    this.n = in.length();
    this.sink = sink;
    this.mayLoosen = mode == Mode.IMPORT;
  }

  /**
   * Parses {@code text} (decoded, without a byte-order mark), handing what it finds to {@code
   * sink}. False when the text does not start with the WebVTT signature: then nothing was found.
   */
  static boolean parse(CharSequence text, Mode mode, Sink sink) {
    return new WebVtt(text, mode, sink).file();
  }

  /** Whether {@code text} starts with the WebVTT signature. */
  static boolean hasSignature(CharSequence text) {
    int len = text.length();
    if (len < 6 || !"WEBVTT".contentEquals(text.subSequence(0, 6))) return false;
    if (len == 6) return true;
    char c = text.charAt(6);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private boolean file() {
    if (!hasSignature(in)) return false;
    pos = 6;
    line();
    if (pos >= n) return true;
    newline();
    if (pos >= n) return true;
    if (!atNewline()) block(true);
    else newline();
    newlines();
    while (pos < n) {
      block(false);
      newlines();
    }
    return true;
  }

  /** "Collect a WebVTT block", optionally in the header; what it collects goes to the sink. */
  private void block(boolean inHeader) {
    int lineCount = 0;
    int prevPos = pos;
    int prevLineNo = lineNo;
    int firstLine = lineNo;
    StringBuilder buffer = new StringBuilder();
    boolean seenArrow = false;
    boolean isCue = false;
    boolean styleOrRegion = false;
    String id = "";
    long start = 0;
    long end = 0;
    int cueLine = 0;
    int badLine = -1;
    String badTiming = "";
    int badFrom = 0;
    while (true) {
      int thisLine = lineNo;
      String line = line();
      lineCount++;
      boolean seenEof = pos >= n;
      if (!seenEof) newline();
      if (line.contains("-->")) {
        if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
          seenArrow = true;
          prevPos = pos;
          prevLineNo = lineNo;
          long[] t = timings(line);
          if (t != null) {
            isCue = true;
            id = buffer.toString();
            buffer.setLength(0);
            start = t[0];
            end = t[1];
            cueLine = thisLine;
            seenCue = true;
          } else {
            isCue = false;
            badLine = thisLine;
            badTiming = line;
            badFrom = buffer.length();
          }
        } else {
          pos = prevPos;
          lineNo = prevLineNo;
          break;
        }
      } else if (line.isEmpty()) {
        break;
      } else {
        if (!inHeader && lineCount == 2 && !seenCue) {
          if (isWord(buffer, "STYLE") || isWord(buffer, "REGION")) {
            styleOrRegion = true;
            buffer.setLength(0);
          }
        }
        if (buffer.length() > 0) buffer.append('\n');
        buffer.append(line);
        prevPos = pos;
        prevLineNo = lineNo;
      }
      if (seenEof) break;
    }
    if (isCue) {
      sink.cue(new Cue(id, start, end, buffer.toString(), cueLine));
    } else if (badLine >= 0) {
      String after = buffer.substring(Math.min(badFrom, buffer.length()));
      sink.badTiming(badLine, badTiming, after.startsWith("\n") ? after.substring(1) : after);
    } else if (!inHeader && !styleOrRegion && buffer.length() > 0 && !isComment(buffer)) {
      sink.noTiming(firstLine, buffer.toString());
    }
  }

  /** A comment block, or a style or region block the specification did not take as one. */
  private static boolean isComment(CharSequence buffer) {
    return startsWithWord(buffer, "NOTE")
        || startsWithWord(buffer, "STYLE")
        || startsWithWord(buffer, "REGION");
  }

  private static boolean startsWithWord(CharSequence s, String word) {
    int w = word.length();
    if (s.length() < w || !word.contentEquals(s.subSequence(0, w))) return false;
    if (s.length() == w) return true;
    char c = s.charAt(w);
    return c == ' ' || c == '\t' || c == '\n';
  }

  /** {@code s} is {@code word} followed by ASCII whitespace only. */
  private static boolean isWord(CharSequence s, String word) {
    int w = word.length();
    if (s.length() < w || !word.contentEquals(s.subSequence(0, w))) return false;
    for (int i = w; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
    return true;
  }

  /**
   * "Collect WebVTT cue timings and settings": {start, end} in milliseconds, or null. In {@link
   * Mode#IMPORT} the first timing line that reads as a whole decides the file's form.
   */
  private long[] timings(String line) {
    if (timeForm != 2) {
      long[] t = timings(line, false);
      if (t != null) {
        if (timeForm == 0) timeForm = 1;
        return t;
      }
      if (!mayLoosen || timeForm == 1) return null;
    }
    long[] t = timings(line, true);
    if (t != null) timeForm = 2;
    return t;
  }

  /** A timing line in the specification's form or the loose one: {start, end}, or null. */
  static long[] timings(String line, boolean loose) {
    Timestamps.Cursor c = new Timestamps.Cursor(line, 0);
    skipSpace(c);
    long start = loose ? Timestamps.loose(c) : Timestamps.collect(c);
    if (start < 0) return null;
    skipSpace(c);
    for (char a : new char[] {'-', '-', '>'}) {
      if (!c.at(a)) return null;
      c.pos++;
    }
    skipSpace(c);
    long end = loose ? Timestamps.loose(c) : Timestamps.collect(c);
    if (end < 0) return null;
    // the loose form must end where a timestamp ends; the settings that may follow are not read
    if (loose && c.pos < line.length() && !isSpace(line.charAt(c.pos))) return null;
    return new long[] {start, end};
  }

  private static void skipSpace(Timestamps.Cursor c) {
    while (c.pos < c.s.length() && isSpace(c.s.charAt(c.pos))) c.pos++;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** The characters up to the next line end (not taken); NUL read as U+FFFD. */
  private String line() {
    int start = pos;
    boolean nul = false;
    while (pos < n) {
      char c = in.charAt(pos);
      if (c == '\n' || c == '\r') break;
      if (c == 0) nul = true;
      pos++;
    }
    String l = in.subSequence(start, pos).toString();
    return nul ? l.replace('\0', '\ufffd') : l;
  }

  private boolean atNewline() {
    return pos < n && (in.charAt(pos) == '\n' || in.charAt(pos) == '\r');
  }

  /** Takes one line end (CR LF counts as one). */
  private void newline() {
    if (in.charAt(pos) == '\r' && pos + 1 < n && in.charAt(pos + 1) == '\n') pos += 2;
    else pos++;
    lineNo++;
  }

  private void newlines() {
    while (atNewline()) newline();
  }
}
