package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line without rough edges: what a user who mistypes or guesses gets. */
class CommandLineTest {

  private static final List<String> COMMANDS =
      List.of(
          "init", "check", "plan", "invite", "import", "report", "actions", "forget", "completion");

  @Test
  void aMistypedCommandGetsDidYouMean() {
    var r = CliRun.inProject().run("chek", "examples/nl/session.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("klantarena: unknown command \"chek\"; did you mean \"check\"?\n"),
        r.toString());
    var nl = CliRun.inProject().run("--lang", "nl", "raport");
    assertEquals(2, nl.exit(), nl.toString());
    assertTrue(
        nl.err().contains("onbekende opdracht \"raport\"; bedoelt u \"report\"?"), nl.toString());
    var far = CliRun.inProject().run("xyzzy");
    assertTrue(far.err().startsWith("klantarena: unknown command \"xyzzy\"\n"), far.toString());
  }

  @Test
  void importSaysTheSessionComesFirst(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("examples/nl/session.yaml"), dir.resolve("session.yaml"));
    Files.copy(Path.of("examples/nl/opname.vtt"), dir.resolve("teams.vtt"));
    var r = CliRun.in(dir).run("import", "teams.vtt", "session.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "the session comes first, then the notes: klantarena import session.yaml teams.vtt"),
        r.toString());
    assertFalse(r.err().contains("KA100"), r.toString());
    assertFalse(Files.exists(dir.resolve("notes.csv")));
  }

  @Test
  void importHelpNamesSessionAndNotes() {
    String help = CliRun.inProject().run("import", "--help").out();
    // the synopsis may wrap between the two (import has many options)
    assertTrue(help.replaceAll("\\s+", " ").contains("SESSION NOTES..."), help);
    assertTrue(help.contains("The transcripts and notes to import."), help);
  }

  @Test
  void initWritesTheSessionFileItNames(@TempDir Path dir) throws Exception {
    var r = CliRun.in(dir).run("init", "sessions/fietsen/session.yaml", "--language", "en");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.isRegularFile(dir.resolve("sessions/fietsen/session.yaml")), r.toString());
    assertTrue(r.out().contains("wrote sessions/fietsen/session.yaml"), r.toString());
    var other = CliRun.in(dir).run("init", "sessions/lente.yml");
    assertEquals(0, other.exit(), other.toString());
    assertTrue(Files.isRegularFile(dir.resolve("sessions/lente.yml")));
    assertEquals(0, CliRun.in(dir).run("check", "sessions/fietsen/session.yaml").exit());
  }

  @Test
  void initHelpListsOnlyWhatInitUses() {
    String help = CliRun.inProject().run("init", "--help").out();
    for (String unused : List.of("--today", "--strict", "--no-color", "--format")) {
      assertFalse(help.contains(unused), unused + " in\n" + help);
    }
    assertTrue(help.contains("--language"), help);
  }

  @Test
  void seatingMustBeSvg(@TempDir Path dir) {
    var r =
        CliRun.inProject()
            .run(
                "plan",
                "examples/nl/session.yaml",
                "--seating",
                dir.resolve("plan.png").toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("give a file name that ends in .svg"), r.toString());
    assertFalse(Files.exists(dir.resolve("plan.png")));
  }

  /** Every command's help ends with one to three examples, in both languages, that parse. */
  @Test
  void everyHelpEndsWithExamplesThatParse() {
    for (String lang : List.of("en", "nl")) {
      for (String command : COMMANDS) {
        var r = CliRun.inProject().run(command, "--help", "--lang", lang);
        assertEquals(0, r.exit(), r.toString());
        String heading = lang.equals("en") ? "\nExamples:\n" : "\nVoorbeelden:\n";
        int at = r.out().lastIndexOf(heading);
        assertTrue(at > 0, command + " " + lang + ":\n" + r.out());
        List<String> examples =
            r.out().substring(at + heading.length()).strip().lines().map(String::strip).toList();
        assertTrue(examples.size() >= 1 && examples.size() <= 3, examples.toString());
        for (String e : examples) {
          assertTrue(e.startsWith("klantarena " + command), e);
          parses(e);
        }
      }
    }
  }

  /** An example is a command line the tool accepts: every option exists, every value fits. */
  private static void parses(String example) {
    List<String> words = new ArrayList<>();
    var m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(example);
    while (m.find()) words.add(m.group(1) != null ? m.group(1) : m.group(2));
    int redirect = words.indexOf(">");
    if (redirect > 0) words = words.subList(0, redirect);
    CommandLine cl = Dist.model();
    cl.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
  }

  @Test
  void completionCompletesCommandsOptionsAndValues() {
    var r = CliRun.inProject().run("completion", "bash");
    assertEquals(0, r.exit(), r.toString());
    String s = r.out();
    assertTrue(s.contains("complete -F _complete_klantarena"), s);
    for (String c : COMMANDS) assertTrue(s.contains(c), c);
    assertTrue(s.contains("\"md\" \"text\" \"json\""), "plan's --format values");
    assertTrue(s.contains("\"nl\" \"en\""), "--lang values");
    assertTrue(s.contains("\"staff\" \"customers\""), "--audience values");
    assertTrue(s.contains("compgen -f"), "file names where a file is expected");
    var zsh = CliRun.inProject().run("completion", "zsh");
    assertTrue(zsh.out().startsWith("#compdef klantarena\n"), zsh.toString());
    assertEquals(2, CliRun.inProject().run("completion", "fish").exit());
  }

  @Test
  void versionNamesTheCommit() {
    var r = CliRun.inProject().run("--version");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("klantarena "), r.out());
  }

  @Test
  void manPagesComeFromTheModel() {
    CommandLine top = Dist.model();
    String check = ManPages.command(top.getSubcommands().get("check"), "1.2.3");
    assertTrue(check.contains(".TH KLANTARENA\\-CHECK 1"), check);
    assertTrue(check.contains("\\fB\\-\\-fail\\-on\\-overdue\\fR"), check);
    assertTrue(check.contains(".SH EXAMPLES"), check);
    String page = ManPages.top(top, "1.2.3");
    for (String c : COMMANDS) assertTrue(page.contains(".B " + c.toLowerCase(Locale.ROOT)), c);
  }
}
