package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.klantarena.finding.Messages;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The rules of every output, in one place ({@code output.Outputs}): no {@code --out} (nor {@code
 * --ics}, {@code --seating}) may name an input of the run; a file that cannot be written is a
 * finding that names the path and the reason (exit 2 for a path the user gave, 1 for one the tool
 * chose), never an internal error; a command that writes several files writes all or none; and the
 * temporary files of a killed run are cleaned up by the next one.
 */
class OutputRulesTest {

  private static final String TODAY = "2026-11-22";

  @TempDir Path dir;

  /**
   * A series folder with the Dutch example (its transcript and notes beside it), a defaults file
   * and a user template for the report.
   */
  private Path world() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Path s = Files.createDirectories(dir.resolve("s"));
    for (String f : List.of("session.yaml", "notes.csv", "opname.vtt")) {
      Files.copy(Path.of("examples/nl").resolve(f), s.resolve(f));
    }
    Files.writeString(dir.resolve("klantarena.yaml"), "klantarena: 1\ntemplates: sjablonen\n");
    Files.createDirectories(dir.resolve("sjablonen"));
    Files.writeString(dir.resolve("sjablonen/report-staff.md.mustache"), "# {{title}}\n");
    Files.writeString(dir.resolve("sjablonen/invite-customer.txt.mustache"), "Welkom.\n");
    return s;
  }

  /** Every file below {@code dir}, with its content: what a refused run must leave as it was. */
  private Map<String, String> snapshot() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  private CliRun.Result run(String... args) {
    return CliRun.in(dir).run(args);
  }

  /**
   * Every option of every command that names a file the command writes: the file options of the
   * commands' tables, less {@code --templates}, which names what a command reads.
   */
  private static List<String[]> outputOptions() {
    PrintWriter none = new PrintWriter(new StringWriter());
    Env env = new Env(Map.of(), Locale.ENGLISH, Path.of(""), Clock.systemUTC(), false);
    Context ctx = new Context(env, Messages.of("en"), none, none);
    List<String[]> options = new ArrayList<>();
    for (Registry.Entry e : Registry.STANDARD.entries()) {
      for (OptionSpec o : e.spec(ctx).options()) {
        if (o.type() == File.class && !o.longestName().equals("--templates")) {
          options.add(new String[] {e.command(), o.longestName()});
        }
      }
    }
    return options;
  }

  @Test
  void noOutputOfAnyCommandMayNameAnInputOfTheRun() throws Exception {
    world();
    Map<String, String> inputs = new TreeMap<>();
    inputs.put("s/session.yaml", "the session file");
    inputs.put("klantarena.yaml", "the defaults file of the series");
    inputs.put("s/notes.csv", "the notes file");
    inputs.put("sjablonen/report-staff.md.mustache", "a template");
    inputs.put("sjablonen/invite-customer.txt.mustache", "a template");
    List<String[]> commands = outputOptions();
    // the list is read from the commands themselves, so that a new output is held to the rule too
    assertTrue(commands.size() >= 6, "every output option: " + commands.size());
    Map<String, String> before = snapshot();
    List<String> faults = new ArrayList<>();
    for (String[] c : commands) {
      for (var in : inputs.entrySet()) {
        // a command reads only its own templates: there the others are just other files
        if (in.getKey().endsWith(".mustache") && !in.getKey().contains("/" + c[0] + "-")) continue;
        var r = run(c[0], "s/session.yaml", c[1], in.getKey(), "--today", TODAY);
        // --seating takes only .svg names, and refuses the others for that first
        boolean svgOnly = c[1].equals("--seating");
        String said = c[1] + " " + in.getKey() + " names a file this run reads";
        if (r.exit() != 2 || (!svgOnly && !r.err().contains(said))) {
          faults.add(String.join(" ", c) + " " + in.getKey() + ": " + r);
        }
        if (!svgOnly
            && in.getKey().startsWith("s/")
            && !r.err().contains("(" + in.getValue() + ")")) {
          faults.add(String.join(" ", c) + " " + in.getKey() + " does not say what it is: " + r);
        }
      }
    }
    // init names the file it writes: it never writes over one, an input of a later run least of all
    for (String in : inputs.keySet()) {
      if (!in.endsWith(".yaml")) continue;
      var r = run("init", in);
      if (r.exit() == 0) faults.add("init " + in + ": " + r);
    }
    // a session file may have any name, .svg too: then --seating may not name it either
    Files.copy(dir.resolve("s/session.yaml"), dir.resolve("s/sessie.svg"));
    before = snapshot();
    var svg = run("plan", "s/sessie.svg", "--seating", "s/sessie.svg", "--today", TODAY);
    if (svg.exit() != 2
        || !svg.err().contains("--seating s/sessie.svg names a file this run reads")) {
      faults.add("plan --seating s/sessie.svg: " + svg);
    }
    assertEquals(List.of(), faults);
    assertEquals(before, snapshot(), "nothing was written");
    // a file the run does not read may be written, a transcript of another run too
    var r = run("report", "s/session.yaml", "--out", "s/opname.vtt", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void aNotesFileThatDoesNotExistYetIsStillTheSessionsNotesFile() throws Exception {
    Path s = world();
    Files.delete(s.resolve("notes.csv"));
    var r = run("plan", "s/session.yaml", "--ics", "s/notes.csv", "--today", TODAY);
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("(the notes file)"), r.toString());
    assertFalse(Files.exists(s.resolve("notes.csv")));
  }

  @Test
  void aFolderOrAFileInTheWayIsAFindingWithThePathAndTheReason() throws Exception {
    world();
    Files.createDirectories(dir.resolve("verslag.md"));
    Files.writeString(dir.resolve("notities.txt"), "x\n");
    var folder = run("report", "s/session.yaml", "--out", "verslag.md", "--today", TODAY);
    assertEquals(2, folder.exit(), folder.toString());
    assertTrue(
        folder.err().contains("verslag.md: error[KA811]: cannot write verslag.md: it is a folder"),
        folder.toString());
    var file = run("plan", "s/session.yaml", "--out", "notities.txt/plan.md", "--today", TODAY);
    assertEquals(2, file.exit(), file.toString());
    assertTrue(
        file.err()
            .contains(
                "notities.txt/plan.md: error[KA811]: cannot write notities.txt/plan.md:"
                    + " notities.txt is a file, not a folder"),
        file.toString());
    var actions = run("actions", "s", "--out", "notities.txt/x/acties.md", "--today", TODAY);
    assertEquals(2, actions.exit(), actions.toString());
    assertTrue(actions.err().contains("notities.txt is a file, not a folder"), actions.toString());
    for (var r : List.of(folder, file, actions)) {
      assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.toString());
    }
  }

  @Test
  void aFolderTheUserCannotWriteToIsAFinding() throws Exception {
    world();
    String out;
    if (root()) {
      // permissions do not stop root: a folder where nobody can create a file does
      Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
      out = "/proc/self/klantarena/verslag.md";
    } else {
      Path ro = Files.createDirectories(dir.resolve("alleen-lezen"));
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
      out = "alleen-lezen/verslag.md";
    }
    var r = run("report", "s/session.yaml", "--out", out, "--today", TODAY);
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains(out + ": error[KA811]: cannot write " + out + ": "), r.toString());
    assertFalse(r.err().contains("internal error"), r.toString());
  }

  @Test
  void inviteWritesAllItsFilesOrNone() throws Exception {
    Path s = world();
    // a folder where one of the invitations must go: found before anything is written
    Files.createDirectories(s.resolve("invitations/staff-ruud-jacobs.txt"));
    var r = run("invite", "s/session.yaml", "--today", TODAY);
    assertEquals(1, r.exit(), "invitations/ is the tool's choice: exit 1; " + r);
    assertTrue(
        r.err()
            .contains(
                "s/invitations/staff-ruud-jacobs.txt: error[KA811]: cannot write"
                    + " s/invitations/staff-ruud-jacobs.txt: it is a folder"),
        r.toString());
    try (Stream<Path> left = Files.list(s.resolve("invitations"))) {
      assertEquals(
          List.of("staff-ruud-jacobs.txt"), left.map(p -> p.getFileName().toString()).toList());
    }
    // a file where the folder must go
    Files.delete(s.resolve("invitations/staff-ruud-jacobs.txt"));
    Files.delete(s.resolve("invitations"));
    Files.writeString(s.resolve("invitations"), "not a folder\n");
    r = run("invite", "s/session.yaml", "--today", TODAY);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s/invitations is a file, not a folder"), r.toString());
    r = run("invite", "s/session.yaml", "--out", "s/invitations", "--today", TODAY);
    assertEquals(2, r.exit(), "--out is the user's: exit 2; " + r);
    // nothing in the way: every file, and no temporary folder left beside them
    Files.delete(s.resolve("invitations"));
    r = run("invite", "s/session.yaml", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.exists(s.resolve("invitations/invitations.csv")));
    try (Stream<Path> beside = Files.list(s)) {
      assertEquals(
          List.of(), beside.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void theTemporaryFilesOfAKilledRunAreCleanedUpByTheNext() throws Exception {
    Path s = world();
    // what import leaves when it is killed between writing and renaming: a process that is gone,
    // and an older naming without a process, an hour old
    Path dead = s.resolve(".notes.csv.999999999.k3j4h2.tmp");
    Path older = s.resolve(".notes.csv.a1b2c3.tmp");
    Path live = s.resolve(".notes.csv." + ProcessHandle.current().pid() + ".z9.tmp");
    for (Path p : List.of(dead, older, live)) Files.writeString(p, "half a notes file");
    Files.setLastModifiedTime(older, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
    Files.writeString(
        s.resolve("extra.txt"), "# Ronde 1\nFatima Ouali: Een nieuwe opmerking over de lift.\n");
    var r = run("import", "s/session.yaml", "s/extra.txt", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    assertFalse(Files.exists(dead), "a dead process's temporary file is removed");
    assertFalse(Files.exists(older), "an old temporary file is removed");
    assertTrue(Files.exists(live), "a running process's temporary file is left alone");
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }
}
