package nl.klantarena.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {

  static final String NL = "examples/nl/session.yaml";
  static final String EN = "examples/en/session.yaml";
  static final String WARN = "src/test/resources/plan/warn.yaml";
  static final String BIG = "src/test/resources/plan/big.yaml";
  static final String UNBALANCED = "src/test/resources/plan/unbalanced.yaml";

  static CliRun.Result run(String... args) {
    return CliRun.inProject().run(args);
  }

  @ParameterizedTest
  @CsvSource({"nl,md,md", "nl,text,txt", "nl,json,json", "en,md,md", "en,text,txt", "en,json,json"})
  void examplesMatchTheirGoldenFiles(String lang, String format, String ext) {
    var r = run("plan", "examples/" + lang + "/session.yaml", "--format", format);
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
    Golden.check("plan/" + lang + "." + ext, r.out());
    assertEquals(
        r.out(),
        run("plan", "examples/" + lang + "/session.yaml", "--format", format).out(),
        "deterministic");
  }

  @ParameterizedTest
  @CsvSource({"nl", "en"})
  void calendarAndSeatingMatchTheirGoldenFiles(String lang, @TempDir Path dir) throws Exception {
    Path ics = dir.resolve("plan.ics");
    Path svg = dir.resolve("seating.svg");
    var r =
        run(
            "plan",
            "examples/" + lang + "/session.yaml",
            "--ics",
            ics.toString(),
            "--seating",
            svg.toString());
    assertEquals(0, r.exit(), r.toString());
    Golden.check("plan/" + lang + ".ics", Files.readAllBytes(ics));
    Golden.check("plan/" + lang + ".svg", Files.readAllBytes(svg));
    assertTrue(
        r.err().contains("plan.ics") && r.err().contains("seating.svg"),
        "says what it wrote: " + r);
    if (lang.equals("en")) {
      assertEquals(
          Files.readString(svg),
          Files.readString(Path.of("docs/commands/plan-seating.svg")),
          "the picture in docs/commands/plan.md is the English example's seating plan");
    }
  }

  @Test
  void aUidInTheSessionKeepsTheEventWhenTheDateMoves(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(Path.of("examples/en/session.yaml"));
    Files.writeString(dir.resolve("session.yaml"), yaml);
    assertEquals(0, CliRun.in(dir).run("plan", "session.yaml", "--ics", "first.ics").exit());
    String first = uidOf(dir.resolve("first.ics"));
    String json = CliRun.in(dir).run("plan", "session.yaml", "--format", "json").out();
    assertTrue(json.contains("\"uid\": \"" + first + "\""), json);

    // the date moves: without uid the event would be another one
    String moved = yaml.replaceFirst("(?m)^date: 2026-11-05$", "date: 2026-11-12");
    assertTrue(!moved.equals(yaml));
    Files.writeString(dir.resolve("session.yaml"), moved);
    assertEquals(0, CliRun.in(dir).run("plan", "session.yaml", "--ics", "moved.ics").exit());
    assertTrue(!first.equals(uidOf(dir.resolve("moved.ics"))));

    // with the earlier UID kept in the file, the calendar, plan and invite all use it
    Files.writeString(dir.resolve("session.yaml"), moved + "uid: " + first + "\n");
    assertEquals(0, CliRun.in(dir).run("check", "--strict", "session.yaml").exit());
    assertEquals(0, CliRun.in(dir).run("plan", "session.yaml", "--ics", "kept.ics").exit());
    assertEquals(first, uidOf(dir.resolve("kept.ics")));
    assertEquals(
        0,
        CliRun.in(dir)
            .run("invite", "session.yaml", "--out", "inv", "--only", "facilitator")
            .exit());
    try (var files = Files.list(dir.resolve("inv"))) {
      Path ics = files.filter(f -> f.toString().endsWith(".ics")).findFirst().orElseThrow();
      assertEquals(first, uidOf(ics));
    }
  }

  private static String uidOf(Path ics) throws Exception {
    ICalendar cal = Biweekly.parse(Files.readString(ics)).first();
    return cal.getEvents().get(0).getUid().getValue();
  }

  @Test
  void dutchSessionSpeaksDutchEvenWhenTheToolSpeaksEnglish() {
    var r = run("plan", NL, "--lang", "en");
    assertTrue(r.out().contains("donderdag 15 oktober 2026"), r.out());
    assertTrue(r.out().contains("## Programma"), r.out());
    assertTrue(r.out().contains("| 15.30–16.45 | Ronde 1 | Klanten |"), r.out());
    var en = run("plan", EN, "--lang", "nl");
    assertTrue(en.out().contains("Thursday 5 November 2026"), en.out());
    assertTrue(en.out().contains("rings swap places"), en.out());
  }

  @Test
  void theMethodsProgrammeWhenNoBlocksAreGiven() {
    var r = run("plan", BIG, "--format", "text");
    assertEquals(0, r.exit(), r.toString());
    String out = r.out();
    for (String span :
        List.of(
            "15.00–15.30  Ontvangst",
            "15.30–16.45  Ronde 1",
            "16.45–17.15  Pauze",
            "17.15–18.15  Ronde 2",
            "18.15–18.30  Ronde 3 (plenair)",
            "18.30–19.30  Borrel")) {
      assertTrue(out.contains(span), span + "\n" + out);
    }
    assertTrue(out.contains("het programma van de methode"), out);
  }

  @Test
  void balanceFindingsAppearInThePlanAndOnStderrLikeCheck() {
    var r = run("plan", WARN);
    assertEquals(0, r.exit(), "warnings do not fail the run: " + r);
    var check = run("check", WARN);
    for (String code : List.of("KA203", "KA204", "KA205")) {
      assertTrue(
          r.out().contains("warning\\[KA" + code.substring(2) + "\\]"), code + "\n" + r.out());
      assertTrue(r.err().contains("warning[" + code + "]"), r.err());
    }
    assertTrue(
        r.err().startsWith(check.err()),
        "same findings, same format as check:\n" + r.err() + "\n---\n" + check.err());
    assertTrue(r.out().contains("- Binnenring: twee klanten en de gespreksleider"), r.out());
    assertTrue(r.out().contains("Piet Intern (intern, niet onafhankelijk)"), r.out());
    Golden.check("plan/warn.md", r.out());
  }

  @Test
  void errorFindingsWriteNothingAndExit1(@TempDir Path dir) {
    Path out = dir.resolve("plan.md");
    Path ics = dir.resolve("plan.ics");
    Path svg = dir.resolve("seating.svg");
    var r =
        run(
            "plan",
            UNBALANCED,
            "--out",
            out.toString(),
            "--ics",
            ics.toString(),
            "--seating",
            svg.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("error[KA201]: fewer staff (1) than customers (4)"), r.err());
    assertFalse(Files.exists(out) || Files.exists(ics) || Files.exists(svg));
    assertEquals(List.of(), List.of(dir.toFile().list()), "no temporary files left");
  }

  @Test
  void warningsUnderStrictWriteNothing(@TempDir Path dir) {
    Path out = dir.resolve("plan.md");
    var r = run("plan", WARN, "--strict", "--out", out.toString());
    assertEquals(1, r.exit(), r.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void outWritesTheFileAndLeavesStdoutEmpty(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/plan.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old");
    var r = run("plan", EN, "--format", "text", "--out", out.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.out());
    assertEquals(run("plan", EN, "--format", "text").out(), Files.readString(out));
    assertEquals(List.of("plan.txt"), List.of(out.getParent().toFile().list()));
  }

  @Test
  void severalSessionsGoOneAfterAnother() {
    var md = run("plan", NL, EN);
    assertEquals(0, md.exit(), md.toString());
    assertEquals(run("plan", NL).out() + "\n" + run("plan", EN).out(), md.out());
    var json = run("plan", NL, EN, "--format", "json");
    assertTrue(
        json.out().startsWith("[\n  {\n    \"file\": \"examples/nl/session.yaml\""), json.out());
    // one shape for one session or many: an array
    var one = run("plan", NL, "--format", "json");
    assertTrue(
        one.out().startsWith("[\n  {\n    \"file\": \"examples/nl/session.yaml\""), one.out());
    assertTrue(json.out().startsWith(one.out().substring(0, one.out().length() - 4)), json.out());
  }

  @Test
  void severalSessionsCannotShareOneOutputFile(@TempDir Path dir) {
    var r = run("plan", NL, EN, "--ics", dir.resolve("x.ics").toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("--ics"), r.err());
    assertEquals(0, dir.toFile().list().length);
  }

  @Test
  void neverOverwritesTheSessionOrOneOutputWithAnother(@TempDir Path dir) throws Exception {
    Path session = dir.resolve("session.yaml");
    Files.copy(Path.of(EN), session);
    String before = Files.readString(session);
    var r = CliRun.in(dir).run("plan", "session.yaml", "--out", "./session.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().contains("--out ./session.yaml names a file this run reads (the session file)"),
        r.err());
    assertEquals(before, Files.readString(session));
    var same = CliRun.in(dir).run("plan", "session.yaml", "--ics", "x.svg", "--seating", "x.svg");
    assertEquals(2, same.exit(), same.toString());
    assertTrue(same.err().contains("--ics and --seating both name x.svg"), same.err());
    assertFalse(Files.exists(dir.resolve("x.svg")));
  }

  @Test
  void unknownFormatIsUsage() {
    var r = run("plan", NL, "--format", "html");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("md|text|json"), r.err());
  }

  @Test
  void markdownIsCleanAndEscapesUserText() {
    for (String file : List.of(NL, EN, WARN, BIG, "src/test/resources/plan/long.yaml")) {
      String md = run("plan", file).out();
      assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"), file);
      String[] lines = md.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        assertFalse(l.endsWith(" ") || l.contains("\t"), file + ": trailing space or tab in " + l);
        assertTrue(l.length() <= 80, file + ": longer than markdownlint's 80 columns: " + l);
        if (l.startsWith("#")) {
          assertTrue(i == 0 || lines[i - 1].isEmpty(), "blank line before " + l);
          assertTrue(lines[i + 1].isEmpty(), "blank line after " + l);
        }
        if (i > 0 && !lines[i - 1].isEmpty()) {
          String prev = lines[i - 1];
          if (l.startsWith("- "))
            assertTrue(
                prev.startsWith("- ") || prev.startsWith("  "),
                file + ": blank line before list " + l);
          if (l.startsWith("|"))
            assertTrue(prev.startsWith("|"), file + ": blank line before table " + l);
          if (l.equals("```mermaid")) throw new AssertionError(file + ": blank line before fence");
        }
      }
      Node doc = Parser.builder().build().parse(md);
      List<Heading> h1 = new ArrayList<>();
      List<FencedCodeBlock> fences = new ArrayList<>();
      doc.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
              if (heading.getLevel() == 1) h1.add(heading);
              visitChildren(heading);
            }

            @Override
            public void visit(FencedCodeBlock code) {
              fences.add(code);
            }
          });
      assertEquals(1, h1.size(), file + ": one H1");
      assertEquals(1, fences.size(), file);
      String gantt = fences.get(0).getLiteral();
      assertEquals("mermaid", fences.get(0).getInfo());
      assertTrue(gantt.startsWith("gantt\n"), gantt);
      assertTrue(gantt.contains("\n  dateFormat HH:mm\n  axisFormat %H:%M\n"), gantt);
      Matcher task =
          Pattern.compile(
                  "(?m)^  (?!title|dateFormat|axisFormat|section)(.*) : (\\d\\d:\\d\\d), (\\d+)m$")
              .matcher(gantt);
      int tasks = 0;
      while (task.find()) {
        tasks++;
        assertFalse(task.group(1).contains(":") || task.group(1).contains("#"), task.group(1));
      }
      assertTrue(tasks >= 5, gantt);
    }
    // the title "Kleine klantarena: # test | *ster*" reads as written, not as markup
    Node doc = Parser.builder().build().parse(run("plan", WARN).out());
    StringBuilder title = new StringBuilder();
    doc.getFirstChild()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                title.append(text.getLiteral());
              }
            });
    assertEquals("Plan: Kleine klantarena: # test | *ster*", title.toString());
    assertTrue(run("plan", WARN).out().contains("Bert \\<b\\>Bold\\</b\\>"));
  }

  @Test
  void tablesTooWideForMarkdownlintBecomeLists() {
    var r = run("plan", "src/test/resources/plan/long.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out()
            .startsWith(
                "# Plan\n\n- Sessie: Klantarena voor zakelijke klanten in de regio Utrecht en Amersfoort,\n  najaarseditie 2026\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "- 1 · Anna de Vries · mkb, bouw en installatie, met meer dan vijftig medewerkers\n  in dienst · negatief\n"),
        r.out());
    assertTrue(
        r.out().contains("| 15.00–15.30 | Ontvangst | Iedereen |"),
        "the agenda still fits a table");
  }

  @Test
  void calendarReadsBackWithTheSessionsFields(@TempDir Path dir) throws Exception {
    Path ics = dir.resolve("s.ics");
    assertEquals(0, run("plan", NL, "--ics", ics.toString()).exit());
    String text = Files.readString(ics, StandardCharsets.UTF_8);
    ICalendar cal = Biweekly.parse(text).first();
    assertEquals("PUBLISH", cal.getMethod().getValue());
    VEvent e = cal.getEvents().get(0);
    assertEquals("Klantarena huurders, najaar 2026", e.getSummary().getValue());
    assertEquals(
        "Buurthuis De Kersenboom, Kersenlaan 12, 3824 AB Amersfoort", e.getLocation().getValue());
    assertEquals(Instant.parse("2026-10-15T13:00:00Z"), e.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2026-10-15T17:20:00Z"), e.getDateEnd().getValue().toInstant());
    assertTrue(
        e.getDescription().getValue().startsWith("Programma\n15.00–15.30 Ontvangst – Iedereen\n"),
        e.getDescription().getValue());
    assertEquals(PlanIcs.uid(Plans.load(NL).session()), e.getUid().getValue());
    assertTrue(text.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20261015T150000\r\n"));
    // the same session planned again gives the same event
    Path again = dir.resolve("again.ics");
    run("plan", NL, "--ics", again.toString());
    assertEquals(text, Files.readString(again, StandardCharsets.UTF_8));
  }
}
