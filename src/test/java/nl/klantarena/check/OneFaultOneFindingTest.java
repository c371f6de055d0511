package nl.klantarena.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A section that is missing, misspelt or cannot be read gets its one finding, and the rules that
 * depend on it stay silent: they would judge an empty list or a default in its place ("owner is not
 * a staff member" for owners who would have been staff, "no themes", "the agenda has no round1",
 * "no feedback date"). Each case is the clean catalogue session with three actions and one fault.
 */
class OneFaultOneFindingTest {

  private static final Pattern FINDING = Pattern.compile("^\\S+: (error|warning|info)\\[.*");

  private static final String ACTIONS =
      """
      actions:
        - {id: A1, title: Call back, theme: service, owner: John Baker, due: 2027-06-01}
        - {id: A2, title: Parking, theme: service, decision: dont, why: Too dear, owner: Sarah Miller, why_customers: We cannot afford it}
        - {id: A3, title: Hours, theme: service, owner: Laura Brooks, due: 2027-06-01}
      """;

  static String session() throws Exception {
    // the letter went out, so that a late --today finds no unkept promise (KA521); same lines
    return Files.readString(Path.of("src/test/resources/findings/base.yaml"))
            .replace(
                "feedback:\n  due: 2027-06-15\n",
                "feedback: {due: 2027-06-15,\n  sent: 2027-06-14}\n")
        + ACTIONS;
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        // the reproduction of the issue: three owners who would have been staff
        Arguments.of(
            "participants:",
            "partcipants:",
            "6:1: error[KA101]: unknown key \"partcipants\"; did you mean \"participants\"?"),
        Arguments.of(
            "(?s)participants:.*?(?=themes:)",
            "participants: everyone\n",
            "6:15: error[KA102]: expected a mapping of keys to values, found \"everyone\""),
        Arguments.of(
            "  staff:",
            "  staf:",
            "13:3: error[KA101]: unknown key \"staf\"; did you mean \"staff\"?"),
        Arguments.of(
            "    - {name: John Baker}",
            "    - John Baker",
            "14:7: error[KA903]: \"John Baker\" names an entry of klantarena.yaml, but there is no"
                + " klantarena.yaml above this session"),
        Arguments.of(
            "  customers:",
            "  custmers:",
            "8:3: error[KA101]: unknown key \"custmers\"; did you mean \"customers\"?"),
        Arguments.of(
            "  facilitator:",
            "  facilitater:",
            "7:3: error[KA101]: unknown key \"facilitater\"; did you mean \"facilitator\"?"),
        Arguments.of(
            "(?s)owner: Sarah Miller(.*)",
            "owner: Petra Jansen$1contakt: {name: Petra Jansen}\n",
            "30:1: error[KA101]: unknown key \"contakt\"; did you mean \"contact\"?"),
        Arguments.of(
            "themes:",
            "temes:",
            "18:1: error[KA101]: unknown key \"temes\"; did you mean \"themes\"?"),
        Arguments.of(
            "  - id: service",
            "  - di: service",
            "19:5: error[KA101]: unknown key \"di\"; did you mean \"id\"?"),
        Arguments.of(
            "    questions:",
            "    qestions:",
            "21:5: error[KA101]: unknown key \"qestions\"; did you mean \"questions\"?"),
        Arguments.of(
            "agenda:",
            "agnda:",
            "22:1: error[KA101]: unknown key \"agnda\"; did you mean \"agenda\"?"),
        Arguments.of(
            "  start: 15:00",
            "  start: 15:00\n  blocks:\n    - {kindd: round1}\n    - {kind: round2}\n"
                + "    - {kind: round3}",
            "25:8: error[KA101]: unknown key \"kindd\"; did you mean \"kind\"?"),
        Arguments.of(
            "  start: 15:00",
            "  start: 15:00\n  blocks:\n    - {kind: rond1}\n    - {kind: round2}\n"
                + "    - {kind: round3}",
            "25:14: error[KA113]: invalid value \"rond1\" for kind: expected reception | round1 |"
                + " break | round2 | round3 | drinks; did you mean \"round1\"?"),
        Arguments.of(
            "feedback:",
            "fedback:",
            "24:1: error[KA101]: unknown key \"fedback\"; did you mean \"feedback\"?"),
        Arguments.of(
            "owner: John Baker",
            "ownr: John Baker",
            "27:48: error[KA101]: unknown key \"ownr\"; did you mean \"owner\"?"),
        Arguments.of(
            "why: Too dear",
            "wy: Too dear",
            "28:62: error[KA101]: unknown key \"wy\"; did you mean \"why\"?"));
  }

  /** {@code from} is a text to replace, or a regular expression when it starts with "(?s)". */
  @ParameterizedTest
  @MethodSource("faults")
  void oneFaultOneFinding(String from, String to, String expected, @TempDir Path dir)
      throws Exception {
    String s = session();
    String regex = from.startsWith("(?s)") ? from : Pattern.quote(from);
    String faulty =
        s.replaceFirst(regex, from.startsWith("(?s)") ? to : Matcher.quoteReplacement(to));
    if (faulty.equals(s)) throw new IllegalArgumentException("no " + from);
    Files.writeString(dir.resolve("s.yaml"), faulty);
    var r = CliRun.in(dir).run("check", "--today", "2027-04-01", "s.yaml");
    List<String> lines = r.err().lines().filter(l -> FINDING.matcher(l).matches()).toList();
    assertEquals(List.of("s.yaml:" + expected), lines, r.toString());
    assertEquals(1, r.exit(), r.toString());
  }

  @Test
  void withoutTheFaultTheSessionIsClean(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.yaml"), session());
    var r = CliRun.in(dir).run("check", "--today", "2027-04-01", "s.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
  }

  @Test
  void aMisspeltDueOrStatusIsNoOverdueWarningOnADefault(@TempDir Path dir) throws Exception {
    // A1 would be overdue only by the default due date (the session plus two months) or as open
    for (String fault : List.of("duee: 2027-12-01", "due: 2027-06-01, statsu: done")) {
      String s =
          session().replace("owner: John Baker, due: 2027-06-01", "owner: John Baker, " + fault);
      Files.writeString(dir.resolve("s.yaml"), s);
      var r = CliRun.in(dir).run("check", "--today", "2027-07-01", "s.yaml");
      List<String> lines = r.err().lines().filter(l -> FINDING.matcher(l).matches()).toList();
      assertEquals(2, lines.size(), r.toString());
      assertTrue(lines.get(0).matches("s.yaml:27:\\d+: error\\[KA101\\].*"), r.toString());
      // A2 is turned down (decision: dont): decided, never overdue
      assertTrue(lines.stream().noneMatch(l -> l.contains("\"A2\"")), r.toString());
      assertTrue(lines.get(1).contains("action \"A3\" was due"), r.toString());
    }
  }
}
