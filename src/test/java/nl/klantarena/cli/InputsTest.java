package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Loader;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private void write(String rel, String text) throws Exception {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private List<String> resolve(String... args) {
    Env env = new Env(Map.of(), Locale.ENGLISH, dir, Clock.systemUTC(), false);
    Loader loader = new Loader(dir, Messages.of("en"));
    return Inputs.resolve(List.of(args), env, Messages.of("en"), loader, new ArrayList<>()).stream()
        .map(Inputs.Input::shown)
        .toList();
  }

  @Test
  void aFolderMeansEverySessionBelowItInDateOrder() throws Exception {
    write("reeks/klantarena.yaml", "klantarena: 1\norganisation: X\n");
    write("reeks/b-najaar/session.yaml", "klantarena: 1\ndate: 2026-09-17\n");
    write("reeks/a-zomer/sessie.yml", "# zomer\nklantarena: 1\ndate: '2026-06-18'\n");
    write("reeks/c-voorjaar/session.yaml", "klantarena: 1\ndate: 2026-03-19\n");
    write("reeks/c-voorjaar/notes.yaml", "notes: [not a session]\n");
    write("reeks/c-voorjaar/readme.txt", "klantarena: 1\n");
    write("reeks/.github/workflows/ci.yaml", "klantarena: 1\n");
    write("reeks/zonder-datum/session.yaml", "klantarena: 1\n");
    assertEquals(
        List.of(
            "reeks/c-voorjaar/session.yaml",
            "reeks/a-zomer/sessie.yml",
            "reeks/b-najaar/session.yaml",
            "reeks/zonder-datum/session.yaml"),
        resolve("reeks"));
    assertEquals(
        resolve("reeks").stream().map(s -> s.substring("reeks/".length())).toList(),
        Inputs.folder(dir.resolve("reeks"), ".", new Loader(dir, Messages.of("en"))).stream()
            .map(Inputs.Input::shown)
            .toList());
  }

  @Test
  void filesKeepTheirOrderAndAreTakenOnce() throws Exception {
    write("a/session.yaml", "klantarena: 1\ndate: 2026-09-17\n");
    write("b/session.yaml", "klantarena: 1\ndate: 2026-03-19\n");
    assertEquals(List.of("a/session.yaml", "b/session.yaml"), resolve("a/session.yaml", "b", "a"));
  }

  @Test
  void theDefaultsFileIsNeverASession() throws Exception {
    write("reeks/klantarena.yaml", "klantarena: 1\norganisation: X\n");
    var r = CliRun.in(dir).run("check", "reeks/klantarena.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().contains("reeks/klantarena.yaml is the defaults file of a series, not a session"),
        r.toString());
    var folder = CliRun.in(dir).run("check", "reeks");
    assertEquals(1, folder.exit(), folder.toString());
    assertTrue(folder.err().contains("KA125"), folder.toString());
  }

  @Test
  void theExampleSeriesComesInDateOrder() {
    Env env =
        new Env(Map.of(), Locale.ENGLISH, Path.of("").toAbsolutePath(), Clock.systemUTC(), false);
    var found =
        Inputs.resolve(
            List.of("examples/series"),
            env,
            Messages.of("en"),
            new Loader(env.cwd(), Messages.of("en")),
            new ArrayList<>());
    assertEquals(
        List.of(
            "examples/series/2026-03-voorjaar/session.yaml",
            "examples/series/2026-06-zomer/session.yaml",
            "examples/series/2026-09-najaar/session.yaml"),
        found.stream().map(Inputs.Input::shown).toList());
  }
}
