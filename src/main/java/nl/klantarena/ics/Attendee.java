package nl.klantarena.ics;

import java.util.Objects;

/**
 * An ATTENDEE of an event. Written with {@code PARTSTAT=NEEDS-ACTION}.
 *
 * @param name shown as the CN parameter; may be empty
 * @param email without {@code mailto:}
 * @param role the ROLE parameter
 * @param rsvp whether a reply is asked for ({@code RSVP=TRUE})
 */
public record Attendee(String name, String email, Role role, boolean rsvp) {

  /** The ROLE parameter values we use. */
  public enum Role {
    /** Leads the meeting: the facilitator (gespreksleider). */
    CHAIR,
    /** Expected to take part: customers and staff. */
    REQ_PARTICIPANT,
    OPT_PARTICIPANT,
    NON_PARTICIPANT;

    /** As written in the file: {@code REQ-PARTICIPANT}. */
    public String word() {
      return name().replace('_', '-');
    }
  }

  public Attendee {
    name = name == null ? "" : name;
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    if (email.isBlank()) throw new IllegalArgumentException("attendee needs an e-mail address");
  }

  /** An attendee asked to reply. */
  public Attendee(String name, String email, Role role) {
    this(name, email, role, true);
  }
}
