package nl.klantarena.cli;

/** The exit codes of the contract, in one place. */
public final class ExitCode {
  /** Done; no error findings (warnings allowed unless {@code --strict}). */
  public static final int OK = 0;

  /** The files have problems (or overdue actions under {@code --fail-on-overdue}). */
  public static final int FINDINGS = 1;

  /** Usage: unknown option, missing argument, a file that does not exist or cannot be read. */
  public static final int USAGE = 2;

  /** Internal error: a bug. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
