package nl.klantarena.session;

import java.util.Locale;

/** What the organisation decided on an action: do it, not do it, or look into it. */
public enum Decision {
  DO,
  DONT,
  INVESTIGATE;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
