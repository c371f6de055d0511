package nl.klantarena.check;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What rules need beyond the session.
 *
 * @param today the date "overdue" is measured against ({@code --today})
 * @param failOnOverdue whether an open action past its due date is an error rather than a warning
 * @param notesSettled whether the notes file is as the session's actions were written against;
 *     false while {@code import} rewrites it, so that actions' sources are not checked against
 *     notes about to change (KA510)
 */
public record CheckContext(LocalDate today, boolean failOnOverdue, boolean notesSettled) {
  public CheckContext {
    Objects.requireNonNull(today, "today");
  }

  public CheckContext(LocalDate today, boolean failOnOverdue) {
    this(today, failOnOverdue, true);
  }

  /** For {@code import}: the notes file is about to change. */
  public static CheckContext importing(LocalDate today) {
    return new CheckContext(today, false, false);
  }
}
