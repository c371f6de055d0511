package nl.klantarena.session;

import java.util.Locale;

/** Where an action stands. */
public enum Status {
  OPEN,
  DONE,
  DROPPED;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
