package nl.klantarena.session;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The meeting in which the facilitator prepares the staff for the session ({@code preparation:}):
 * the rules of the game, and how to take critical feedback.
 *
 * @param date null only in a session with an error finding
 * @param start null only in a session with an error finding
 * @param minutes how long it takes (default {@link #DEFAULT_MINUTES})
 * @param place where it is held; may be empty
 */
public record Preparation(LocalDate date, LocalTime start, int minutes, String place, Origin at) {

  public static final int DEFAULT_MINUTES = 60;

  public Preparation {
    place = place == null ? "" : place;
  }
}
