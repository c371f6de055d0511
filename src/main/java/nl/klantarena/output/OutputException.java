package nl.klantarena.output;

import java.util.Optional;
import nl.klantarena.finding.Finding;

/**
 * An output that cannot be written, said in the tool's language: refused before anything was
 * written (it names an input of the run, or another output), or failed ({@link #finding()} names
 * the path and the reason). The exit code is 2 when the user gave the path ({@link #userPath()}), 1
 * otherwise.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Finding finding;
  private final boolean userPath;

  OutputException(String message, Finding finding, boolean userPath) {
    super(message, null, false, false);
    this.finding = finding;
    this.userPath = userPath;
  }

  /** The finding to print, when writing failed; empty when the output was refused up front. */
  public Optional<Finding> finding() {
    return Optional.ofNullable(finding);
  }

  /** Whether the path was one the user gave (exit 2) rather than one the tool chose (exit 1). */
  public boolean userPath() {
    return userPath;
  }
}
