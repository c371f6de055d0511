package nl.klantarena.finding;

import java.util.Locale;

/** How bad a finding is. Errors fail a run; warnings fail it only under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /**
   * The lower-case word used in every output format: {@code error}, {@code warning}, {@code info}.
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
