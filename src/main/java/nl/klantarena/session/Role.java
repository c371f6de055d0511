package nl.klantarena.session;

import java.util.Locale;

/** The part a person plays in a session. */
public enum Role {
  /** Inner ring: the customers the organisation listens to. */
  CUSTOMER,
  /** Outer ring: staff of the organisation (medewerkers). */
  STAFF,
  /** The facilitator (gespreksleider), who leads the talk in the inner ring. */
  FACILITATOR,
  /** The organiser on the commissioning side, who answers replies. */
  CONTACT,
  /**
   * Someone outside the rings who answers for actions (a department head, an alderman): named in
   * {@code owners}, never invited.
   */
  OWNER;

  /** Lower-case English word used in files and JSON: {@code customer}, {@code staff}, ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
