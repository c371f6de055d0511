package nl.klantarena.session;

import java.util.Locale;

/** The kinds of block in a klantarena programme, in the method's order. */
public enum BlockKind {
  RECEPTION(30),
  ROUND1(75),
  BREAK(30),
  ROUND2(60),
  ROUND3(15),
  DRINKS(60);

  private final int defaultMinutes;

  BlockKind(int defaultMinutes) {
    this.defaultMinutes = defaultMinutes;
  }

  /** Minutes in the method's programme (reception 30, round 1 75, break 30, ...). */
  public int defaultMinutes() {
    return defaultMinutes;
  }

  /** The word used in session files: {@code reception}, {@code round1}, ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** 1, 2 or 3 for a round; 0 for any other block. */
  public int round() {
    return switch (this) {
      case ROUND1 -> 1;
      case ROUND2 -> 2;
      case ROUND3 -> 3;
      default -> 0;
    };
  }

  public static BlockKind fromWord(String w) {
    for (BlockKind k : values()) if (k.word().equals(w)) return k;
    return null;
  }
}
