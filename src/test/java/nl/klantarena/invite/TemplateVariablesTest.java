package nl.klantarena.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.render.Templates;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/templates.md and the scope agree: every documented variable exists. */
class TemplateVariablesTest {

  private static CheckedSession session(Path dir) throws Exception {
    Path f =
        InviteCommandTest.session(
            dir, InviteCommandTest.FOUR_CUSTOMERS, InviteCommandTest.FOUR_STAFF);
    return Sessions.checked(f, "session.yaml", LocalDate.of(2026, 3, 1));
  }

  @Test
  void everyDocumentedVariableExists(@TempDir Path dir) throws Exception {
    Session s = session(dir).session();
    String doc = Files.readString(Path.of("docs/templates.md"));
    String vars =
        doc.substring(doc.indexOf("### Variables"), doc.indexOf("Example: the first lines"));
    // `name` in the first cell of a table row; `a`, `b` and `x.*` forms included
    Matcher row = Pattern.compile("(?m)^\\| ([^|]+) \\|").matcher(vars);
    StringBuilder top = new StringBuilder();
    StringBuilder person = new StringBuilder("{{#participant}}");
    StringBuilder block = new StringBuilder("{{#round3}}");
    String[] parts = vars.split("\\*\\*");
    String heading = "";
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      // "**Heading**" splits into heading (odd index) and the table after it (even index)
      if (i % 2 == 1) {
        heading = part;
        continue;
      }
      Matcher m = row.reset(part);
      while (m.find()) {
        Matcher name = Pattern.compile("`([a-zA-Z0-9.]+)(\\.\\*)?`").matcher(m.group(1));
        while (name.find()) {
          String n = name.group(1);
          if (n.equals("variable")) continue;
          if (heading.startsWith("A person")) person.append("[{{").append(n).append("}}]");
          else if (heading.startsWith("Blocks of the agenda"))
            block.append("[{{").append(n).append("}}]");
          else if (heading.startsWith("Only in")) continue;
          else if (name.group(2) != null)
            top.append("[{{#").append(n).append("}}x{{/").append(n).append("}}]");
          else top.append("[{{").append(n).append("}}]");
        }
      }
    }
    person.append("{{/participant}}");
    block.append("{{/round3}}");
    Path t = dir.resolve("t");
    Files.createDirectories(t);
    Files.writeString(
        t.resolve("all.txt.mustache"),
        top
            + "\n"
            + person
            + "\n"
            + block
            + "\n"
            + "{{#themes}}{{number}}{{id}}{{title}}{{#questions}}{{.}}{{/questions}}{{#statements}}{{.}}{{/statements}}{{hasQuestions}}{{hasStatements}}{{/themes}}\n");
    Findings f = new Findings(Messages.of("en"));
    Templates templates = Templates.load(s.language(), List.of(new Templates.Dir(t, "t")));
    Person anna = s.customers().get(0);
    var out = templates.render("all.txt.mustache", new InviteScope(s).forParticipant(anna), f);
    assertTrue(f.isEmpty(), f.all().toString());
    assertTrue(out.orElseThrow().contains("[Anna de Vries]"), out.get());
    assertTrue(top.toString().contains("{{endWithDrinks}}"), top.toString());
    assertTrue(person.toString().contains("{{firstName}}"), person.toString());
    assertTrue(block.toString().contains("{{isRound3}}"), block.toString());
  }

  @Test
  void theDocumentedExampleRenders(@TempDir Path dir) throws Exception {
    Session s = session(dir).session();
    String doc = Files.readString(Path.of("docs/templates.md"));
    int start = doc.indexOf("```mustache\n") + "```mustache\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    Path t = dir.resolve("t");
    Files.createDirectories(t);
    Files.writeString(t.resolve("ex.txt.mustache"), example);
    Findings f = new Findings(Messages.of("en"));
    var out =
        Templates.load(s.language(), List.of(new Templates.Dir(t, "t")))
            .render("ex.txt.mustache", new InviteScope(s).forParticipant(s.customers().get(0)), f);
    assertTrue(f.isEmpty(), f.all().toString());
    assertEquals(
        "Beste Anna de Vries,\n\nOp donderdag 16 april 2026 van 15.00 tot 18.30 uur praten we graag met u in Zaal De Ring.\n"
            + "Na afloop is er een borrel, tot 19.30 uur.\n",
        out.orElseThrow());
  }

  /** When and how customers hear back is in the scope of every participant's template. */
  @Test
  void theFeedbackDateAndChannelAreThereForEveryone(@TempDir Path dir) throws Exception {
    Session s = session(dir).session();
    Path t = dir.resolve("t");
    Files.createDirectories(t);
    Files.writeString(t.resolve("fb.txt.mustache"), "{{feedback.date}} {{feedback.by}}");
    Templates templates = Templates.load(s.language(), List.of(new Templates.Dir(t, "t")));
    List<Person> everyone = new ArrayList<>();
    everyone.add(s.facilitator());
    everyone.add(s.customers().get(0));
    everyone.add(s.staff().get(0));
    for (Person p : everyone) {
      Findings f = new Findings(Messages.of("en"));
      var out = templates.render("fb.txt.mustache", new InviteScope(s).forParticipant(p), f);
      assertEquals("dinsdag 16 juni 2026 via e-mail", out.orElseThrow(), p.name());
    }
  }
}
