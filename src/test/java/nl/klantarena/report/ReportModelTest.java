package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NoteKind;
import nl.klantarena.render.Markdown;
import nl.klantarena.render.Templates;
import nl.klantarena.render.Wrap;
import nl.klantarena.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportModelTest {

  static CheckedSession session(String file) {
    return Sessions.checked(Path.of(file), file, LocalDate.of(2026, 11, 22));
  }

  @Test
  void carriedOverActionsAndTrendsGetTheirSectionsOnlyWhenThereAreSome() {
    CheckedSession s = session(ReportCommandTest.BARE);
    CheckedSession earlier = session(ReportCommandTest.NL);
    var today = LocalDate.of(2026, 12, 20);
    Findings f = new Findings(Messages.of("en"));
    String plain =
        ReportMarkdown.render(
                Report.of(s, null, new Report.Options(Audience.STAFF, today)),
                Templates.load(s.session().language()),
                f)
            .orElseThrow();
    var o =
        new Report.Options(
            Audience.STAFF,
            today,
            List.of(
                new Carried("../2026-voorjaar/session.yaml", earlier.session().actions().get(0))),
            List.of(
                new Trend(
                    "../2026-voorjaar/session.yaml", LocalDate.of(2026, 4, 16), "Billing", 12)),
            "## Open actions from earlier sessions\n\n- A1 from an earlier session\n");
    String md =
        ReportMarkdown.render(Report.of(s, null, o), Templates.load(s.session().language()), f)
            .orElseThrow();
    assertEquals(List.of(), f.all());
    assertTrue(
        !plain.contains("## Open actions from earlier sessions")
            && !plain.contains("over the series"),
        plain);
    assertTrue(
        md.contains(
            "\n\n## Open actions from earlier sessions\n\n- A1 from an earlier session\n\n---\n"),
        md);
    String json = ReportJson.render(Report.of(s, null, o));
    assertTrue(json.contains("\"session\": \"../2026-voorjaar/session.yaml\""), json);
  }

  @Test
  void webAddressesInUserTextAreNoLinks() {
    assertEquals(
        "see www\\.example.com or https\\://example.com/a\\_b",
        Markdown.inline("see www.example.com or https://example.com/a_b"));
  }

  @Test
  void aNumberNeverStartsAWrappedLine() {
    String item = Wrap.item("x".repeat(70) + " round 2. and more");
    assertEquals("- " + "x".repeat(70) + "\n  round 2. and more", item);
  }

  @Test
  void pseudonymLettersGoOnAfterZ() {
    assertEquals("A", Privacy.letters(0));
    assertEquals("Z", Privacy.letters(25));
    assertEquals("AA", Privacy.letters(26));
    assertEquals("AB", Privacy.letters(27));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+31 6 1234 5678",
        "020-1234567",
        "(020) 123 4567",
        "0612345678",
        "01434 600 123",
        "+44 1434 600123"
      })
  void phoneNumbersAreHidden(String phone) {
    Privacy p =
        new Privacy(
            session(ReportCommandTest.EN).session(), false, "customer", "[e-mail]", "[phone]");
    assertEquals("call [phone] today", p.text("call " + phone + " today"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"on 2026-11-05", "at 14:30", "9.000 homes", "NE46 3NS", "round 2", "£1,250.00"})
  void datesAndAmountsStay(String text) {
    Privacy p =
        new Privacy(
            session(ReportCommandTest.EN).session(), false, "customer", "[e-mail]", "[phone]");
    assertEquals(text, p.text(text));
  }

  @Test
  void namesAliasesAndUniqueFirstNamesOfCustomersBecomePseudonyms() {
    Privacy p =
        new Privacy(
            session(ReportCommandTest.EN).session(), true, "customer", "[e-mail]", "[phone]");
    assertEquals(
        "Customer A told customer A and customer B; Tomato stays; mail [e-mail]",
        p.text(
            "Mrs Hughes told MARGARET HUGHES and Dan; Tomato stays; mail dan@osei.example.co.uk"));
    assertEquals("Helen Marsh", p.text("Helen Marsh"), "staff keep their names");
  }

  @Test
  void ownersAndSpeakersAreWrittenOutInFull(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Path f = dir.resolve("session.yaml");
    Files.writeString(
        f,
        Files.readString(Path.of("examples/nl/session.yaml"))
            .replace("owner: Ruud Jacobs", "owner: 'Jacobs, R.'")
            .replace("owner: Dennis Vos", "owner: dennis"));
    CheckedSession s = session(f.toString());
    Note said =
        new Note(
            "N0001",
            "",
            1,
            "Kuipers, Gerard (Guest)",
            "customer",
            "reparaties",
            NoteKind.REMARK,
            "De monteur kwam niet.",
            "teams.vtt:3",
            "",
            null,
            new SourcePos("notes.csv", 2, 1));
    Findings fs = new Findings(Messages.of("en"));
    String md =
        ReportMarkdown.render(
                Report.of(
                    s,
                    List.of(said),
                    new Report.Options(Audience.STAFF, LocalDate.of(2026, 11, 1))),
                Templates.load(s.session().language()),
                fs)
            .orElseThrow();
    assertTrue(md.contains("| A1 | Reparatieafspraken"), md);
    assertTrue(md.contains("| Ruud Jacobs |"), md);
    assertTrue(md.contains("| Dennis Vos |"), md);
    assertTrue(md.contains("— Gerard Kuipers (ronde 1"), md);
    assertTrue(!md.contains("Jacobs, R.") && !md.contains("dennis") && !md.contains("Guest"), md);
  }
}
