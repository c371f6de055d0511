package nl.klantarena.session;

import java.util.Locale;

/**
 * What a customer agreed to about being quoted ({@code consent:}): by name in the staff report (the
 * default), only under a pseudonym, or not at all.
 */
public enum Consent {
  /** Their words may be quoted, with their name, in the report for staff. */
  QUOTE,
  /** Their words may be quoted, but under a pseudonym, also in the report for staff. */
  ANONYMOUS,
  /** Their words are not quoted: the report says that a customer spoke, and on what. */
  NONE;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
