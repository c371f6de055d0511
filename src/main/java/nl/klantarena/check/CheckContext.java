package nl.klantarena.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Session;

/**
 * What rules need beyond the session.
 *
 * @param today the date "overdue" is measured against ({@code --today})
 * @param failOnOverdue whether an open action past its due date is an error of the run rather than
 *     a warning (the session stays usable: see {@link Checked})
 * @param notes the notes of a session's notes file, as the run's loader read it (none when there is
 *     no notes file, or when the rules run without a loader)
 */
public record CheckContext(
    LocalDate today, boolean failOnOverdue, Function<Session, List<Note>> notes) {
  public CheckContext {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(notes, "notes");
  }

  /** A context without notes files. */
  public CheckContext(LocalDate today, boolean failOnOverdue) {
    this(today, failOnOverdue, s -> List.of());
  }

  /** This context, with the notes files read through {@code loader} (once per run each). */
  CheckContext reading(Loader loader) {
    return new CheckContext(today, failOnOverdue, s -> loader.notes(s).notes().orElse(List.of()));
  }
}
