package nl.klantarena.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code actions --remind}: a message per owner of open actions past their due date or due within
 * 14 days, across the series, and a summary for the contact; text and drafts in the session's
 * language, from templates a user can replace, written all or none.
 */
class RemindersTest {

  /** Every file of the folder, by name. */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** {@code actions INPUT --remind --eml --out OUT --today TODAY}, in the project. */
  private static CliRun.Result remindWithDrafts(String input, Path out, String today) {
    return CliRun.inProject()
        .run("actions", input, "--remind", "--eml", "--out", out.toString(), "--today", today);
  }

  private static void goldenFolder(String golden, Path out) throws IOException {
    for (String name : files(out))
      Golden.check(golden + "/" + name, Files.readAllBytes(out.resolve(name)));
  }

  @Test
  void dutchSeriesTextAndDrafts(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("herinneringen");
    var r = remindWithDrafts("examples/series", out, "2026-12-05");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        "wrote 4 reminders and the summary for Petra Jansen to " + out + " (10 files)\n", r.out());
    assertEquals("", r.err());
    assertEquals(
        List.of(
            "reminder-ahmed-el-amrani.eml",
            "reminder-ahmed-el-amrani.txt",
            "reminder-jan-bakker.eml",
            "reminder-jan-bakker.txt",
            "reminder-kees-van-dijk.eml",
            "reminder-kees-van-dijk.txt",
            "reminder-sanne-mulder.eml",
            "reminder-sanne-mulder.txt",
            "summary.eml",
            "summary.txt"),
        files(out));
    goldenFolder("actions/remind-nl", out);
  }

  @Test
  void englishSessionTextAndDrafts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("reminders");
    var r = remindWithDrafts("examples/en/session.yaml", out, "2027-01-02");
    assertEquals(0, r.exit(), r.toString());
    goldenFolder("actions/remind-en", out);
    // W4 was turned down (decision: dont) and is due on 5 January: never in a reminder
    assertFalse(Files.exists(out.resolve("reminder-stuart-bell.txt")), files(out).toString());
    MimeMessage m = eml(out.resolve("reminder-kwame-mensah.eml"));
    assertEquals("kwame.mensah@westmoorwater.co.uk", address(m, Message.RecipientType.TO));
    assertEquals(
        "rachel.okafor@westmoorwater.co.uk", m.getFrom()[0].toString().replaceAll(".*<|>", ""));
    assertEquals("Customer arena: your action past the due date", m.getSubject());
    assertEquals("1", m.getHeader("X-Unsent")[0]);
  }

  /** One owner with actions on both sides of every edge of the window. */
  static final String EDGES =
      """
      klantarena: 1
      title: Klantarena najaar
      organisation: Voorbeeld
      date: 2026-09-01
      contact: {name: Petra Jansen, email: petra@example.nl}
      participants:
        facilitator: {name: Frans de Wit}
        staff: [{name: Bas Visser, email: bas@example.nl}, {name: Eva Smit, email: eva@example.nl}]
      owners: [{name: Ayşe Yıldız, department: Wethouder}]
      themes: [{id: a, title: A, questions: [Q?]}]
      agenda: {start: 15:00}
      actions:
        - {id: A1, title: Een dag voor vandaag, owner: Bas, due: 2026-11-30}
        - {id: A2, title: Vandaag, owner: Bas, due: 2026-12-01}
        - {id: A3, title: Morgen, owner: Bas, due: 2026-12-02}
        - {id: A4, title: Veertien dagen, owner: Bas, due: 2026-12-15}
        - {id: A5, title: Vijftien dagen, owner: Bas, due: 2026-12-16}
        - {id: A6, title: Dertig dagen te laat, owner: Bas, due: 2026-11-01}
        - {id: A7, title: Klaar, owner: Bas, due: 2026-10-01, status: done}
        - {id: A8, title: Geschrapt, owner: Bas, due: 2026-10-01, status: dropped}
        - {id: A9, title: Niet doen, decision: dont, why: Te duur., owner: Bas, due: 2026-10-01}
        - {id: A10, title: Onderzoeken, decision: investigate, owner: Eva, due: 2026-10-31}
        - {id: A11, title: Wethouder, owner: mevr. A. Yildiz, due: 2026-12-10}
      """;

  private static Path edges(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("session.yaml"), EDGES);
    return dir;
  }

  @Test
  void overdueFirstWithDaysLateThenTheNextFourteenDays(@TempDir Path dir) throws IOException {
    edges(dir);
    var r = CliRun.in(dir).run("actions", ".", "--remind", "--out", "r", "--today", "2026-12-01");
    assertEquals(0, r.exit(), r.toString());
    String bas = Files.readString(dir.resolve("r/reminder-bas-visser.txt"));
    // most days late first, then by due date; A5 (15 days), done, dropped and dont never
    List<String> ids =
        bas.lines().filter(l -> l.matches("- A\\d+ .*")).map(l -> l.split(" ")[1]).toList();
    assertEquals(List.of("A6", "A1", "A2", "A3", "A4"), ids, bas);
    assertTrue(
        bas.contains(
            "- A6 Dertig dagen te laat\n  deadline zondag 1 november 2026, 30 dagen te laat\n"),
        bas);
    assertTrue(bas.contains("deadline maandag 30 november 2026, 1 dag te laat\n"), bas);
    assertTrue(bas.contains("deadline dinsdag 1 december 2026, vandaag\n"), bas);
    assertTrue(bas.contains("deadline woensdag 2 december 2026, over 1 dag\n"), bas);
    assertTrue(bas.contains("deadline dinsdag 15 december 2026, over 14 dagen\n"), bas);
    assertTrue(
        bas.indexOf("Over de deadline\n") < bas.indexOf("Deadline in de komende 14 dagen\n"), bas);
    assertTrue(
        bas.startsWith(
            "Onderwerp: Klantarena: jouw acties over de deadline\nAan: Bas Visser <bas@example.nl>\n\nBeste Bas,\n"),
        bas);
    // the window moves with --today: a day later A5 is in, and A1 two days late
    var later =
        CliRun.in(dir).run("actions", ".", "--remind", "--out", "r2", "--today", "2026-12-02");
    String bas2 = Files.readString(dir.resolve("r2/reminder-bas-visser.txt"));
    assertTrue(
        bas2.contains("- A5 Vijftien dagen\n  deadline woensdag 16 december 2026, over 14 dagen\n"),
        bas2);
    assertTrue(bas2.contains("deadline maandag 30 november 2026, 2 dagen te laat\n"), bas2);
    assertEquals(0, later.exit(), later.toString());
  }

  @Test
  void theContactsSummaryHasEveryOwnerAndWhoHasNoEmail(@TempDir Path dir) throws Exception {
    edges(dir);
    var r =
        CliRun.in(dir)
            .run("actions", ".", "--remind", "--eml", "--out", "r", "--today", "2026-12-01");
    assertEquals(0, r.exit(), r.toString());
    // the owner outside the rings has no e-mail address: said where to add it, as an info
    assertEquals(
        "session.yaml:9:10: info[KA910]: Ayşe Yıldız has no e-mail address: the reminder is"
            + " written, without an address to send it to (its draft has no recipient)",
        r.err().lines().filter(l -> l.contains("[KA")).findFirst().orElse(""),
        r.toString());
    String summary = Files.readString(dir.resolve("r/summary.txt"));
    assertTrue(
        summary.startsWith(
            "Onderwerp: Klantarena: acties over de deadline en binnenkort, stand van dinsdag 1 december 2026\nAan: Petra Jansen <petra@example.nl>\n\nBeste Petra,\n"),
        summary);
    assertTrue(
        summary.contains(
            ": 3 over de deadline, 4 met een deadline in de komende 14 dagen. Voor elk van de 3 eigenaren"),
        summary);
    // every action with its owner, overdue first, most days late first, then by due date
    List<String> ids =
        summary.lines().filter(l -> l.matches("- A\\d+ .*")).map(l -> l.split(" ")[1]).toList();
    assertEquals(List.of("A10", "A6", "A1", "A2", "A3", "A11", "A4"), ids, summary);
    assertTrue(
        summary.contains("deadline zaterdag 31 oktober 2026, 31 dagen te laat, Eva Smit\n"),
        summary);
    assertTrue(summary.contains("- Ayşe Yıldız: reminder-ayse-yildiz.txt\n"), summary);
    assertTrue(
        summary.endsWith(
            "Zonder e-mailadres (bezorg de herinnering zelf, of vul het adres aan):\n\n- Ayşe Yıldız\n"),
        summary);
    // the owner outside the rings is addressed formally, by full name; her draft has no recipient
    String ayse = Files.readString(dir.resolve("r/reminder-ayse-yildiz.txt"));
    assertTrue(
        ayse.startsWith(
            "Onderwerp: Klantarena: uw actie met een deadline binnenkort\nAan: Ayşe Yıldız\n\nBeste Ayşe Yıldız,\n"),
        ayse);
    assertTrue(ayse.contains("Op uw naam staat nog een actie open"), ayse);
    assertTrue(ayse.contains("Met vriendelijke groet,"), ayse);
    MimeMessage draft = eml(dir.resolve("r/reminder-ayse-yildiz.eml"));
    assertEquals(null, draft.getRecipients(Message.RecipientType.TO));
    assertEquals(
        "petra@example.nl", address(eml(dir.resolve("r/summary.eml")), Message.RecipientType.TO));
  }

  @Test
  void nothingDueStillGivesTheContactTheSummary(@TempDir Path dir) throws IOException {
    edges(dir);
    var r = CliRun.in(dir).run("actions", ".", "--remind", "--out", "r", "--today", "2026-06-01");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of("summary.txt"), files(dir.resolve("r")));
    assertEquals(
        "no open action is past its due date or due within 14 days as of 2026-06-01; wrote the"
            + " summary for Petra Jansen to r\n",
        r.out());
    assertTrue(
        Files.readString(dir.resolve("r/summary.txt"))
            .contains("Er zijn deze keer geen herinneringen."));
  }

  @Test
  void outMayNameNoInputAndIsWrittenAllOrNone(@TempDir Path dir) throws IOException {
    edges(dir);
    var input =
        CliRun.in(dir)
            .run("actions", ".", "--remind", "--out", "session.yaml", "--today", "2026-12-01");
    assertEquals(2, input.exit(), input.toString());
    assertTrue(input.err().contains("session.yaml"), input.toString());
    assertEquals(EDGES, Files.readString(dir.resolve("session.yaml")));
    var missing = CliRun.in(dir).run("actions", ".", "--remind", "--today", "2026-12-01");
    assertEquals(2, missing.exit(), missing.toString());
    assertTrue(missing.err().contains("--out"), missing.toString());
    var with = CliRun.in(dir).run("actions", ".", "--remind", "--out", "r", "--owner", "Bas");
    assertEquals(2, with.exit(), with.toString());
    // a folder where the summary must go: refused before any reminder is written
    Files.createDirectories(dir.resolve("r/summary.txt"));
    var blocked =
        CliRun.in(dir).run("actions", ".", "--remind", "--out", "r", "--today", "2026-12-01");
    assertEquals(2, blocked.exit(), blocked.toString());
    assertTrue(blocked.err().contains("KA811"), blocked.toString());
    assertEquals(List.of("summary.txt"), files(dir.resolve("r")));
  }

  @Test
  void theTemplatesAreTheUsersToReplace(@TempDir Path dir) throws IOException {
    edges(dir);
    Files.createDirectories(dir.resolve("templates/nl/partials"));
    Files.writeString(
        dir.resolve("templates/nl/reminder-owner.subject.txt.mustache"),
        "Even checken, {{owner.firstName}}: {{count}} acties\n");
    Files.writeString(
        dir.resolve("templates/nl/partials/reminder-action.txt.mustache"),
        "* [{{id}}] {{title}} ({{#isLate}}{{daysLate}} d te laat{{/isLate}}{{^isLate}}nog {{daysLeft}} d{{/isLate}})\n");
    var r = CliRun.in(dir).run("actions", ".", "--remind", "--out", "r", "--today", "2026-12-01");
    assertEquals(0, r.exit(), r.toString());
    String bas = Files.readString(dir.resolve("r/reminder-bas-visser.txt"));
    assertTrue(bas.startsWith("Onderwerp: Even checken, Bas: 5 acties\n"), bas);
    assertTrue(bas.contains("* [A6] Dertig dagen te laat (30 d te laat)\n"), bas);
    assertTrue(
        Files.readString(dir.resolve("r/summary.txt"))
            .contains("* [A4] Veertien dagen (nog 14 d)\n"));
    // a name the templates do not know is an error at its line, and nothing is written
    Files.writeString(
        dir.resolve("templates/nl/reminder-owner.subject.txt.mustache"), "{{eigenaar}}\n");
    var bad =
        CliRun.in(dir).run("actions", ".", "--remind", "--out", "r3", "--today", "2026-12-01");
    assertEquals(1, bad.exit(), bad.toString());
    assertTrue(bad.err().contains("error[KA701]"), bad.toString());
    assertFalse(Files.exists(dir.resolve("r3")), bad.toString());
  }

  private static MimeMessage eml(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), in);
    }
  }

  private static String address(MimeMessage m, Message.RecipientType type) throws Exception {
    return m.getRecipients(type)[0].toString().replaceAll(".*<|>", "");
  }
}
