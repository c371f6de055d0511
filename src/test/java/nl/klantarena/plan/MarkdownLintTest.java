package nl.klantarena.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Outside;
import nl.klantarena.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs markdownlint (default rules) over the plans: {@code -Dklantarena.markdownlint=/path} names
 * the binary (skipped without it, except in CI).
 */
@Slow
class MarkdownLintTest {

  @Test
  void plansPassMarkdownlintsDefaultRules(@TempDir Path dir) throws Exception {
    String lint = Outside.required("klantarena.markdownlint", "markdownlint over plans").toString();
    assertTrue(
        Files.isExecutable(Path.of(lint)), "klantarena.markdownlint names no executable: " + lint);
    List<String> cmd = new ArrayList<>(List.of(lint));
    int n = 0;
    for (String file :
        List.of(
            "examples/nl/session.yaml",
            "examples/en/session.yaml",
            "src/test/resources/plan/warn.yaml",
            "src/test/resources/plan/big.yaml",
            "src/test/resources/plan/long.yaml")) {
      Path md = dir.resolve("plan" + n++ + ".md");
      Files.writeString(md, CliRun.inProject().run("plan", file).out());
      cmd.add(md.toString());
    }
    cmd.add(Path.of("docs/commands/plan.md").toAbsolutePath().toString());
    Path log = dir.resolve("lint.log");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(log));
  }
}
