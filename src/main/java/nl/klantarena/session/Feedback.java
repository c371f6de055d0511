package nl.klantarena.session;

import java.time.LocalDate;

/**
 * When and how customers hear what was done with their feedback.
 *
 * @param due null only when the session has no valid date
 * @param dueDefaulted true when no date was written and the session date plus two months is used
 * @param sent when the customers were told (the letter was sent); null while it has not been
 */
public record Feedback(
    LocalDate due, boolean dueDefaulted, String channel, LocalDate sent, Origin at) {
  public Feedback {
    channel = channel == null ? "" : channel;
  }

  /**
   * The promise to customers is late: they were to hear back before {@code today} and nobody has
   * written down that they did.
   */
  public boolean overdue(LocalDate today) {
    return sent == null && due != null && due.isBefore(today);
  }
}
