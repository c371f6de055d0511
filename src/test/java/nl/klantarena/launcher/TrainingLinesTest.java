package nl.klantarena.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.TrainingRun;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run (TrainingRun, its lines in training.txt) decides which classes the
 * start-up archive holds. A line that no longer parses (an option renamed, say) would only make
 * every later run slower, silently: so every line must run as a user's would, with exit 0 or 1,
 * never 2 or 3.
 */
class TrainingLinesTest {

  @Test
  void everyTrainingLineRunsWithoutAUsageOrInternalError(@TempDir Path dir) throws Exception {
    TrainingRun.copy(Path.of("examples"), dir.resolve("examples"));
    List<String> lines = TrainingRun.lines();
    assertTrue(lines.size() >= 10, lines.toString());
    // the launcher keeps an archive per command, trained on that command's lines alone
    List<String> commands =
        List.of("init", "check", "plan", "invite", "import", "report", "actions", "forget");
    assertTrue(
        Files.readString(Path.of("bin/klantarena")).contains(String.join(" | ", commands) + ")"),
        "bin/klantarena names the commands with an archive of their own");
    for (String cmd : commands) {
      assertFalse(TrainingRun.lines(cmd).isEmpty(), "no training line for " + cmd);
      assertTrue(TrainingRun.lines(cmd).stream().allMatch(l -> l.startsWith(cmd + " ")), cmd);
    }
    assertTrue(TrainingRun.lines("all").equals(lines));
    for (String line : lines) {
      var r = CliRun.in(dir).run(line.split(" +"));
      assertTrue(r.exit() == 0 || r.exit() == 1, line + "\n" + r);
      assertFalse(r.err().contains("Exception"), line + "\n" + r);
    }
  }
}
