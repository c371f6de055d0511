package nl.klantarena.cli;

/**
 * A mistake in how the tool was called (a path that does not exist, an option that does not fit):
 * exit 2 with the message, never a stack trace. The message is already in the tool's language.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message, null, false, false);
  }
}
