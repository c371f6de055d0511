package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Languages a user asks for, and the small message faults fixed with them. */
class LanguageOptionTest {

  @Test
  void unknownToolLanguageIsUsage() {
    var r = CliRun.inProject().run("check", "--lang", "de", "examples/en/session.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("unknown language \"de\"; expected nl|en"), r.toString());
    var eq = CliRun.inProject().run("--lang=fr", "--help");
    assertEquals(2, eq.exit(), eq.toString());
  }

  @Test
  void langAndDebugMayComeBeforeTheCommand() {
    var nl =
        CliRun.inProject().run("--lang", "nl", "actions", "examples/nl", "--today", "2026-11-22");
    assertEquals(0, nl.exit(), nl.toString());
    assertTrue(nl.out().startsWith("# Acties\n"), nl.toString());
    var en =
        CliRun.inProject()
            .env("KLANTARENA_LANG", "nl")
            .run(
                "--lang=en",
                "--debug",
                "check",
                "examples/nl/session.yaml",
                "--today",
                "2026-11-22");
    assertEquals(0, en.exit(), en.toString());
    assertTrue(en.out().contains("1 file checked"), en.toString());
    var bad = CliRun.inProject().run("--lang", "de", "check", "examples/nl/session.yaml");
    assertEquals(2, bad.exit(), bad.toString());
    assertTrue(bad.err().contains("unknown language \"de\"; expected nl|en"), bad.toString());
    var help = CliRun.inProject().run("--help");
    assertTrue(help.out().contains("--lang=nl|en"), help.toString());
    assertTrue(help.out().contains("--debug"), help.toString());
    var none = CliRun.inProject().run("--lang", "en");
    assertEquals(2, none.exit(), "no command: " + none);
  }

  @Test
  void unknownSessionLanguageForInitSaysLanguage(@TempDir Path dir) {
    var r = CliRun.in(dir).run("init", "--language", "de");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("unknown language \"de\"; expected nl|en"), r.toString());
    assertFalse(Files.exists(dir.resolve("session.yaml")));
  }

  @Test
  void initTakesTheSessionLanguageFromLang(@TempDir Path dir) throws Exception {
    var r = CliRun.in(dir).env("KLANTARENA_LANG", "nl").run("init", "--lang", "en");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.readString(dir.resolve("session.yaml")).contains("\nlanguage: en"));
    var nl = CliRun.in(dir).run("init", "nl", "--lang", "nl");
    assertEquals(0, nl.exit(), nl.toString());
    assertTrue(Files.readString(dir.resolve("nl/session.yaml")).contains("\nlanguage: nl"));
  }

  @Test
  void didYouMeanIsSeparated(@TempDir Path dir) throws Exception {
    String base = Files.readString(Path.of("src/test/resources/findings/base.yaml"));
    Files.writeString(
        dir.resolve("s.yaml"),
        base.replace("experience: neutral", "experience: neutrl") + "timezone: Europe/Amsterdm\n");
    var r = CliRun.in(dir).run("check", "s.yaml");
    assertTrue(
        r.err()
            .contains(
                "error[KA113]: invalid value \"neutrl\" for experience: expected positive | neutral | negative; did you mean \"neutral\"?\n"),
        r.toString());
    assertTrue(
        r.err()
            .contains(
                "hint: use an IANA time zone such as Europe/Amsterdam; did you mean \"Europe/Amsterdam\"?\n"),
        r.toString());
  }

  @Test
  void noTrailingSpaceWithoutDidYouMean(@TempDir Path dir) throws Exception {
    var r = CliRun.in(Path.of("src/test/resources/findings")).run("check", "KA113.yaml");
    assertTrue(r.err().contains("expected positive | neutral | negative\n"), r.toString());
  }
}
