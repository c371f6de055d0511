package nl.klantarena.finding;

import java.util.List;
import java.util.Objects;

/**
 * One thing the tool has to say about a user's file: where, how bad, a stable code, a message in
 * the tool's language and, where it helps, a hint on how to fix it (may be empty, never null).
 *
 * <p>A finding may name a second place that belongs to it ({@link Related}): where the parser
 * noticed a bracket that was opened earlier and never closed, or where an anchor that an alias
 * repeats was defined. {@code related} is null when there is none.
 */
public record Finding(
    SourcePos pos, Severity severity, String code, String message, String hint, Related related)
    implements Comparable<Finding> {

  /** A second position of a finding, with a few words on what is there (such as "noticed here"). */
  public record Related(SourcePos pos, String message) {
    public Related {
      Objects.requireNonNull(pos, "pos");
      Objects.requireNonNull(message, "message");
    }
  }

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

  /** A finding with one position. */
  public Finding(SourcePos pos, Severity severity, String code, String message, String hint) {
    this(pos, severity, code, message, hint, null);
  }

  /** This finding with another severity: an overdue action under {@code --fail-on-overdue}. */
  public Finding withSeverity(Severity s) {
    return new Finding(pos, s, code, message, hint, related);
  }

  /** This finding with a second position. */
  public Finding withRelated(SourcePos at, String what) {
    return new Finding(pos, severity, code, message, hint, new Related(at, what));
  }

  @Override
  public int compareTo(Finding o) {
    int c = pos.compareTo(o.pos);
    return c != 0 ? c : code.compareTo(o.code);
  }
}
