package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import nl.klantarena.testing.Outside;
import nl.klantarena.testing.Slow;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCommandTest {

  static final String EN = "src/test/resources/report/en/session.yaml";
  static final String NL = "src/test/resources/report/nl/session.yaml";
  static final String BARE = "src/test/resources/report/bare/session.yaml";
  static final String TODAY = "2026-12-20";
  static final List<Extension> EXT = List.of(TablesExtension.create());
  static final Parser PARSER = Parser.builder().extensions(EXT).build();
  static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

  static CliRun.Result report(String... args) {
    List<String> a = new ArrayList<>(List.of("report", "--today", TODAY));
    a.addAll(List.of(args));
    return CliRun.inProject().run(a.toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({
    "en,staff,md",
    "en,customers,md",
    "nl,staff,md",
    "nl,customers,md",
    "en,staff,json",
    "nl,customers,json",
    "en,staff,html",
    "en,customers,html",
    "nl,staff,html",
    "nl,customers,html",
    "en,staff,text",
    "en,customers,text",
    "nl,staff,text",
    "nl,customers,text"
  })
  void reportsMatchTheirGoldenFilesAndAreDeterministic(
      String lang, String audience, String format) {
    String file = "src/test/resources/report/" + lang + "/session.yaml";
    var r = report(file, "--audience", audience, "--format", format);
    assertEquals(0, r.exit(), r.toString());
    Golden.check("report/" + lang + "-" + audience + "." + format, r.out());
    assertEquals(
        r.out(), report(file, "--audience", audience, "--format", format).out(), "byte-identical");
  }

  @Test
  void withoutNotesTheReportShowsAgendaAndActionsAndSaysSo() {
    var r = report(BARE);
    assertEquals(0, r.exit(), r.toString());
    Golden.check("report/bare-staff.md", r.out());
    assertTrue(r.out().contains("No notes were imported for this session"), r.out());
    assertTrue(r.out().contains("```mermaid\ngantt"), r.out());
    assertEquals(5, actionRows(r.out()).size());
    assertTrue(r.out().contains("Notes imported: 0; notes shown in this report: 0."));
  }

  @Test
  void theDutchExampleWithItsNotesHasCustomersFirstInRoundOneAndEveryNoteShown() {
    var r = CliRun.inProject().run("report", "examples/nl/session.yaml", "--today", "2026-11-22");
    assertEquals(0, r.exit(), r.toString());
    Golden.check("report/example-nl-staff.md", r.out());
    String repairs =
        r.out()
            .substring(
                r.out().indexOf("### Reparatieverzoeken"), r.out().indexOf("### Bereikbaarheid"));
    int customers = repairs.indexOf("Wat klanten zeiden in ronde 1:");
    int others = repairs.indexOf("Overige bijdragen in ronde 1:");
    assertTrue(customers >= 0 && others > customers, repairs);
    assertTrue(repairs.substring(customers, others).contains("— Fatima Ouali"), repairs);
    assertFalse(repairs.substring(customers, others).contains("Joost Hendriks"), repairs);
    assertTrue(repairs.substring(others).contains("— Joost Hendriks"), repairs);
    assertTrue(
        r.out().contains("Notities ingelezen: 36; notities getoond in dit verslag: 36."), r.out());
  }

  @Test
  void aSessionOfASeriesShowsTheOpenActionsOfEarlierSessionsAndTheThemesOverTime() {
    String file = "examples/series/2026-09-najaar/session.yaml";
    var r = CliRun.inProject().run("report", file, "--today", "2026-11-22");
    assertEquals(0, r.exit(), r.toString()); // its own overdue action N1 is a warning (KA507)
    Golden.check("report/series-najaar-staff.md", r.out());
    assertTrue(r.out().contains("## Open acties uit eerdere sessies\n"), r.out());
    assertTrue(r.out().contains("**(175 dagen te laat)**"), r.out());
    assertTrue(r.out().contains("## Thema's in de loop van de tijd\n"), r.out());
    // the letter to customers says nothing about other sessions
    var letter =
        CliRun.inProject().run("report", file, "--today", "2026-11-22", "--audience", "customers");
    assertFalse(letter.out().contains("eerdere sessies"), letter.out());
    // the first session of the series has nothing to carry over
    var first =
        CliRun.inProject()
            .run(
                "report", "examples/series/2026-03-voorjaar/session.yaml", "--today", "2026-11-22");
    assertFalse(first.out().contains("## Open acties uit eerdere sessies"), first.out());
  }

  @Test
  void everyImportedNoteAppearsInTheStaffReport() throws Exception {
    for (String file : List.of(EN, NL)) {
      var r = report(file);
      List<String> ids = new ArrayList<>();
      List<String> lines = Files.readAllLines(Path.of(file).resolveSibling("notes.csv"));
      for (String line : lines.subList(1, lines.size()))
        ids.add(line.substring(0, line.indexOf(',')));
      for (String id : ids)
        assertTrue(r.out().contains(id), id + " missing from the report of " + file);
      String n = String.valueOf(ids.size());
      assertTrue(
          r.out().contains(": " + n + "; ") && r.out().strip().endsWith(": " + n + "."), r.out());
    }
  }

  @Test
  void headingsComeInTheContractsOrderAndTheTableHasOneRowPerAction() {
    String md = report(EN).out();
    List<String> h2 = new ArrayList<>();
    PARSER
        .parse(md)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading h) {
                if (h.getLevel() == 2) h2.add(text(h));
              }
            });
    assertEquals(
        List.of(
            "The programme as run",
            "What customers said",
            "Themes that did not come up",
            "Notes without a theme",
            "Quick wins",
            "Actions",
            "What we will not do, and why",
            "Reporting back to customers"),
        h2);
    List<List<String>> rows = actionRows(md);
    assertEquals(
        List.of("W3", "W1", "W4", "W5", "W2"),
        rows.stream().map(r -> r.get(0)).toList(),
        "sorted by due date");
    assertTrue(rows.get(1).get(6).contains("overdue"), "W1 is overdue on " + TODAY);
    assertFalse(rows.get(3).get(6).contains("overdue"));
    assertEquals("round 3: N0012", rows.get(3).get(7), "W5 traces back to the action note");
    assertEquals("round 1, Susan Clarke", rows.get(0).get(7));
  }

  @Test
  void theLetterHasItsSectionsInOrder() {
    List<String> h2 = new ArrayList<>();
    PARSER
        .parse(report(EN, "--audience", "customers").out())
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading h) {
                if (h.getLevel() == 2) h2.add(text(h));
              }
            });
    assertEquals(
        List.of(
            "What we talked about",
            "What we have done",
            "What we are still working on",
            "What we are looking into",
            "What we will not do, and why",
            "Questions?"),
        h2);
  }

  @Test
  void noEmailInAnyReportAndNoCustomerNameInTheLetter() throws Exception {
    for (String file : List.of(EN, NL, BARE)) {
      for (String audience : List.of("staff", "customers")) {
        for (String format : List.of("md", "json")) {
          String out = report(file, "--audience", audience, "--format", format, "--quotes").out();
          // the letter is signed by the contact, with the address to write to
          if (audience.equals("customers")) out = out.replace(contactEmail(file), "");
          Matcher m = EMAIL.matcher(out);
          assertFalse(m.find(), () -> file + " " + audience + " " + format + ": " + m.group());
          assertFalse(
              out.contains("600 123") || out.contains("12345678"), "a phone number in " + file);
          if (audience.equals("customers")) {
            for (String name : customerNames(file)) {
              assertFalse(
                  Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})")
                      .matcher(out)
                      .find(),
                  name + " named in the letter of " + file + " (" + format + ")");
            }
          }
        }
      }
    }
  }

  @Test
  void pseudonymsFollowTheSessionFilesOrder() {
    String out = report(EN, "--audience", "customers", "--quotes").out();
    assertTrue(out.contains("already off.” — customer A (round 1)"), out);
    assertTrue(out.contains("just like customer A said.” — customer B"), out);
  }

  @Test
  void markupInNotesComesOutAsPlainText() {
    for (String audience : List.of("staff", "customers")) {
      String md = report(EN, "--audience", audience, "--quotes").out();
      Node doc = PARSER.parse(md);
      List<String> problems = new ArrayList<>();
      doc.accept(
          new AbstractVisitor() {
            @Override
            public void visit(HtmlInline h) {
              if (!h.getLiteral().startsWith("<!--")) problems.add(h.getLiteral());
            }

            @Override
            public void visit(HtmlBlock h) {
              if (!h.getLiteral().startsWith("<!--")) problems.add(h.getLiteral());
            }

            @Override
            public void visit(Link l) {
              // the one link: the address of the contact who signs the letter
              if (!l.getDestination().equals("mailto:" + contactEmail(EN)))
                problems.add(l.getDestination());
            }
          });
      assertEquals(List.of(), problems, audience);
      String html = HtmlRenderer.builder().extensions(EXT).build().render(doc);
      assertTrue(html.contains("“&lt;script&gt;alert('hi')&lt;/script&gt; the webchat"), html);
      assertTrue(
          html.contains(
              "“=HYPERLINK(&quot;http://example.com&quot;;&quot;ten minutes&quot;) at most”"),
          html);
      assertTrue(html.contains("“# Estimates are *always* too high for the farm”"), html);
    }
  }

  @Test
  void userTextInTheActionsTableCannotBreakIt(@TempDir Path dir) throws Exception {
    String yaml =
        Files.readString(Path.of(EN))
            .replace(
                "title: Bill business customers monthly by default",
                "title: \"# Bill | monthly *by default* <b>\"")
            .replace("owner: Helen Marsh", "owner: Helen");
    Files.writeString(dir.resolve("session.yaml"), yaml);
    var r = CliRun.in(dir).run("report", "session.yaml", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    List<List<String>> rows = actionRows(r.out());
    assertEquals(5, rows.size());
    for (List<String> row : rows) assertEquals(8, row.size(), row.toString());
    assertEquals("# Bill | monthly *by default* <b>", rows.get(2).get(1));
  }

  @Test
  void aUserTemplateBesideTheSessionReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(EN), dir.resolve("session.yaml"));
    Files.createDirectories(dir.resolve("templates/en"));
    Files.writeString(
        dir.resolve("templates/en/report-staff.md.mustache"),
        "# {{title}}\n\n{{#actions}}\n{{row}}\n{{/actions}}\n");
    var r = CliRun.in(dir).run("report", "session.yaml", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("# Customer arena on billing"), r.out());
    assertEquals(6, r.out().lines().count() - 1, r.out());
    Files.writeString(dir.resolve("templates/en/report-staff.md.mustache"), "# {{titel}}\n");
    r = CliRun.in(dir).run("report", "session.yaml", "--today", TODAY, "--out", "report.md");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("KA701"), r.err());
    assertFalse(Files.exists(dir.resolve("report.md")), "nothing written with error findings");
  }

  @Test
  void templatesOptionComesBeforeTheFolderBesideTheSession(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(EN), dir.resolve("session.yaml"));
    Files.createDirectories(dir.resolve("templates"));
    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("templates/report-customers.md.mustache"), "# beside\n");
    Files.writeString(
        dir.resolve("mine/report-customers.md.mustache"),
        "# {{title}}\n\n{{#will}}\n{{item}}\n{{/will}}\n");
    var r =
        CliRun.in(dir)
            .run("report", "session.yaml", "--audience", "customers", "--templates", "mine");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out().startsWith("# Customer arena") && r.out().contains("- Explain estimated readings"),
        r.out());
    r = CliRun.in(dir).run("report", "session.yaml", "--audience", "customers");
    assertEquals("# beside\n", r.out());
    assertEquals(2, CliRun.in(dir).run("report", "session.yaml", "--templates", "nowhere").exit());
  }

  @Test
  void outWritesTheFileAndErrorsWriteNothing(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(EN), dir.resolve("session.yaml"));
    var r = CliRun.in(dir).run("report", "session.yaml", "--today", TODAY, "--out", "report.md");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.out());
    assertTrue(Files.readString(dir.resolve("report.md")).startsWith("# Report: "));
    Files.writeString(dir.resolve("bad.yaml"), "klantarena: 1\ntitle: x\n");
    r = CliRun.in(dir).run("report", "bad.yaml", "--out", "bad.md");
    assertEquals(1, r.exit(), r.toString());
    assertFalse(Files.exists(dir.resolve("bad.md")));
    assertTrue(r.err().contains("nothing was written"), r.err());
    r = CliRun.in(dir).run("report", "session.yaml", "--out", "session.yaml");
    assertEquals(2, r.exit(), r.toString());
  }

  @Test
  void ka801ANotesFileThatCannotBeRead(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(EN), dir.resolve("session.yaml"));
    Files.createDirectories(dir.resolve("notes.csv"));
    var r =
        CliRun.in(dir).run("report", "session.yaml", "--today", "2026-11-22", "--out", "report.md");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error[KA801]: the notes file notes.csv cannot be read"), r.err());
    assertFalse(Files.exists(dir.resolve("report.md")));
  }

  @Test
  void aBadAudienceOrFormatIsAUsageError() {
    assertEquals(2, report(EN, "--audience", "press").exit());
    assertEquals(2, report(EN, "--format", "pdf").exit());
  }

  @Test
  void dutchHelp() {
    var r = CliRun.inProject().run("report", "--help", "--lang", "nl");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("Schrijf het verslag van een sessie"), r.out());
  }

  @Slow
  @Test
  void reportsPassMarkdownlintsDefaultRules(@TempDir Path dir) throws Exception {
    String lint =
        Outside.required("klantarena.markdownlint", "markdownlint over reports").toString();
    List<String> cmd = new ArrayList<>(List.of(lint));
    int n = 0;
    for (String file : List.of(EN, NL, BARE)) {
      for (String audience : List.of("staff", "customers")) {
        Path md = dir.resolve("report" + n++ + ".md");
        Files.writeString(md, report(file, "--audience", audience).out());
        cmd.add(md.toString());
      }
    }
    cmd.add(Path.of("docs/commands/report.md").toAbsolutePath().toString());
    Path log = dir.resolve("lint.log");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(log));
  }

  /** The contact's e-mail address in a session file, or "" when it has none. */
  static String contactEmail(String file) {
    try {
      boolean inContact = false;
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.equals("contact:")) inContact = true;
        else if (!line.startsWith(" ")) inContact = false;
        else if (inContact && line.strip().startsWith("email:"))
          return line.substring(line.indexOf("email:") + 6).strip();
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> customerNames(String file) throws Exception {
    List<String> names = new ArrayList<>();
    boolean inCustomers = false;
    for (String line : Files.readAllLines(Path.of(file))) {
      if (line.strip().equals("customers:")) inCustomers = true;
      else if (line.strip().equals("staff:")) inCustomers = false;
      else if (inCustomers && line.contains("name: "))
        names.add(line.substring(line.indexOf("name: ") + 6).strip());
    }
    assertTrue(names.size() >= 6, names.toString());
    return names;
  }

  /** The cells of each body row of the actions table (the table after the "Actions" heading). */
  static List<List<String>> actionRows(String md) {
    List<List<String>> rows = new ArrayList<>();
    Node doc = PARSER.parse(md);
    boolean[] inActions = {false};
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 2) inActions[0] = text(h).equals("Actions");
      if (inActions[0] && n instanceof TableBlock t) {
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
          if (!(part instanceof TableBody)) continue;
          for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
            List<String> cells = new ArrayList<>();
            for (Node c = row.getFirstChild(); c != null; c = c.getNext())
              if (c instanceof TableCell) cells.add(text(c));
            rows.add(cells);
          }
        }
      }
    }
    return rows;
  }

  static String text(Node n) {
    StringBuilder b = new StringBuilder();
    n.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            b.append(t.getLiteral());
          }

          @Override
          public void visit(CustomBlock c) {
            visitChildren(c);
          }
        });
    return b.toString();
  }
}
