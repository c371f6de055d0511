package nl.klantarena.finding;

import java.util.List;
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

  /**
   * Whether this finding fails a run: an error always, a warning under {@code --strict}. The one
   * place this is decided.
   */
  public boolean fails(boolean strict) {
    return severity == Severity.ERROR || (strict && severity == Severity.WARNING);
  }

  /** Whether any of {@code findings} fails a run (see {@link #fails(boolean)}). */
  public static boolean fail(List<Finding> findings, boolean strict) {
    for (Finding f : findings) if (f.fails(strict)) return true;
    return false;
  }

  @Override
  public int compareTo(Finding o) {
    int c = pos.compareTo(o.pos);
    return c != 0 ? c : code.compareTo(o.code);
  }
}
