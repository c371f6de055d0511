package nl.klantarena.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Action;
import nl.klantarena.session.Origin;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actions --propose}: the action notes no action takes up, as entries for the session's
 * {@code actions:} list; pasted into the session they pass {@code check}, and check no longer notes
 * them (KA540).
 */
class ProposeTest {

  /** Action lines typed in round 3 of the Dutch example, in the forms people write them. */
  static final String TYPED =
      """
      # Ronde 3
      ACTIE: Terugbelknop in de app: ook buiten kantoortijd @Dennis 1-6-2027
      ACTIE: Huurdersavond over "schimmel" plannen @bart smeets
      ACTIE: Wachttijd # tonen op de website @R. Jacobs vóór 1 maart
      """;

  static Path dutchExample(Path dir) throws IOException {
    copy(Path.of("examples/nl"), dir);
    Files.writeString(dir.resolve("extra.txt"), TYPED);
    var imported = CliRun.in(dir).run("import", "session.yaml", "extra.txt");
    assertEquals(0, imported.exit(), imported.toString());
    return dir;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  @Test
  void proposedActionsPastedIntoTheSessionPassCheck(@TempDir Path dir) throws IOException {
    dutchExample(dir);
    var before = CliRun.in(dir).run("check", "session.yaml");
    assertEquals(0, before.exit(), before.toString());
    assertEquals(
        3, before.err().lines().filter(l -> l.contains("info[KA540]")).count(), before.err());
    assertTrue(
        before
            .err()
            .contains(
                "notes.csv:38:1: info[KA540]: action note N0037 \"Terugbelknop in de app: ook"
                    + " buiten kantoortijd\" (Dennis Vos) is not yet an action of the session"),
        before.err());

    var nl = CliRun.in(dir).run("actions", "--propose", "session.yaml", "--lang", "nl");
    assertEquals(0, nl.exit(), nl.toString());
    assertEquals("", nl.err());
    Golden.check("actions/propose-nl.yaml", nl.out());
    var en = CliRun.in(dir).run("actions", "--propose", "session.yaml");
    Golden.check("actions/propose-en.yaml", en.out());

    // pasted below the last action, the session checks without errors and without the notes
    Path session = dir.resolve("session.yaml");
    String text = Files.readString(session);
    int at = text.indexOf("\nfeedback:");
    Files.writeString(session, text.substring(0, at + 1) + nl.out() + text.substring(at + 1));
    var after = CliRun.in(dir).run("check", "session.yaml");
    assertEquals(0, after.exit(), after.toString());
    assertFalse(after.err().contains("KA540"), after.toString());
    assertFalse(after.err().contains("error["), after.toString());
    var listed = CliRun.in(dir).run("actions", "session.yaml", "--format", "csv");
    assertTrue(
        listed
            .out()
            .contains(
                ",A6,Terugbelknop in de app: ook buiten kantoortijd,bereikbaarheid,do,Dennis Vos,2027-06-01,open,"),
        listed.out());
    // and there is nothing left to propose
    var again = CliRun.in(dir).run("actions", "--propose", "session.yaml");
    assertEquals(0, again.exit(), again.toString());
    assertEquals("", again.out());
    assertEquals(
        "session.yaml: every action note in notes.csv is already an action of the session\n",
        again.err());
  }

  @Test
  void aSessionWithoutActionsGetsTheListItself(@TempDir Path dir) throws IOException {
    dutchExample(dir);
    Path session = dir.resolve("session.yaml");
    String text = Files.readString(session);
    int from = text.indexOf("\nactions:");
    int to = text.indexOf("\nfeedback:");
    Files.writeString(session, text.substring(0, from + 1) + text.substring(to + 1));
    var r = CliRun.in(dir).run("actions", "--propose", "session.yaml");
    assertEquals(0, r.exit(), r.toString());
    // the example's own action note N0036 is no longer taken up either; ids start at A1
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "# session.yaml has no actions yet: paste this at the end of the file; then check each"
            + " decision and give its reason under \"why:\".",
        lines.get(1));
    assertEquals("actions:", lines.get(2));
    assertEquals("  - id: A1", lines.get(3));
    assertTrue(r.out().contains("  - id: A4\n"), r.out());
    Files.writeString(session, Files.readString(session) + r.out());
    var after = CliRun.in(dir).run("check", "session.yaml");
    assertEquals(0, after.exit(), after.toString());
    assertFalse(after.err().contains("KA540"), after.toString());
  }

  @Test
  void usageAndMissingNotes(@TempDir Path dir) throws IOException {
    copy(Path.of("examples/series"), dir);
    var two = CliRun.in(dir).run("actions", "--propose", ".");
    assertEquals(2, two.exit(), two.toString());
    assertTrue(two.err().contains("--propose takes one session; 3 were given"), two.toString());
    var none = CliRun.in(dir).run("actions", "--propose", "2026-03-voorjaar/session.yaml");
    assertEquals(0, none.exit(), none.toString());
    assertEquals("", none.out());
    assertEquals(
        "2026-03-voorjaar/session.yaml: no notes file (2026-03-voorjaar/notes.csv) to propose"
            + " actions from; import the notes first\n",
        none.err());
  }

  @Test
  void theNextFreeIdFollowsTheSessionsOwnLetters() {
    assertEquals(List.of("A1", "A2"), next(List.of(), 2));
    assertEquals(List.of("W6", "W7"), next(List.of("W1", "W5", "W2"), 2));
    // the last action's letters, past the highest number of theirs, never an id in use
    assertEquals(List.of("B3", "B4"), next(List.of("A7", "B2", "A1", "B1"), 2));
    assertEquals(List.of("A10"), next(List.of("A9", "A10x", "A"), 1));
    assertEquals(List.of("A1"), next(List.of("terugbel"), 1));
  }

  private static List<String> next(List<String> ids, int n) {
    List<Action> actions = new ArrayList<>();
    for (String id : ids) {
      actions.add(
          new Action(
              id,
              "t",
              "",
              null,
              "",
              "o",
              null,
              false,
              null,
              false,
              "",
              "",
              null,
              Origin.at(SourcePos.of("s.yaml"))));
    }
    Proposal.Ids next = Proposal.Ids.of(actions);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(next.next());
    return out;
  }
}
