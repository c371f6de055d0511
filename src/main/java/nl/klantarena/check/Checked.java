package nl.klantarena.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.klantarena.finding.Findings;
import nl.klantarena.load.SessionLoader;
import nl.klantarena.session.Session;

/**
 * A session file loaded and judged by every rule: the session (when the file could be read as one)
 * and all findings about it. This is what every command starts from.
 *
 * @param session empty when the file is not a session at all (syntax error, empty, not a mapping)
 */
public record Checked(String file, Optional<Session> session, Findings findings) {

  /** Loads {@code path} (shown as {@code shown}) and runs every rule. */
  public static Checked load(Path path, String shown, Findings findings, CheckContext ctx)
      throws IOException {
    Optional<Session> s = new SessionLoader(findings).load(path, shown);
    s.ifPresent(session -> Rules.checkAll(session, ctx, findings));
    return new Checked(shown, s, findings);
  }

  /** A session good enough to generate from: loaded, and without error findings. */
  public Optional<Session> usable() {
    return findings.hasErrors() ? Optional.empty() : session;
  }
}
