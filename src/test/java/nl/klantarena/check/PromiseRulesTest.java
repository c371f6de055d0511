package nl.klantarena.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the promise to customers and of the recording, one small session each: a reason for
 * customers where something will not be done (KA520), the letter sent by the promised date (KA521,
 * an error under the overdue gate, and counted by {@code actions --fail-on-overdue}), its date
 * after the session (KA522), a moved action's first date (KA523), and what a recorded session must
 * tell participants (KA530).
 */
class PromiseRulesTest {

  private static final Pattern FINDING = Pattern.compile("^\\S+: (error|warning|info)\\[.*");

  private static final String HEAD =
      """
      klantarena: 1
      title: Customer arena
      organisation: Example
      language: en
      date: 2026-04-15
      contact: {name: Laura Brooks, email: laura@example.com}
      participants:
        facilitator: {name: Frank White}
        customers:
          - {name: Anna Green, experience: negative}
          - {name: Ben Parker, experience: positive}
          - {name: Chloe Smith, experience: neutral}
          - {name: David Fisher, experience: negative}
        staff: [{name: John Baker}, {name: Sarah Miller}, {name: Ahmed Khan}, {name: Laura Brooks}]
      themes: [{id: service, title: Our service, questions: [How do you find us?]}]
      agenda: {start: 15:00}
      """;

  static List<String> check(Path dir, String yaml, String... args) throws Exception {
    Files.writeString(dir.resolve("s.yaml"), HEAD + yaml);
    List<String> a = new ArrayList<>(List.of("check", "--today", "2026-05-01", "s.yaml"));
    a.addAll(List.of(args));
    var r = CliRun.in(dir).run(a.toArray(String[]::new));
    return r.err().lines().filter(l -> FINDING.matcher(l).matches()).toList();
  }

  private static final String FEEDBACK = "feedback: {due: 2026-06-15}\n";

  @Test
  void aTurnedDownOrDroppedActionNeedsAReasonForCustomers(@TempDir Path dir) throws Exception {
    String actions =
        """
        actions:
          - {id: A1, title: Free parking, decision: dont, why: Too dear, owner: John Baker}
          - {id: A2, title: Call back, owner: John Baker, due: 2026-06-01, status: dropped}
          - {id: A3, title: Longer hours, decision: dont, why_customers: Nobody came after six., owner: John Baker}
          - {id: A4, title: A new app, owner: John Baker, due: 2026-06-01, status: dropped, why_customers: The website does it.}
          - {id: A5, title: A chat, decision: dont, owner: John Baker}
        """;
    assertEquals(
        List.of(
            "s.yaml:19:45: warning[KA520]: the letter to customers gives no reason why action"
                + " \"A1\" will not be done",
            "s.yaml:20:76: warning[KA520]: the letter to customers gives no reason why action"
                + " \"A2\" will not be done",
            "s.yaml:23:39: warning[KA505]: action \"A5\" will not be done, but no reason is given"),
        check(dir, FEEDBACK + actions).stream().map(PromiseRulesTest::unlessTexts).toList());
  }

  /** KA505's words may change with the texts of the findings; the test holds its code and place. */
  private static String unlessTexts(String line) {
    return line.contains("[KA505]")
        ? line.substring(0, line.indexOf("[KA505]") + 7)
            + ": action \"A5\" will not be done, but no reason is given"
        : line;
  }

  @Test
  void aPromiseToReportBackThatHasPassedIsAWarningUntilTheLetterIsSent(@TempDir Path dir)
      throws Exception {
    String late = "feedback: {due: 2026-04-30, channel: e-mail}\n";
    assertEquals(
        List.of(
            "s.yaml:17:17: warning[KA521]: customers were to hear back by 2026-04-30, and the"
                + " letter has not been sent"),
        check(dir, late));
    assertEquals(
        List.of(
            "s.yaml:17:17: error[KA521]: customers were to hear back by 2026-04-30, and the"
                + " letter has not been sent"),
        check(dir, late, "--fail-on-overdue"));
    assertEquals(List.of(), check(dir, "feedback: {due: 2026-04-30, sent: 2026-04-29}\n"));
    assertEquals(List.of(), check(dir, "feedback: {due: 2026-05-01}\n"), "due today is not late");
  }

  @Test
  void theOverdueGateOfActionsCountsTheLetterThatWasNotSent(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.yaml"), HEAD + "feedback: {due: 2026-04-30}\n");
    var r = CliRun.in(dir).run("actions", "--today", "2026-05-01", "--fail-on-overdue", "s.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error[KA521]"), r.err());
    assertTrue(r.err().contains("no open action is past its due date as of 2026-05-01"), r.err());
    assertTrue(
        r.err().contains("as of 2026-05-01, the customers of 1 session are still waiting to hear"),
        r.err());
    var sent =
        CliRun.in(dir).run("actions", "--today", "2026-04-30", "--fail-on-overdue", "s.yaml");
    assertEquals(0, sent.exit(), sent.toString());
    var nl =
        CliRun.in(dir)
            .run("actions", "--today", "2026-05-01", "--fail-on-overdue", "--lang", "nl", "s.yaml");
    assertTrue(
        nl.err().contains("de klanten van 1 sessie wachten per 2026-05-01 nog op de beloofde"),
        nl.err());
  }

  @Test
  void theLetterCannotHaveGoneOutBeforeTheSession(@TempDir Path dir) throws Exception {
    assertEquals(
        List.of(
            "s.yaml:17:35: warning[KA522]: the letter to customers was sent on 2026-04-01, before"
                + " the session on 2026-04-15"),
        check(dir, "feedback: {due: 2026-06-15, sent: 2026-04-01}\n"));
  }

  @Test
  void aMovedActionsFirstDateComesBeforeItsDueDate(@TempDir Path dir) throws Exception {
    String moved =
        FEEDBACK
            + "actions:\n  - {id: A1, title: Call back, owner: John Baker, first_due: 2026-06-01,"
            + " due: 2026-09-01}\n";
    assertEquals(List.of(), check(dir, moved));
    assertEquals(
        List.of(
            "s.yaml:19:62: warning[KA523]: action \"A1\" was first due on 2026-09-01, which is not"
                + " before its due date 2026-06-01"),
        check(
            dir,
            moved
                .replace("2026-06-01", "X")
                .replace("2026-09-01", "2026-06-01")
                .replace("X", "2026-09-01")));
  }

  @Test
  void aRecordedSessionSaysHowWhoSeesItHowLongAndWhomToAsk(@TempDir Path dir) throws Exception {
    String full =
        FEEDBACK
            + """
            recording:
              recorded: true
              how: Sound only, transcribed by Teams.
              access: The facilitator and the organiser.
              retention: Deleted six weeks after the session.
            """;
    assertEquals(List.of(), check(dir, full), "the contact's address is whom to ask");
    assertEquals(
        List.of(
            "s.yaml:19:3: warning[KA530]: the session is recorded, but \"recording:\" does not"
                + " say: access, retention"),
        check(
            dir,
            FEEDBACK + "recording:\n  recorded: true\n  how: Sound only, transcribed by Teams.\n"));
    assertEquals(List.of(), check(dir, FEEDBACK + "recording: {recorded: false}\n"));
    List<String> missing = check(dir, FEEDBACK + "recording: {how: Teams}\n");
    assertEquals(1, missing.size(), missing.toString());
    assertTrue(missing.get(0).contains("error[KA103]"), missing.toString());
    List<String> word = check(dir, FEEDBACK + "recording: {recorded: yes}\n");
    assertTrue(word.get(0).contains("error[KA102]"), word.toString());
  }

  @Test
  void consentIsOneOfThreeWords(@TempDir Path dir) throws Exception {
    String yaml =
        (HEAD + FEEDBACK)
            .replace(
                "{name: Anna Green, experience: negative}", "{name: Anna Green, consent: nne}");
    Files.writeString(dir.resolve("s.yaml"), yaml);
    var r = CliRun.in(dir).run("check", "--today", "2026-05-01", "s.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err().contains("error[KA113]") && r.err().contains("quote | anonymous | none"), r.err());
    assertTrue(r.err().contains("did you mean \"none\"?"), r.err());
  }
}
