package nl.klantarena.ics;

import java.util.Objects;

/**
 * The ORGANIZER of an event: who sends the invitation and receives the replies.
 *
 * @param name shown as the CN parameter; may be empty
 * @param email without {@code mailto:}
 */
public record Organizer(String name, String email) {
  public Organizer {
    name = name == null ? "" : name;
    Objects.requireNonNull(email, "email");
    if (email.isBlank()) throw new IllegalArgumentException("organizer needs an e-mail address");
  }
}
