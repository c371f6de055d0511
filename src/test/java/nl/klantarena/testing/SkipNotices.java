package nl.klantarena.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Says in the build's console which test was skipped and why (an assumption that did not hold, or a
 * disabled test). Maven sends the tests' own output to files, and its summary only counts the
 * skipped tests; so this writes to the process's standard error itself, which Maven shows.
 * Registered for every test run through {@code META-INF/services}.
 */
public final class SkipNotices implements TestExecutionListener {

  private static final PrintStream CONSOLE =
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    say(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      say(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static void say(TestIdentifier test, String reason) {
    CONSOLE.println("[SKIPPED] " + name(test) + ": " + reason);
  }

  private static String name(TestIdentifier test) {
    if (test.getSource().orElse(null) instanceof MethodSource m) {
      String cls = m.getClassName();
      return cls.substring(cls.lastIndexOf('.') + 1) + "." + m.getMethodName();
    }
    return test.getDisplayName();
  }
}
