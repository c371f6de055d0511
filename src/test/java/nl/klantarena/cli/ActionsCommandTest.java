package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionsCommandTest {

  static final String SERIES = "examples/series";

  private static CliRun.Result actions(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "actions";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = SERIES;
    return CliRun.inProject().run(all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "text", "json", "csv"})
  void everyFormatOnTheExampleSeries(String format) {
    var r = actions("--format", format, "--today", "2026-11-22");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), "overdue actions are listed, not warned about: " + r);
    Golden.check("actions/series." + format, r.out());
  }

  @Test
  void dutchListing() {
    var r = actions("--lang", "nl", "--today", "2026-11-22");
    assertEquals(0, r.exit(), r.toString());
    Golden.check("actions/series-nl.md", r.out());
  }

  @Test
  void overdueAndOpenComeFirst() {
    var r = actions("--format", "csv", "--today", "2026-11-22");
    List<String> ids = r.out().lines().skip(1).map(l -> l.split(",")[3]).toList();
    // V3 was turned down (decision: dont): decided, so after everything still to do or done
    assertEquals(List.of("V2", "Z1", "N1", "V4", "N2", "Z2", "V1", "Z3", "V5", "N3", "V3"), ids);
  }

  @Test
  void ownerMatchesNameOrAliasWhateverTheCaseAndAccents() {
    var byName = actions("--format", "csv", "--owner", "JAN bakker");
    var byAlias = actions("--format", "csv", "--owner", "jan");
    assertEquals(byName.out(), byAlias.out());
    assertEquals(
        4,
        byName.out().lines().count() - 1,
        byName.toString()); // V4 (written as "Jan"), Z2, V1, V5
    var accents = actions("--format", "csv", "--owner", "Ahmed El Ámrani");
    assertEquals(2, accents.out().lines().count() - 1, accents.toString());
    var nobody = actions("--format", "text", "--owner", "Nobody");
    assertTrue(
        nobody
            .out()
            .startsWith("As of 2026-11-22: 0 overdue, 0 open, 0 done, 0 dropped, 0 turned down."),
        nobody.toString());
  }

  @Test
  void ownerAsPeopleWriteIt() {
    var full = actions("--format", "csv", "--owner", "Sanne Mulder");
    assertEquals(3, full.out().lines().count(), full.toString()); // header, V2, N2
    for (String form : List.of("sanne", "S. Mulder", "Mulder, Sanne", "mevr. Mulder (Extern)"))
      assertEquals(full.out(), actions("--format", "csv", "--owner", form).out(), form);
    var particles = actions("--format", "csv", "--owner", "el amrani");
    assertEquals(3, particles.out().lines().count(), particles.toString());
    var lotte = actions("--format", "csv", "--owner", "De Boer");
    assertEquals(2, lotte.out().lines().count(), lotte.toString());
  }

  @Test
  void anOwnerWhoMatchesNobodyGetsADidYouMean() {
    var r = actions("--format", "text", "--owner", "Sane Muldr");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("As of "), r.toString());
    assertEquals(
        "--owner \"Sane Muldr\" names no staff member, contact or owner in these sessions; did you"
            + " mean \"Sanne Mulder\"?\n",
        r.err(),
        r.toString());
    var nl = actions("--lang", "nl", "--format", "text", "--owner", "Sane Muldr");
    assertTrue(nl.err().contains("bedoelt u \"Sanne Mulder\"?"), nl.toString());
    var someone = actions("--format", "text", "--owner", "Sanne", "--status", "dropped");
    assertEquals("", someone.err(), "Sanne is someone, with no dropped actions: " + someone);
  }

  @Test
  void theListShowsTheFullNameNeverTheFormSomeoneTyped(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve("session.yaml"),
        """
        klantarena: 1
        title: T
        organisation: X
        date: 2026-04-16
        participants:
          facilitator: {name: F}
          staff: [{name: Bas Visser}, {name: Jan Bakker}, {name: Jan Smit}]
        owners: [{name: Ayşe Yıldız, department: Wethouder}]
        themes: [{id: a, title: A, questions: [Q?]}]
        agenda: {start: 15:00}
        actions:
          - {id: A1, title: Een, owner: bas, due: 2026-05-01}
          - {id: A2, title: Twee, owner: 'Smit, J.', due: 2026-05-02}
          - {id: A3, title: Drie, owner: mevr. A. Yildiz, due: 2026-05-03}
          - {id: A4, title: Vier, owner: Jan, due: 2026-05-04}
        """);
    // "Jan" names two people: an error, and a session with errors is not listed
    var csv = CliRun.in(dir).run("actions", "--format", "csv", "--today", "2026-04-20", ".");
    assertEquals(1, csv.exit(), csv.toString());
    assertTrue(csv.err().contains("error[KA512]: owner \"Jan\" of action \"A4\""), csv.toString());
    assertEquals(1, csv.out().lines().count(), csv.toString());
    Files.writeString(
        dir.resolve("session.yaml"),
        Files.readString(dir.resolve("session.yaml")).replace("owner: Jan,", "owner: J. Smit,"));
    csv = CliRun.in(dir).run("actions", "--format", "csv", "--today", "2026-04-20", ".");
    List<String> owners = csv.out().lines().skip(1).map(l -> l.split(",")[7]).toList();
    assertEquals(
        List.of("Bas Visser", "Jan Smit", "Ayşe Yıldız", "Jan Smit"), owners, csv.toString());
    // any form of Jan names two people
    var ambiguous = CliRun.in(dir).run("actions", "--owner", "jan (Extern)", ".");
    assertTrue(
        ambiguous.err().contains("--owner \"jan (Extern)\" could be Jan Bakker or Jan Smit"),
        ambiguous.toString());
    var yildiz = CliRun.in(dir).run("actions", "--format", "csv", "--owner", "ayse", ".");
    assertEquals(2, yildiz.out().lines().count(), yildiz.toString());
  }

  @Test
  void statusAndOverdueFilters() {
    var done = actions("--format", "csv", "--status", "done");
    assertEquals(
        List.of("V1", "Z3"), done.out().lines().skip(1).map(l -> l.split(",")[3]).toList());
    var late = actions("--format", "csv", "--overdue");
    assertEquals(
        List.of("V2", "Z1", "N1"), late.out().lines().skip(1).map(l -> l.split(",")[3]).toList());
    var bad = actions("--status", "finished");
    assertEquals(2, bad.exit(), bad.toString());
    assertTrue(bad.err().contains("expected open|done|dropped"), bad.toString());
    var badFormat = actions("--format", "xlsx");
    assertEquals(2, badFormat.exit(), badFormat.toString());
  }

  @Test
  void theGateFailsOnAnOverdueActionAndNamesIt() {
    var r = actions("--fail-on-overdue", "--format", "text", "--today", "2026-11-22");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "examples/series/2026-03-voorjaar/session.yaml:27:10: error[KA507]: action \"V2\" was due on 2026-05-31 "
                    + "and is still open"),
        r.toString());
    assertTrue(r.err().contains("error[KA507]: action \"Z1\""), r.toString());
    assertTrue(r.err().contains("error[KA507]: action \"N1\""), r.toString());
    assertTrue(
        r.err().contains("3 open actions are past their due date as of 2026-11-22"), r.toString());
  }

  @Test
  void theGateOnBothSidesOfADueDate() {
    // V2 is due on 2026-05-31 and the only open action with an earlier due date than V4's
    var onTheDay = actions("--fail-on-overdue", "--today", "2026-05-31");
    assertEquals(0, onTheDay.exit(), onTheDay.toString());
    assertTrue(
        onTheDay.err().contains("no open action is past its due date as of 2026-05-31"),
        onTheDay.toString());
    var dayAfter = actions("--fail-on-overdue", "--today", "2026-06-01");
    assertEquals(1, dayAfter.exit(), dayAfter.toString());
    assertTrue(
        dayAfter.err().contains("1 open action is past its due date as of 2026-06-01"),
        dayAfter.toString());
    assertTrue(dayAfter.err().contains("action \"V2\" was due on 2026-05-31"), dayAfter.toString());
    var withoutGate = actions("--today", "2026-06-01");
    assertEquals(0, withoutGate.exit(), withoutGate.toString());
  }

  @Test
  void checkWarnsAboutOverdueAndTheGateMakesItAnError() {
    var warn = CliRun.inProject().run("check", SERIES);
    assertEquals(0, warn.exit(), warn.toString());
    assertTrue(warn.err().contains("warning[KA507]"), warn.toString());
    var gate = CliRun.inProject().run("check", "--fail-on-overdue", SERIES);
    assertEquals(1, gate.exit(), gate.toString());
  }

  /** A turned-down action (issue 17), left at the default status open, long past its date. */
  static final String DONT_SESSION =
      """
      klantarena: 1
      title: T
      organisation: X
      date: 2026-04-16
      contact: {name: Petra Jansen, email: petra@example.nl}
      participants:
        facilitator: {name: F}
        staff: [{name: Bas Visser, email: bas@example.nl}]
      themes: [{id: a, title: A, questions: [Q?]}]
      agenda: {start: 15:00}
      feedback: {due: 2026-06-16, channel: een brief, sent: 2026-06-10}
      actions:
        - {id: A1, title: Nieuwe app, decision: dont, why: Te duur., owner: Bas, due: 2026-05-01}
        - {id: A2, title: Terugbellen, decision: do, owner: Bas, due: 2026-05-01, status: done}
      """;

  @Test
  void aDontActionIsNeverOpenNeverOverdueAndNeverFailsTheGate(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("session.yaml"), DONT_SESSION);
    var gate =
        CliRun.in(dir)
            .run("actions", ".", "--fail-on-overdue", "--format", "csv", "--today", "2027-01-01");
    assertEquals(0, gate.exit(), gate.toString());
    assertTrue(
        gate.err().contains("no open action is past its due date as of 2027-01-01"), gate.err());
    assertTrue(
        gate.out().contains(",A1,Nieuwe app,,dont,Bas Visser,2026-05-01,decided,false,0,"),
        gate.out());
    var overdue = CliRun.in(dir).run("actions", ".", "--overdue", "--format", "csv");
    assertEquals(1, overdue.out().lines().count(), overdue.toString());
    var check = CliRun.in(dir).run("check", ".", "--fail-on-overdue", "--today", "2027-01-01");
    assertEquals(0, check.exit(), check.toString());
    assertFalse(check.err().contains("KA507"), check.toString());
    var remind =
        CliRun.in(dir).run("actions", ".", "--remind", "--out", "r", "--today", "2027-01-01");
    assertEquals(0, remind.exit(), remind.toString());
    assertFalse(Files.exists(dir.resolve("r/reminder-bas-visser.txt")), remind.toString());
  }

  @Test
  void remindIsInTheHelpTheCompletionAndTheManPage() {
    var help = CliRun.inProject().run("actions", "--help", "--lang", "en");
    assertTrue(help.out().contains("--remind"), help.out());
    assertTrue(help.out().contains("--eml"), help.out());
    assertTrue(
        help.out().contains("klantarena actions sessions/ --remind --out reminders --eml"),
        help.out());
    var completion = CliRun.inProject().run("completion", "bash");
    assertTrue(completion.out().contains("--remind"), "completion");
    String man = ManPages.command(Dist.model().getSubcommands().get("actions"), "1.2.3");
    assertTrue(man.contains("\\fB\\-\\-remind\\fR"), man);
    assertTrue(man.contains("\\fB\\-\\-eml\\fR"), man);
  }

  @Test
  void userTextIsEscapedAndCsvCellsCannotBeFormulas(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve("session.yaml"),
        """
        klantarena: 1
        title: Test | sessie
        organisation: X
        date: 2026-04-16
        participants:
          facilitator: {name: F}
          staff: [{name: "=Jan"}]
        themes: [{id: a, title: A, questions: [Q?]}]
        agenda: {start: 15:00}
        actions:
          - {id: A1, title: "=HYPERLINK(\\"http://x\\")", owner: "=Jan", due: 2026-05-01}
          - {id: A2, title: "a | b *c*", owner: "=Jan", due: 2026-06-01}
          - {id: A3, title: "@SUM(1)", owner: "=Jan", due: 2026-06-01, status: done}
        """);
    var csv = CliRun.in(dir).run("actions", "--format", "csv", "session.yaml");
    assertTrue(csv.out().contains(",A1,\"'=HYPERLINK(\"\"http://x\"\")\","), csv.toString());
    assertTrue(csv.out().contains(",'=Jan,"), csv.toString());
    assertTrue(csv.out().contains(",A3,'@SUM(1),"), csv.toString());
    assertFalse(csv.out().contains(",=") || csv.out().contains(",@"), csv.toString());
    var md = CliRun.in(dir).run("actions", "session.yaml");
    assertTrue(md.out().contains("- **A2** a \\| b \\*c\\* — \\=Jan;"), md.toString());
    assertTrue(md.out().contains("from Test \\| sessie (2026-04-16)."), md.toString());
  }

  @Test
  void outWritesTheListToAFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("acties.csv");
    var r = actions("--format", "csv", "--out", target.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.out());
    assertTrue(Files.readString(target).startsWith("session,session_date,"), r.toString());
  }

  @Test
  void aBrokenSessionDoesNotHideTheOthers(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(
        dir.resolve("a/session.yaml"), "klantarena: 1\ndate: 2026-01-01\ntitle: [unclosed\n");
    String session =
        """
        klantarena: 1
        title: B
        organisation: X
        date: 2026-04-16
        participants: {facilitator: {name: F}, staff: [{name: Jan}]}
        themes: [{id: a, title: A, questions: [Q?]}]
        agenda: {start: 15:00}
        actions:
          - {id: B1, title: Zonder deadline, owner: Jan}
          - {id: B2, title: Met deadline, owner: Jan, due: 2026-05-01}
        """;
    Files.writeString(dir.resolve("b/session.yaml"), session);
    // a due date written without a value is an error: that session's actions are not listed
    Files.writeString(
        dir.resolve("c/session.yaml"),
        session
            .replace("B1, title: Zonder deadline, owner: Jan}", "C1, title: X, owner: Jan, due: }")
            .replace("B2", "C2"));
    var r = CliRun.in(dir).run("actions", "--format", "csv", ".");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("a/session.yaml:3:8: error[KA100]"), r.toString());
    assertTrue(r.err().contains("error[KA502]"), r.toString());
    List<String> ids = r.out().lines().skip(1).map(l -> l.split(",")[3]).toList();
    assertEquals(
        List.of("B2", "B1"),
        ids,
        "the sessions without errors are listed; an action without a due date gets the default");
  }

  @Test
  void aSessionWithErrorsIsLeftOutOfTheListAndTheRunSaysSo(@TempDir Path dir) throws Exception {
    // a series in which one session has a misspelt key: a facilitator must not take the list for
    // the whole series, so the run names the session whose actions it leaves out
    Files.createDirectories(dir.resolve(".git"));
    Path series = dir.resolve("series");
    try (var files = Files.walk(Path.of(SERIES))) {
      for (Path p : files.toList()) {
        Path to = series.resolve(Path.of(SERIES).relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    Path zomer = series.resolve("2026-06-zomer/session.yaml");
    Files.writeString(zomer, Files.readString(zomer).replaceFirst("(?m)^title:", "titel:"));
    var r = CliRun.in(dir).run("actions", "--format", "csv", "--today", "2026-11-22", "series");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "series/2026-06-zomer/session.yaml:3:1: error[KA101]: unknown key \"titel\"; did"
                    + " you mean \"title\"?"),
        r.toString());
    assertTrue(
        r.err()
            .endsWith(
                "series/2026-06-zomer/session.yaml: the actions of this session are not listed, as it"
                    + " has errors (see above)\n"),
        r.toString());
    List<String> ids = r.out().lines().skip(1).map(l -> l.split(",")[3]).toList();
    assertEquals(List.of("V2", "N1", "V4", "N2", "V1", "V5", "N3", "V3"), ids, r.toString());
    // the gate says the same: its count is of the sessions listed
    var gate =
        CliRun.in(dir)
            .run("actions", "--fail-on-overdue", "--lang", "nl", "--today", "2026-11-22", "series");
    assertEquals(1, gate.exit(), gate.toString());
    assertTrue(
        gate.err()
            .contains(
                "series/2026-06-zomer/session.yaml: de acties van deze sessie staan niet in de"
                    + " lijst, want de sessie bevat fouten (zie hierboven)\n"),
        gate.toString());
    assertFalse(gate.out().contains("Z1"), gate.toString());
  }

  @Test
  void fiveHundredSessionsInOneRun(@TempDir Path dir) throws Exception {
    // the same shape as bench/gen-defaults-series.sh: one klantarena.yaml, sessions a week apart
    Files.createDirectories(dir.resolve(".git"));
    Files.copy(Path.of("examples/series/klantarena.yaml"), dir.resolve("klantarena.yaml"));
    String[] sources = {"2026-03-voorjaar", "2026-06-zomer", "2026-09-najaar"};
    LocalDate d = LocalDate.of(2016, 1, 4);
    for (int i = 0; i < 500; i++, d = d.plusWeeks(1)) {
      String text =
          Files.readString(Path.of("examples/series", sources[i % 3], "session.yaml"))
              .replaceFirst("(?m)^date: .*", "date: " + d)
              .replaceAll("(?m)^(  - id: [A-Z]\\d)", "$1-" + i);
      Path f = dir.resolve(d + "/session.yaml");
      Files.createDirectories(f.getParent());
      Files.writeString(f, text);
    }
    long start = System.nanoTime();
    var r = CliRun.in(dir).run("actions", "--format", "csv", "--today", "2026-11-22", ".");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        1 + 500 / 3 * 11 + 5 + 3,
        r.out().lines().count()); // 166 of each session, then V and Z again
    assertTrue(
        millis < 20_000, "500 sessions took " + millis + " ms: something grew faster than linear");
  }
}
