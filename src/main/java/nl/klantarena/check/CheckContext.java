package nl.klantarena.check;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What rules need beyond the session.
 *
 * @param today the date "overdue" is measured against ({@code --today})
 * @param failOnOverdue whether an open action past its due date is an error of the run rather than
 *     a warning (the session stays usable: see {@link Checked})
 */
public record CheckContext(LocalDate today, boolean failOnOverdue) {
  public CheckContext {
    Objects.requireNonNull(today, "today");
  }
}
