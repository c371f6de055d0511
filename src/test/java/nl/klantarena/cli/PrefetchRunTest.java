package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run prints is the same whether the session files were read ahead (Prefetch) or not. */
class PrefetchRunTest {

  @TempDir Path dir;

  private String run(boolean prefetching, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of(), Locale.ENGLISH, dir, Clock.systemUTC(), false);
    int code =
        Cli.run(
            Registry.STANDARD, env, new PrintWriter(out), new PrintWriter(err), prefetching, args);
    return code + "\n" + out + "\n" + err;
  }

  @Test
  void aRunPrintsTheSameWithAndWithoutReadingAhead() throws Exception {
    Files.copy(Path.of("examples/nl/session.yaml"), dir.resolve("session.yaml"));
    Files.copy(Path.of("examples/nl/notes.csv"), dir.resolve("notes.csv"));
    String text = Files.readString(dir.resolve("session.yaml"));
    Files.writeString(dir.resolve("misspelt.yaml"), text.replace("title:", "titel:"));
    Files.writeString(dir.resolve("broken.yaml"), text.replace("title:", "title: [\n"));
    // a finding at an alias also names its anchor: a second position the parse records
    Files.writeString(
        dir.resolve("alias.yaml"),
        text.replace("title: Klantarena huurders, najaar 2026", "title: &t [a list]")
            .replace("organisation: Woonstichting Het Baken", "organisation: *t"));
    for (List<String> args :
        List.of(
            List.of("check", "session.yaml", "--today", "2026-11-22"),
            List.of("check", "misspelt.yaml", "broken.yaml", "session.yaml"),
            List.of("check", "alias.yaml"),
            List.of("check", "session.yaml", "--format", "json", "--today", "2027-06-01"),
            List.of("plan", "session.yaml", "--format", "text"),
            List.of("report", "session.yaml", "--today", "2026-11-22"))) {
      String[] a = args.toArray(new String[0]);
      String without = run(false, a);
      assertEquals(without, run(true, a), String.join(" ", args));
      if (args.contains("alias.yaml")) assertTrue(without.contains("the anchor \"&t\" is here"));
    }
  }
}
