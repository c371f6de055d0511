package nl.klantarena.session;

import java.time.LocalDate;

/**
 * When and how customers hear what was done with their feedback.
 *
 * @param due null only when the session has no valid date
 * @param dueDefaulted true when no date was written and the session date plus two months is used
 */
public record Feedback(LocalDate due, boolean dueDefaulted, String channel, Origin at) {
  public Feedback {
    channel = channel == null ? "" : channel;
  }
}
