package nl.klantarena.finding;

import java.util.Objects;

/**
 * One thing the tool has to say about a user's file: where, how bad, a stable code, a message in
 * the tool's language and, where it helps, a hint on how to fix it (may be empty, never null).
 */
public record Finding(SourcePos pos, Severity severity, String code, String message, String hint)
    implements Comparable<Finding> {

  public Finding {
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(pos, s, code, message, hint);
  }

  @Override
  public int compareTo(Finding o) {
    int c = pos.compareTo(o.pos);
    return c != 0 ? c : code.compareTo(o.code);
  }
}
