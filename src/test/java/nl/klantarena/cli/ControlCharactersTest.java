package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import nl.klantarena.text.Controls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character or a bidirectional override in a value is a finding (KA140 in a session file,
 * KA640 in a note), and never reaches a terminal, a Markdown document or a text output raw: an ESC
 * in a name would command the terminal that prints a finding, and an unclosed U+202E in a quote
 * turned its attribution around in the report.
 */
class ControlCharactersTest {

  private static final String TODAY = "2026-11-22";
  private static final String ESC = "\u001b";
  private static final String RLO = "\u202E";

  @TempDir Path dir;

  private static void noneRaw(CliRun.Result r) {
    assertEquals(-1, Controls.find(r.out()), "stdout holds a control character: " + r);
    assertEquals(-1, Controls.find(r.err()), "stderr holds a control character: " + r);
  }

  @Test
  void inASessionFileTheyAreAnErrorShownAsCodes() throws Exception {
    String base = Files.readString(Path.of("src/test/resources/findings/base.yaml"));
    Files.writeString(
        dir.resolve("s.yaml"),
        base.replace("{name: Ben Parker,", "{name: \"Ben \\e]0;owned\\a Parker\",")
            .replace("title: Our service", "title: \"Our \u202Eecivres\""));
    var r = CliRun.in(dir).run("check", "s.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error[KA140]: control character U+001B in a value"), r.toString());
    assertTrue(r.err().contains("error[KA140]: control character U+202E in a value"), r.toString());
    noneRaw(r);
    var json = CliRun.in(dir).run("check", "s.yaml", "--format", "json");
    noneRaw(json);
    var plan = CliRun.in(dir).run("plan", "s.yaml", "--format", "text");
    assertEquals(1, plan.exit(), "a session with errors is not planned: " + plan);
    noneRaw(plan);
  }

  @Test
  void inTheDefaultsFileTheyAreAnErrorOfEverySessionBelowIt() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve("klantarena.yaml"), "klantarena: 1\norganisation: \"Het \\u202EBaken\"\n");
    Path s = Files.createDirectories(dir.resolve("a")).resolve("session.yaml");
    Files.writeString(
        s,
        Files.readString(Path.of("examples/nl/session.yaml"))
            .replaceFirst("(?m)^organisation: .*\n", ""));
    var r = CliRun.in(dir).run("check", "a/session.yaml", "--today", TODAY);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err().contains("klantarena.yaml:2:15: error[KA140]: control character U+202E in a value"),
        r.toString());
    assertTrue(r.err().contains("organisation: \"Het \\u202EBaken\""), r.toString());
    noneRaw(r);
    var report = CliRun.in(dir).run("report", "a/session.yaml", "--today", TODAY);
    assertEquals(1, report.exit(), "a session with errors gets no report: " + report);
    noneRaw(report);
  }

  @Test
  void inNotesTheyAreImportedAndShownAsCodesInEveryOutput() throws Exception {
    Files.copy(Path.of("examples/nl/session.yaml"), dir.resolve("session.yaml"));
    Files.writeString(
        dir.resolve("notities.txt"),
        "# Ronde 1\n[bereikbaarheid] Fatima Ouali: De wachttijd "
            + RLO
            + "is te lang"
            + ESC
            + "[2J.\n");
    var imp = CliRun.in(dir).run("import", "session.yaml", "notities.txt", "--today", TODAY);
    assertEquals(0, imp.exit(), imp.toString());
    assertTrue(
        imp.err()
            .contains("notities.txt:2:1: warning[KA640]: the note holds the control character"),
        imp.toString());
    noneRaw(imp);
    assertTrue(Files.readString(dir.resolve("notes.csv")).contains(RLO), "kept as it was");
    var again =
        CliRun.in(dir)
            .run("import", "session.yaml", "notities.txt", "--format", "json", "--today", TODAY);
    noneRaw(again);
    for (String audience : new String[] {"staff", "customers"}) {
      // the letter quotes customers only when asked to (--quotes)
      var md =
          CliRun.in(dir)
              .run("report", "session.yaml", "--audience", audience, "--quotes", "--today", TODAY);
      assertEquals(0, md.exit(), md.toString());
      noneRaw(md);
      assertTrue(
          md.out().contains("De wachttijd \\<U+202E\\>is te lang\\<U+001B\\>\\[2J."), md.out());
    }
    for (String format : new String[] {"text", "html"}) {
      var other =
          CliRun.in(dir).run("report", "session.yaml", "--format", format, "--today", TODAY);
      assertEquals(0, other.exit(), other.toString());
      noneRaw(other);
      assertTrue(
          other.out().contains("&lt;U+202E&gt;is te lang")
              || other.out().contains("<U+202E>is te lang"),
          other.out());
    }
    var json = CliRun.in(dir).run("report", "session.yaml", "--format", "json", "--today", TODAY);
    noneRaw(json);
    assertTrue(json.out().contains("De wachttijd \\u202eis te lang\\u001b[2J."), json.out());
  }
}
