package nl.klantarena.session;

import java.util.Locale;

/** How round 3 is held: all together, in small groups, or with the rings changing places. */
public enum Round3Format {
  PLENARY,
  GROUPS,
  SWAP;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
