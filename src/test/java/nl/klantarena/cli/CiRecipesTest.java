package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code klantarena} command of the CI recipes in docs/ci.md on a copy of the example
 * series in {@code sessions/}, as of the test clock's date (2026-11-22), and holds it to the exit
 * code the page promises: 1 for the overdue gate (the example has overdue actions), 0 for
 * everything else.
 */
class CiRecipesTest {

  private static final Pattern FENCE = Pattern.compile("(?ms)^```ya?ml\\n(.*?)^```");

  /** A command line ({@code klantarena check ...}) or the action's {@code args: check ...}. */
  private static final Pattern COMMAND =
      Pattern.compile("(?m)^[\\s-]*(?:klantarena\\s+|args:\\s*)([a-z][^\\n#]*)");

  static List<List<String>> commands() throws Exception {
    String doc = Files.readString(Path.of("docs/ci.md"));
    List<List<String>> out = new ArrayList<>();
    Matcher block = FENCE.matcher(doc);
    while (block.find()) {
      Matcher c = COMMAND.matcher(block.group(1));
      while (c.find()) {
        List<String> words = new ArrayList<>(Arrays.asList(c.group(1).strip().split("\\s+")));
        int redirect = words.indexOf(">"); // the shell's redirection: stdout into a file
        out.add(redirect < 0 ? words : words.subList(0, redirect));
      }
    }
    return out;
  }

  /** Whether the command is still the stub of the skeleton (its description says so). */
  private static boolean notBuiltYet(String command) {
    if (!List.of("check", "actions", "report", "invite").contains(command)) {
      throw new AssertionError("a recipe uses an unexpected command: " + command);
    }
    return CliRun.inProject().run(command, "--help").out().contains("not built yet");
  }

  @Test
  void everyRecipeCommandExitsAsTheDocSays(@TempDir Path tmp) throws Exception {
    // the recipes run in a checkout whose sessions live in sessions/: a copy of the example series
    Files.createDirectories(tmp.resolve(".git"));
    Path src = Path.of("examples/series");
    try (var walk = Files.walk(src)) {
      for (Path p : walk.toList()) {
        Path to = tmp.resolve("sessions").resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    List<List<String>> commands = commands();
    assertTrue(commands.size() >= 9, "both recipes' commands are found: " + commands);
    int ran = 0;
    List<String> notBuilt = new ArrayList<>();
    for (List<String> cmd : commands) {
      Files.createDirectories(tmp.resolve("artifacts"));
      if (notBuiltYet(cmd.get(0))) {
        notBuilt.add(cmd.get(0)); // a command of another branch; its recipe line runs once it lands
        continue;
      }
      var r = CliRun.in(tmp).run(cmd.toArray(String[]::new));
      int expected = cmd.contains("--fail-on-overdue") ? 1 : 0;
      assertEquals(expected, r.exit(), String.join(" ", cmd) + "\n" + r);
      if (cmd.contains("--fail-on-overdue")) {
        assertTrue(
            r.err().contains("3 open actions are past their due date as of 2026-11-22"),
            r.toString());
      }
      if (cmd.contains("github")) {
        assertTrue(
            r.out()
                .contains(
                    "::warning file=sessions/2026-03-voorjaar/session.yaml,line=27,col=10,title=KA507::"),
            r.toString());
      }
      ran++;
    }
    assertTrue(ran >= 5, "ran " + ran + "; not built yet: " + notBuilt);
    assertTrue(Files.readString(tmp.resolve("artifacts/actions.md")).startsWith("# Actions"));
    assertTrue(Files.readString(tmp.resolve("artifacts/actions.csv")).startsWith("session,"));
    assertTrue(
        Files.readString(tmp.resolve("reminders/summary.eml")).contains("X-Unsent: 1"),
        "the weekly reminders, as drafts");
    if (!notBuilt.contains("invite")) {
      assertTrue(
          Files.isDirectory(tmp.resolve("sessions/2026-09-najaar/invitations")),
          "invitations beside each session");
    }
  }
}
