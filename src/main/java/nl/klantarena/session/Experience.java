package nl.klantarena.session;

import java.util.Locale;

/** How a customer has experienced the service so far; used to check for a representative mix. */
public enum Experience {
  POSITIVE,
  NEUTRAL,
  NEGATIVE;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
