package nl.klantarena.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Loader;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The method, enforced where a rule can be checked: one small session per rule, with the findings
 * it must give and the near miss that must give none.
 */
class MethodRulesTest {

  @TempDir Path dir;

  /** A clean session; the placeholders are replaced per test. */
  static final String SESSION =
      """
      klantarena: 1
      title: Klantarena
      organisation: %ORG%
      language: nl
      date: 2027-04-15
      participants:
        facilitator: {name: Frans de Wit%FACILITATOR%}
        customers:
      %CUSTOMERS%
        staff:
          - {name: Jan Bakker}
          - {name: Sanne Mulder}
          - {name: Ahmed El Amrani}
          - {name: Lotte de Boer}
          - {name: Kees van Dijk}
          - {name: Ingrid Bos}
      themes:
        - {id: service, title: Service, questions: [Hoe vindt u ons?]}
      agenda:
        start: 15:00
      %BLOCKS%
      feedback: {due: 2027-06-15}
      %MORE%
      """;

  static final List<String> MIXED =
      List.of(
          "{name: Anna de Vries, experience: negative}",
          "{name: Bram Peters, experience: positive}",
          "{name: Chantal Smit, experience: neutral}",
          "{name: Dirk Visser, experience: negative}");

  private record Run(List<Finding> findings) {
    List<String> codes() {
      return findings.stream().map(Finding::code).toList();
    }
  }

  private Run check(String folder, String yaml) throws Exception {
    Path d = dir.resolve(folder);
    Files.createDirectories(d);
    Path f = d.resolve("session.yaml");
    Files.writeString(f, yaml);
    Loader loader = new Loader(d, Messages.of("en"));
    Checked c =
        Checked.of(loader, f, "session.yaml", new CheckContext(LocalDate.of(2027, 4, 1), false));
    return new Run(c.findings());
  }

  private static String session(List<String> customers, String facilitator, String more) {
    StringBuilder c = new StringBuilder();
    for (String x : customers) c.append("    - ").append(x).append('\n');
    return SESSION
        .replace("%ORG%", "Voorbeeld Energie")
        .replace("%CUSTOMERS%", c.toString().stripTrailing())
        .replace("%FACILITATOR%", facilitator)
        .replace("%BLOCKS%", "")
        .replace("%MORE%", more);
  }

  private static String session(List<String> customers) {
    return session(customers, "", "");
  }

  @Test
  void theBaseIsClean() throws Exception {
    assertEquals(List.of(), check("base", session(MIXED)).codes());
  }

  // --- a break between round 1 and round 2

  @Test
  void noBreakBetweenRoundOneAndTwoIsAWarningAtRoundTwo() throws Exception {
    String blocks =
        """
          blocks:
            - {kind: reception, minutes: 30}
            - {kind: round1, minutes: 75}
            - {kind: round2, minutes: 60}
            - {kind: break, minutes: 30}
            - {kind: round3, minutes: 15}
        """;
    var r =
        check("nobreak", session(MIXED).replace("  start: 15:00\n", "  start: 15:00\n" + blocks));
    assertEquals(List.of("KA405"), r.codes());
    assertEquals("warning", r.findings().get(0).severity().word());
    assertEquals(27, r.findings().get(0).pos().line(), "at the kind of round 2");
    // the same blocks with the break where the method has it: nothing to say
    String fixed =
        blocks.replace(
            "    - {kind: round2, minutes: 60}\n    - {kind: break, minutes: 30}\n",
            "    - {kind: break, minutes: 30}\n    - {kind: round2, minutes: 60}\n");
    assertTrue(fixed.indexOf("break") < fixed.indexOf("round2"), fixed);
    var ok = check("break", session(MIXED).replace("  start: 15:00\n", "  start: 15:00\n" + fixed));
    assertEquals(List.of(), ok.codes());
  }

  // --- a representative mix

  @Test
  void threeNegativeAndOneNeutralIsOneSided() throws Exception {
    var r =
        check(
            "oneside",
            session(
                List.of(
                    "{name: Anna de Vries, experience: negative}",
                    "{name: Bram Peters, experience: negative}",
                    "{name: Chantal Smit, experience: neutral}",
                    "{name: Dirk Visser, experience: negative}")));
    assertEquals(List.of("KA204"), r.codes());
    assertEquals(
        "no customer has a positive experience (3 negative, 1 neutral): not a representative mix",
        r.findings().get(0).message());
  }

  @Test
  void onlyPositiveIsOneSidedToo() throws Exception {
    var r =
        check(
            "happy",
            session(
                List.of(
                    "{name: Anna de Vries, experience: positive}",
                    "{name: Bram Peters, experience: positive}",
                    "{name: Chantal Smit, experience: neutral}",
                    "{name: Dirk Visser, experience: positive}")));
    assertEquals(List.of("KA204"), r.codes());
    assertTrue(r.findings().get(0).message().startsWith("no customer has a negative experience"));
  }

  @Test
  void aKindMissingFromAGroupOfFiveOrMore() throws Exception {
    List<String> five =
        List.of(
            "{name: Anna de Vries, experience: negative}",
            "{name: Bram Peters, experience: positive}",
            "{name: Chantal Smit, experience: positive}",
            "{name: Dirk Visser, experience: negative}",
            "{name: Eva Jansen, experience: negative}");
    var r = check("five", session(five));
    assertEquals(List.of("KA206"), r.codes());
    // four customers without a neutral one pass: in a small group every kind is not needed
    var four = check("four", session(five.subList(0, 4)));
    assertEquals(List.of(), four.codes());
  }

  @Test
  void experienceMissingForMoreThanHalf() throws Exception {
    var r =
        check(
            "unknown",
            session(
                List.of(
                    "{name: Anna de Vries, experience: negative}",
                    "{name: Bram Peters}",
                    "{name: Chantal Smit}",
                    "{name: Dirk Visser, experience: positive}",
                    "{name: Eva Jansen}")));
    assertEquals(List.of("KA207"), r.codes());
    assertEquals(
        "the experience of 3 of the 5 customers is not given: the mix cannot be judged",
        r.findings().get(0).message());
    // exactly half is enough to judge
    var half =
        check(
            "half",
            session(
                List.of(
                    "{name: Anna de Vries, experience: negative}",
                    "{name: Bram Peters}",
                    "{name: Chantal Smit}",
                    "{name: Dirk Visser, experience: positive}")));
    assertEquals(List.of(), half.codes());
  }

  // --- the facilitator

  @Test
  void anInexperiencedFacilitatorAtAFirstKlantarena() throws Exception {
    var r = check("first", session(MIXED, ", experienced: false", ""));
    assertEquals(List.of("KA208"), r.codes());
    assertEquals(7, r.findings().get(0).pos().line());
    var experienced = check("experienced", session(MIXED, ", experienced: true", ""));
    assertEquals(List.of(), experienced.codes());
  }

  @Test
  void anInexperiencedFacilitatorAfterAnEarlierSessionOfTheSameOrganisation() throws Exception {
    // two sessions of one series: the earlier one makes the later one not the first
    Files.writeString(dir.resolve("klantarena.yaml"), "klantarena: 1\n");
    check("2026-10", session(MIXED).replace("date: 2027-04-15", "date: 2026-10-15"));
    var later = check("2027-04", session(MIXED, ", experienced: false", ""));
    assertEquals(List.of(), later.codes());
    // an earlier session of another organisation in the same folder does not count
    Files.writeString(
        dir.resolve("2026-10/session.yaml"),
        session(MIXED)
            .replace("date: 2027-04-15", "date: 2026-10-15")
            .replace("Voorbeeld Energie", "Andere Organisatie"));
    var first = check("2027-04", session(MIXED, ", experienced: false", ""));
    assertEquals(List.of("KA208"), first.codes());
  }

  // --- actions

  @Test
  void aDueDateMoreThanSixMonthsOutIsAnInfo() throws Exception {
    var r =
        check(
            "far",
            session(
                MIXED,
                "",
                """
                actions:
                  - {id: A1, title: Nieuwe website, owner: Jan Bakker, due: 2027-10-16}
                  - {id: A2, title: Terugbellen, owner: Jan Bakker, due: 2027-10-15}
                """));
    assertEquals(List.of("KA509"), r.codes());
    assertEquals("info", r.findings().get(0).severity().word());
    assertTrue(r.findings().get(0).message().contains("A1"));
  }

  @Test
  void aDontActionNeedsNoOwnerOrDueDateAndIsNeverOverdue() throws Exception {
    String yaml =
        session(
                MIXED,
                "",
                """
            actions:
              - id: A1
                title: Gratis parkeren
                decision: dont
                why: De parkeergarage is niet van ons.
                why_customers: De parkeergarage is niet van ons.
              - {id: A2, title: Nieuwe app, decision: dont, why: Te duur., why_customers: Te duur., due: 2027-05-01}
            """)
            // the letter went out: only the actions are at stake here (KA521)
            .replace(
                "feedback: {due: 2027-06-15}", "feedback: {due: 2027-06-15, sent: 2027-06-10}");
    var r = check("dont", yaml);
    assertEquals(List.of(), r.codes());
    // long after its date, with --fail-on-overdue, a dont action is still not overdue
    var gate =
        CliRun.in(dir.resolve("dont"))
            .run("check", "--fail-on-overdue", "--today", "2028-01-01", "session.yaml");
    assertEquals(0, gate.exit(), gate.toString());
    var actions =
        CliRun.in(dir.resolve("dont"))
            .run("actions", "--fail-on-overdue", "--today", "2028-01-01", "--format", "csv", ".");
    assertEquals(0, actions.exit(), actions.toString());
    assertTrue(
        actions.out().contains(",A1,Gratis parkeren,,dont,,,decided,false,0,"), actions.out());
    // a do action without an owner still needs one
    var owner =
        check(
            "do",
            session(MIXED, "", "actions:\n  - {id: A1, title: Gratis parkeren, why: Gevraagd.}\n"));
    assertEquals(List.of("KA501"), owner.codes());
  }

  @Test
  void sourcesNameNotesThatExist() throws Exception {
    String yaml =
        session(
            MIXED,
            "",
            """
            actions:
              - {id: A1, title: Terugbellen, owner: Jan Bakker, source: "N0001, N0002"}
              - {id: A2, title: App, owner: Jan Bakker, source: [N0002, N0007, N0008]}
              - {id: A3, title: Website, owner: Jan Bakker, source: "ronde 1, Anna de Vries"}
            """);
    // before the notes are imported there is nothing to check the ids against
    var before = check("sources", yaml);
    assertEquals(List.of("KA511"), before.codes());
    Files.writeString(
        dir.resolve("sources/notes.csv"),
        """
        id,time,round,speaker,role,theme,kind,text,source,owner,due
        N0001,,1,Anna de Vries,customer,service,remark,Ik wacht lang aan de telefoon.,a.txt:1,,
        N0002,,1,Bram Peters,customer,service,remark,De app werkt goed.,a.txt:2,,
        """);
    var after = check("sources", yaml);
    assertEquals(List.of("KA510", "KA511"), after.codes());
    assertEquals(
        "source of action \"A2\": N0007, N0008 not found in notes.csv",
        after.findings().get(0).message());
    assertEquals("info", after.findings().get(1).severity().word());
    // import rewrites the notes file: it does not check sources against notes about to change
    Files.writeString(
        dir.resolve("sources/extra.txt"), "# Ronde 1\nAnna de Vries: De app is traag.\n");
    var imp = CliRun.in(dir.resolve("sources")).run("import", "session.yaml", "extra.txt");
    assertEquals(0, imp.exit(), imp.toString());
    assertTrue(!imp.err().contains("KA510"), imp.toString());
  }

  // --- the preparation of the staff

  @Test
  void thePreparationComesBeforeTheSession() throws Exception {
    String prep = "preparation: {date: 2027-04-08, start: 16:00, place: Zaal 2}\n";
    assertEquals(List.of(), check("prep", session(MIXED, "", prep)).codes());
    var late = check("late", session(MIXED, "", prep.replace("2027-04-08", "2027-04-15")));
    assertEquals(List.of("KA406"), late.codes());
    var incomplete = check("incomplete", session(MIXED, "", "preparation: {date: 2027-04-08}\n"));
    assertEquals(List.of("KA103"), incomplete.codes(), "a meeting needs its start time");
  }

  // --- competitors and new ideas as themes

  @Test
  void theStarterShowsAThemeThatComparesAndOneThatTestsAnIdea() throws Exception {
    for (String lang : List.of("nl", "en")) {
      Path f = dir.resolve("starter-" + lang + "/session.yaml");
      var r = CliRun.in(dir).run("init", dir.relativize(f).toString(), "--language", lang);
      assertEquals(0, r.exit(), r.toString());
      String yaml = Files.readString(f);
      if (lang.equals("nl")) {
        assertTrue(yaml.contains("vergeleken met andere leveranciers"), yaml);
        assertTrue(yaml.contains("Een nieuw idee:"), yaml);
      } else {
        assertTrue(yaml.contains("How we compare with other suppliers"), yaml);
        assertTrue(yaml.contains("A new idea:"), yaml);
      }
    }
    String doc = Files.readString(Path.of("docs/session-file.md"));
    assertTrue(doc.contains("concurrent"), "session-file.md shows a theme on a competitor");
    assertTrue(doc.contains("Een nieuw idee:"), "session-file.md shows a theme that tests an idea");
  }
}
