package nl.klantarena.check;

import java.time.LocalDate;
import java.util.Objects;
import nl.klantarena.load.Loader;

/**
 * What rules need beyond the session.
 *
 * @param today the date "overdue" is measured against ({@code --today})
 * @param failOnOverdue whether an open action past its due date is an error of the run rather than
 *     a warning (the session stays usable: see {@link Checked})
 * @param notesSettled whether the notes file is as the session's actions were written against;
 *     false while {@code import} rewrites it, so that actions' sources are not checked against
 *     notes about to change (KA510), nor its action notes against the actions (KA540)
 * @param loader the run's loader, through which a rule reads the notes file and the earlier
 *     sessions of the series; null when the rules run on a session alone (then those rules do not
 *     judge). {@link Checked#of} sets it.
 */
public record CheckContext(
    LocalDate today, boolean failOnOverdue, boolean notesSettled, Loader loader) {
  public CheckContext {
    Objects.requireNonNull(today, "today");
  }

  public CheckContext(LocalDate today, boolean failOnOverdue) {
    this(today, failOnOverdue, true, null);
  }

  /** For {@code import}: the notes file is about to change. */
  public static CheckContext importing(LocalDate today) {
    return new CheckContext(today, false, false, null);
  }

  /** This context, reading through {@code loader}. */
  CheckContext reading(Loader loader) {
    return new CheckContext(today, failOnOverdue, notesSettled, loader);
  }
}
