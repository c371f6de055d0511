package nl.klantarena.session;

import java.time.LocalDate;

/**
 * An improvement agreed with an owner and a deadline. Text fields are never null.
 *
 * @param owner may be empty for a {@code dont} action: it is decided, nobody has to carry it out
 * @param due null when the file says {@code due:} with no value (an error finding), when the
 *     session has no valid date to default from, or for a {@code dont} action without one
 * @param dueDefaulted true when {@code due} was left out and is the session date plus two months
 * @param whyCustomers the reason as customers read it in the letter ({@code why_customers}); {@code
 *     why} is the organisation's own note and never goes into the letter
 * @param firstDue the date first agreed, when {@code due} has since been moved ({@code first_due});
 *     null when it was not moved
 */
public record Action(
    String id,
    String title,
    String theme,
    Decision decision,
    String why,
    String owner,
    LocalDate due,
    boolean dueDefaulted,
    Status status,
    boolean quickWin,
    String source,
    String whyCustomers,
    LocalDate firstDue,
    Origin at) {
  public Action {
    id = id == null ? "" : id;
    title = title == null ? "" : title;
    theme = theme == null ? "" : theme;
    why = why == null ? "" : why;
    owner = owner == null ? "" : owner;
    source = source == null ? "" : source;
    whyCustomers = whyCustomers == null ? "" : whyCustomers;
    decision = decision == null ? Decision.DO : decision;
    status = status == null ? Status.OPEN : status;
  }

  /**
   * Still to be done: status open, and not a {@code dont}. An action the organisation decided not
   * to take up is decided, whatever its status says: never open, never overdue.
   */
  public boolean open() {
    return decision != Decision.DONT && status == Status.OPEN;
  }

  /** Open and past its due date as of {@code today}. */
  public boolean overdue(LocalDate today) {
    return open() && due != null && due.isBefore(today);
  }
}
