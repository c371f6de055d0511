package nl.klantarena.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium for the tests that look at what a browser makes of our output (the seating
 * plan, the report's web page). {@code -Dklantarena.chromium=/path} names the browser; {@code
 * .ci/run} installs it and passes it. In CI ({@code CI=true}) the browser must be there; on a
 * developer's machine without it the test is reported as skipped.
 */
public final class Chromium {

  private Chromium() {}

  /** The browser, or the test is skipped (outside CI) or fails (in CI). */
  public static Path binary() {
    Path bin = Outside.required("klantarena.chromium", "a test that renders in headless Chromium");
    assertTrue(Files.isExecutable(bin), "klantarena.chromium names no executable: " + bin);
    return bin;
  }

  /**
   * Runs the browser headless with a fresh profile in {@code dir}, nothing of its own on the
   * network (no background services, every host name unresolvable), and {@code args} after that.
   * Returns when it has finished; fails after two minutes.
   */
  public static void run(Path dir, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path log = Files.createTempFile(dir, "chromium", ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                binary().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Process proc =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!proc.waitFor(120, TimeUnit.SECONDS)) {
      proc.destroyForcibly();
      throw new AssertionError("chromium did not finish; log:\n" + Files.readString(log));
    }
  }

  private static final Pattern PAGE_REQUEST =
      Pattern.compile("\"initiator\":\"(?!not an origin\")[^\"]*\".*?\"url\":\"([^\"]*)\"");

  /**
   * The addresses that a page asked for, from a net log ({@code --log-net-log}): the requests whose
   * initiator is a page. The browser's own requests say "not an origin".
   */
  public static List<String> pageRequests(Path netLog) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(netLog)) {
      Matcher m = PAGE_REQUEST.matcher(line);
      if (m.find()) out.add(m.group(1));
    }
    return out;
  }
}
