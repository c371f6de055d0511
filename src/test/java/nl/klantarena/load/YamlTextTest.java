package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What the YAML reader makes of text a user may write, and what it says, in the user's words, when
 * it cannot read it: where (the place to change, and where the reader noticed it when that is
 * elsewhere), what is wrong and what to do.
 */
class YamlTextTest {

  private static final Messages EN = Messages.of("en");
  private static final Messages NL = Messages.of("nl");
  private static final Path BASE = Path.of("src/test/resources/findings/base.yaml");

  /** The findings for {@code yaml}, as {@code line:col [code] message} and {@code | related}. */
  static List<String> findings(String yaml, Messages messages) {
    Findings f = new Findings(messages);
    YamlText.compose(yaml, "s.yaml", f);
    return f.sorted().stream().map(YamlTextTest::shown).toList();
  }

  static List<String> findings(String yaml) {
    return findings(yaml, EN);
  }

  private static String shown(Finding x) {
    String s = x.pos().line() + ":" + x.pos().column() + " [" + x.code() + "] " + x.message();
    Finding.Related r = x.related();
    return r == null ? s : s + " | " + r.pos().line() + ":" + r.pos().column() + " " + r.message();
  }

  private static String base() throws Exception {
    return Files.readString(BASE);
  }

  @Test
  void anUnclosedBraceIsReportedWhereItOpensAndNoticedWhereTheReaderGaveUp() {
    // the reader only notices on the next line, where "customers:" cannot be part of the { }
    String yaml =
        """
        participants:
          facilitator: {name: Frank White, external: true
          customers:
            - {name: Anna Green}
        """;
    assertEquals(
        List.of(
            "2:16 [KA100] YAML syntax: the \"{\" opened here is never closed | 3:12 noticed here"),
        findings(yaml));
  }

  @Test
  void anUnclosedBracketAtTheEndOfTheFile() {
    assertEquals(
        List.of(
            "2:10 [KA100] YAML syntax: the \"[\" opened here is never closed | 3:1 noticed here"),
        findings("title: x\nactions: [\n"));
  }

  @Test
  void aBracketThatIsClosedLaterIsNotCalledUnclosed() {
    assertEquals(
        List.of(
            "3:8 [KA100] YAML syntax: expected \",\" or \"}\" here, found \":\" | 1:14 opened"
                + " here"),
        findings("facilitator: {name: Frank White,\n  external: true\n  email: f@example.org}\n"));
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() {
    assertEquals(
        List.of(
            "2:8 [KA100] YAML syntax: the quote \" opened here is never closed | 4:1 the file"
                + " ends here"),
        findings("klantarena: 1\ntitle: \"an unclosed quote\norganisation: Example\n"));
  }

  @Test
  void anAliasBombIsTooManyAliasesAtTheFirstAliasPastTheLimit() {
    StringBuilder y = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      y.append("]\n");
    }
    // b holds 9 aliases; each *b counts 1 + 9, so the fifth *b on line 3 is the 59th
    assertEquals(
        List.of("3:24 [KA127] too many aliases (at most 50) | 2:4 the anchor \"&b\" is here"),
        findings(y.toString()));
    assertEquals(
        List.of("3:24 [KA127] te veel aliassen (hoogstens 50) | 2:4 hier staat het anker \"&b\""),
        findings(y.toString(), NL));
  }

  @Test
  void aLongKeySaysTheKeyIsTooLong() {
    assertEquals(
        List.of("2:1 [KA100] YAML syntax: the key is too long (10000 characters; at most 1024)"),
        findings("klantarena: 1\n" + "k".repeat(10_000) + ": 1\n"));
    assertEquals(List.of(), findings("klantarena: 1\n" + "k".repeat(1024) + ": 1\n"));
  }

  @Test
  void anAnchorReusedAsAThemePointsAtTheAliasAndTheAnchor(@TempDir Path dir) throws Exception {
    String session =
        base()
            .replace("themes:\n  - id: service", "themes:\n  - &service\n    id: service")
            .replace(
                "    questions: [How do you find us?]\n",
                "    questions: [How do you find us?]\n  - *service\n");
    Files.writeString(dir.resolve("s.yaml"), session);
    var r = CliRun.in(dir).run("check", "s.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                """
                s.yaml:23:5: error[KA109]: duplicate theme id "service" (first at line 20)
                    |
                 19 |   - &service
                    |     - the anchor "&service" is here
                ...
                 23 |   - *service
                    |     ^
                """),
        r.toString());
    var json = CliRun.in(dir).run("check", "--format", "json", "s.yaml");
    assertTrue(json.out().contains("\"line\": 23,"), json.toString());
    assertTrue(
        json.out().contains("\"message\": \"the anchor \\\"&service\\\" is here\""), json.out());
  }

  @Test
  void anAliasIsReadAsACopyOfItsValueAtTheAlias() {
    Findings f = new Findings(EN);
    var root = (MappingNode) YamlText.compose("a: &x [1, 2]\nb: *x\n", "s.yaml", f).orElseThrow();
    assertEquals(List.of(), f.all());
    var b = (SequenceNode) root.getValue().get(1).getValueNode();
    assertEquals(
        List.of("1", "2"), b.getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList());
    assertEquals(2, YamlText.pos(b.getValue().get(1).getStartMark(), "s.yaml").line());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "title: a: b\n",
            "1:9 [KA100] YAML syntax: a value holds \": \", which starts a new key here"),
        Arguments.of(
            "title: a\n  organisation: b\n",
            "2:15 [KA100] YAML syntax: this line is indented further than the line above it, so it reads as part of that value"),
        Arguments.of(
            "title: a\norganisation b\nlanguage: en\n",
            "2:1 [KA100] YAML syntax: this line has no \":\" after its key"),
        Arguments.of(
            "title: a\nlocation:\n\tname: x\n",
            "3:1 [KA100] YAML syntax: a tab is used for indentation"),
        Arguments.of(
            "staff: - {name: Jan}\n",
            "1:8 [KA100] YAML syntax: a list item (\"-\") cannot start here"),
        Arguments.of("title: @home\n", "1:8 [KA100] YAML syntax: a value cannot start with \"@\""),
        Arguments.of("title: `x`\n", "1:8 [KA100] YAML syntax: a value cannot start with \"`\""),
        Arguments.of("title: %x\n", "1:8 [KA100] YAML syntax: a value cannot start with \"%\""),
        Arguments.of(
            "title: *important*\n",
            "1:8 [KA100] YAML syntax: \"*important*\" reads as an alias (\"*name\") but is not a valid one"),
        Arguments.of(
            "title: &a{b} c\n",
            "1:8 [KA100] YAML syntax: \"&a{b}\" reads as an anchor (\"&name\") but is not a valid one"),
        Arguments.of(
            "owner: *lead\n",
            "1:8 [KA100] YAML syntax: unknown alias \"*lead\": no anchor \"&lead\" comes before it"),
        Arguments.of(
            "loop: &l [*l]\n",
            "1:11 [KA100] YAML syntax: the alias \"*l\" stands inside the value it repeats | 1:7 the anchor \"&l\" is here"),
        Arguments.of(
            "title: \"C:\\Users\\x\"\n",
            "1:13 [KA100] YAML syntax: \"\\U\" in a double-quoted value must be followed by 8 hexadecimal digits"),
        Arguments.of(
            "title: \"a\\qb\"\n",
            "1:11 [KA100] YAML syntax: unknown escape \"\\q\" in a double-quoted value"),
        Arguments.of(
            "title: 'it's'\n", "1:12 [KA100] YAML syntax: text after a value that has ended"),
        Arguments.of(
            "title: |0\n  x\n",
            "1:9 [KA100] YAML syntax: only \"+\", \"-\" or a digit from 1 to 9 may follow \"|\" on its line"),
        Arguments.of(
            "title: !!str{x} y\n",
            "1:8 [KA100] YAML syntax: the tag \"!!str{x}\" is malformed: it cannot hold \"{\""),
        Arguments.of(
            "title: !<> y\n", "1:8 [KA100] YAML syntax: the tag \"!<>\" is malformed: it is empty"),
        Arguments.of(
            "title: !%zz y\n",
            "1:8 [KA100] YAML syntax: the tag \"!%zz\" is malformed: a \"%\" in a tag must be followed by two hexadecimal digits"),
        Arguments.of(
            "title: !a!b y\n",
            "1:8 [KA100] YAML syntax: the tag \"!a!b\" is malformed: its prefix \"!a!\" is not declared (with a \"%TAG\" line)"),
        Arguments.of(
            "title: a\u0001b\n",
            "1:9 [KA100] YAML syntax: the character U+0001 is not allowed in a YAML file"),
        Arguments.of(
            "title: a\u007fb\n",
            "1:8 [KA100] YAML syntax: the character DEL (U+007F) is not allowed in a YAML file"),
        Arguments.of(
            "%YAML 2.0\n---\ntitle: a\n",
            "1:1 [KA100] YAML syntax: YAML version 2.0 is not supported; this tool reads YAML 1.2"),
        Arguments.of(
            "%YAML 1.2\n%YAML 1.2\n---\ntitle: a\n",
            "2:1 [KA100] YAML syntax: a \"%\" line (a YAML directive) is malformed, repeated or misplaced"),
        Arguments.of(
            "title: a\n...\nmore: b\n",
            "3:1 [KA100] YAML syntax: a key after the end of the document"),
        Arguments.of(
            "themes: [a, , b]\n", "1:13 [KA100] YAML syntax: a value is missing before \",\""),
        Arguments.of(
            "themes: [a]]\n", "1:12 [KA100] YAML syntax: \"]\" after a value that has ended"),
        Arguments.of(
            "title: \"a\" b\n", "1:12 [KA100] YAML syntax: text after a value that has ended"),
        Arguments.of(
            "customers:\n    - a\n   - b\n",
            "3:4 [KA100] YAML syntax: a list item (\"-\") is indented differently from the lines above it"),
        Arguments.of(
            "p:\n  a: 1\n b: 2\n",
            "3:2 [KA100] YAML syntax: a key is indented differently from the lines above it"),
        Arguments.of(
            "c: [{name: Anna experience: good}]\n",
            "1:27 [KA100] YAML syntax: expected \",\" or \"}\" here, found \":\" | 1:5 opened here"),
        Arguments.of(
            "b: [round1, round2\nfeedback: x\n",
            "1:4 [KA100] YAML syntax: the \"[\" opened here is never closed | 2:9 noticed here"),
        Arguments.of(
            "title: 'open\n",
            "1:8 [KA100] YAML syntax: the quote ' opened here is never closed | 2:1 the file ends here"),
        Arguments.of(
            "title: \"open\n---\n",
            "1:8 [KA100] YAML syntax: the quote \" opened here is never closed | 2:1 a \"---\" line ends it here"),
        Arguments.of(
            "z: {" + "k".repeat(1100) + ": 1}\n",
            "1:5 [KA100] YAML syntax: the key is too long (1100 characters; at most 1024)"),
        Arguments.of(
            "? a\n: b\n- c\n",
            "3:1 [KA100] YAML syntax: a list item (\"-\") is indented differently from the lines above it"),
        Arguments.of(
            "a:\n  - b\n  c: d\n",
            "3:3 [KA100] YAML syntax: a key is indented differently from the lines above it"));
  }

  @Test
  void aTagThatDecodesToASpaceIsMalformedAtTheTag() {
    assertEquals(
        List.of("1:4 [KA100] YAML syntax: the tag \"!a%20\" is malformed: it is not a valid tag"),
        findings("a: !a%20 y\n"));
  }

  @Test
  void placesAfterAnEmojiCountItAsOneCharacter() {
    // the reader's marks count code points; an emoji is two chars in Java
    assertEquals(
        List.of(
            "1:8 [KA100] YAML syntax: the quote ' opened here is never closed | 2:1 the file ends"
                + " here"),
        findings("t: [😀, 'open\n"));
    assertEquals(
        List.of("1:10 [KA100] YAML syntax: the character U+0001 is not allowed in a YAML file"),
        findings("title: 😀 \u0001\n"));
    assertEquals(
        List.of("2:3 [KA100] YAML syntax: a tab is used for indentation"),
        findings("a:\n \t b: 1\n"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedYamlIsNamedInTheUsersWords(String yaml, String expected) {
    assertEquals(List.of(expected), findings(yaml));
  }

  @Test
  void dutchToo() {
    assertEquals(
        List.of(
            "2:16 [KA100] YAML-syntaxis: de \"{\" die hier geopend wordt, wordt nergens gesloten"
                + " | 3:12 hier opgemerkt"),
        findings("p:\n  facilitator: {name: Frank\n  customers:\n", NL));
    assertEquals(
        List.of("1:1 [KA100] YAML-syntaxis: de sleutel is te lang (2000 tekens; hoogstens 1024)"),
        findings("k".repeat(2000) + ": 1\n", NL));
  }

  @Test
  void aNonTextKeyIsAFindingAtTheKey(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.yaml"), base() + "[a, b]: 1\n");
    var r = CliRun.in(dir).run("check", "s.yaml");
    assertTrue(
        r.err().contains("s.yaml:26:1: error[KA102]: expected text, found a list"), r.toString());
  }

  @Test
  void anEmojiAtCharacter1024OfALongValueIsRead(@TempDir Path dir) throws Exception {
    // the reader takes its text in windows of 1024 characters; an emoji (two UTF-16 chars) across
    // the edge of one was "Range [1025, 1025 + 1) out of bounds for length 1025" before 3.1
    String before = "uid: ";
    String value = "x".repeat(1024 - before.length()) + "😀" + "y".repeat(100);
    Files.writeString(dir.resolve("s.yaml"), before + value + "\n" + base());
    var r = CliRun.in(dir).run("check", "s.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
  }

  @Test
  void anEmojiAnywhereAroundTheEdgesOfTheReadersWindowsIsRead() {
    for (int edge : new int[] {1024, 2048, 3072}) {
      for (int at = edge - 8; at <= edge + 8; at++) {
        String yaml = "title: " + "x".repeat(at - 7) + "😀 and more\n";
        assertEquals(List.of(), findings(yaml), "emoji at " + at);
        assertTrue(
            YamlText.compose(yaml, "s.yaml", new Findings(EN)).isPresent(), "emoji at " + at);
      }
    }
  }
}
