package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * An unexpected exception is exit 3 with one line, the trace only under --debug. The failing
 * command is registered for the test only, through the command table Cli builds from; production
 * has no way to trigger this on purpose.
 */
class InternalErrorTest {

  /** A command that fails as a bug would. */
  @Command(name = "boom")
  static final class BoomCommand implements Callable<Integer> {
    // read from annotations: the table builds the tool's own commands in code, others like this
    @Option(names = "--debug")
    boolean debug;

    BoomCommand(Context ctx) {}

    @Override
    public Integer call() {
      throw new IllegalStateException("something broke\nsecond line of the message");
    }
  }

  @BeforeEach
  void register() {
    KlantarenaCommand.COMMANDS.put("boom", BoomCommand.class);
  }

  @AfterEach
  void unregister() {
    KlantarenaCommand.COMMANDS.remove("boom");
  }

  @Test
  void oneLineWithoutDebug() {
    var r = CliRun.inProject().run("boom");
    assertEquals(3, r.exit(), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
    assertTrue(r.err().contains("IllegalStateException: something broke"), r.toString());
    assertFalse(r.err().contains("second line"), r.toString());
    assertFalse(r.err().contains("\tat "), r.toString());
  }

  @Test
  void traceUnderDebug() {
    var r = CliRun.inProject().run("boom", "--debug");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().contains("\tat nl.klantarena.cli.InternalErrorTest$BoomCommand.call"),
        r.toString());
  }
}
