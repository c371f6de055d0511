package nl.klantarena.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Severity;
import nl.klantarena.load.Loader;
import nl.klantarena.session.Session;

/**
 * A session file loaded (through the run's {@link Loader}) and judged by every rule: the session
 * when the file could be read as one, every finding about it, and the {@link CheckedSession} when
 * it passed its error rules. This is what every command starts from.
 *
 * @param loaded empty when the file is not a session at all (syntax error, empty, not a mapping)
 * @param findings the file's findings, from loading and from the rules
 * @param usable the session, when it has no error finding
 */
public record Checked(
    Path path,
    String file,
    Optional<Session> loaded,
    List<Finding> findings,
    Optional<CheckedSession> usable) {

  public Checked {
    findings = List.copyOf(findings);
  }

  /**
   * Loads {@code path} (shown as {@code shown}) and runs every rule. Whether the session is usable
   * is decided by the rules alone; {@code --fail-on-overdue} then makes an overdue action (or the
   * letter to customers not sent by its date) an error of the run without making the session
   * unusable (the actions list still lists it).
   */
  public static Checked of(Loader loader, Path path, String shown, CheckContext ctx) {
    Loader.Loaded l = loader.session(path, shown);
    Findings own = new Findings(loader.messages());
    own.addAll(l.own());
    if (l.session().isPresent()) Rules.checkAll(l.session().get(), ctx.reading(loader), own);
    Optional<CheckedSession> usable =
        own.hasErrors() || l.session().isEmpty()
            ? Optional.empty()
            : Optional.of(new CheckedSession(l.session().get()));
    List<Finding> findings = own.all();
    if (ctx.failOnOverdue()) {
      List<Finding> gated = new ArrayList<>(findings.size());
      for (Finding f : findings) {
        boolean late =
            f.code().equals(FollowUpRule.OVERDUE) || f.code().equals(FollowUpRule.LETTER_OVERDUE);
        gated.add(late ? f.withSeverity(Severity.ERROR) : f);
      }
      findings = gated;
    }
    return new Checked(path, shown, l.session(), findings, usable);
  }
}
