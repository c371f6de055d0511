package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @Test
  void starterSessionIsClean(@TempDir Path dir) throws Exception {
    var init = CliRun.in(dir).run("init", "--language", "nl");
    assertEquals(0, init.exit(), init.toString());
    var r = CliRun.in(dir).run("check", "session.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
  }

  @Test
  void missingFileIsUsage(@TempDir Path dir) {
    var r = CliRun.in(dir).run("check", "nope.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("nope.yaml"), r.toString());
  }

  @Test
  void unknownKeySuggests(@TempDir Path dir) throws Exception {
    CliRun.in(dir).run("init", "--language", "en");
    Path f = dir.resolve("session.yaml");
    Files.writeString(f, Files.readString(f).replace("participants:", "participnts:"));
    var r = CliRun.in(dir).run("check", "session.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains("error[KA101]: unknown key \"participnts\"; did you mean \"participants\"?"),
        r.toString());
  }
}
