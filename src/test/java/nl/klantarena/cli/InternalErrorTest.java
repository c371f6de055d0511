package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/**
 * An unexpected exception is exit 3 with one line, the trace only under --debug. The failing
 * command is in a registry of the test's own (the tool's commands and this one); production has no
 * way to trigger this on purpose.
 */
class InternalErrorTest {

  /** A command that fails as a bug would. */
  static final class BoomCommand implements Callable<Integer>, Registry.Entry {
    @Override
    public String command() {
      return "boom";
    }

    @Override
    public CommandSpec spec(Context ctx) {
      return Specs.build("boom", new BoomCommand(), CommonOptions.ARGS);
    }

    @Override
    public Integer call() {
      throw new IllegalStateException("something broke\nsecond line of the message");
    }
  }

  private static CliRun.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env =
        new Env(Map.of(), Locale.ENGLISH, Path.of("").toAbsolutePath(), Clock.systemUTC(), false);
    int code =
        Cli.run(
            Registry.STANDARD.with(new BoomCommand()),
            env,
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new CliRun.Result(code, out.toString(), err.toString());
  }

  @Test
  void oneLineWithoutDebug() {
    var r = run("boom");
    assertEquals(3, r.exit(), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
    assertTrue(r.err().contains("IllegalStateException: something broke"), r.toString());
    assertFalse(r.err().contains("second line"), r.toString());
    assertFalse(r.err().contains("\tat "), r.toString());
  }

  @Test
  void traceUnderDebug() {
    var r = run("boom", "--debug");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().contains("\tat nl.klantarena.cli.InternalErrorTest$BoomCommand.call"),
        r.toString());
  }

  @Test
  void theToolsRegistryIsUnchanged() {
    assertEquals(2, CliRun.inProject().run("boom").exit());
  }
}
