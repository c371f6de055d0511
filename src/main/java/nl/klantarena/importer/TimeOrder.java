package nl.klantarena.importer;

import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;

/**
 * Checks the times of a transcript as its cues go by: a cue that ends before it starts (KA620), a
 * time going back more than a minute from the latest start so far (KA619; Teams lists overlapping
 * speakers a few seconds out of order, which is no fault), and a time more than 24 hours into the
 * recording (KA621). Each is one finding per file, at its first place, with how often it happens.
 */
final class TimeOrder {

  /** How far back a start may be from the latest start before it is a fault. */
  static final long SLACK_MS = 60_000;

  static final long DAY_MS = 24L * 3_600_000L;

  private final String shown;
  private long latest = -1;
  private int backLine;
  private String backAt = "";
  private String backAfter = "";
  private int backCount;
  private int endLine;
  private String endStart = "";
  private String endEnd = "";
  private int endCount;
  private int dayLine;
  private String dayAt = "";
  private int dayCount;

  TimeOrder(String shown) {
    this.shown = shown;
  }

  /** A cue from {@code start} to {@code end} (-1 when the file gives no end) at {@code line}. */
  void check(long start, long end, int line) {
    if (latest >= 0 && start < latest - SLACK_MS && backCount++ == 0) {
      backLine = line;
      backAt = Timestamps.format(start);
      backAfter = Timestamps.format(latest);
    }
    latest = Math.max(latest, start);
    if (end >= 0 && end < start && endCount++ == 0) {
      endLine = line;
      endStart = Timestamps.format(start);
      endEnd = Timestamps.format(end);
    }
    if ((start > DAY_MS || end > DAY_MS) && dayCount++ == 0) {
      dayLine = line;
      dayAt = Timestamps.format(Math.max(start, end));
    }
  }

  /** Adds the findings of the whole file. */
  void finish(Findings f) {
    if (backCount > 0)
      f.add("KA619", new SourcePos(shown, backLine, 1), backAt, backAfter, backCount);
    if (endCount > 0) f.add("KA620", new SourcePos(shown, endLine, 1), endStart, endEnd, endCount);
    if (dayCount > 0) f.add("KA621", new SourcePos(shown, dayLine, 1), dayAt, dayCount);
  }
}
