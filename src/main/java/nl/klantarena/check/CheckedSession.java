package nl.klantarena.check;

import java.util.Objects;
import nl.klantarena.session.Session;

/**
 * A session that passed its error rules: loaded, and without an error finding (warnings allowed).
 * This is what commands that generate output take (the plan, the invitations, the report, the
 * import of notes), so that a session with errors, whose values may be missing, cannot be rendered
 * by accident. Only {@link Checked} makes one.
 */
public final class CheckedSession {

  private final Session session;

  CheckedSession(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * The session; in it {@code date}, {@code timezone}, {@code agenda.start()} and every due date
   * are present.
   */
  public Session session() {
    return session;
  }

  @Override
  public String toString() {
    return "CheckedSession[" + session.file() + "]";
  }
}
