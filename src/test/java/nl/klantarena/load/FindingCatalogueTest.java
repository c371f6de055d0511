package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error catalogue: one small bad input per finding code of the core bundle ({@code
 * src/test/resources/findings/<CODE>.yaml}, mostly the clean {@code base.yaml} with one fault),
 * with the findings {@code check} prints for it kept whole in {@code <CODE>.expected}: each
 * finding's line, the excerpt with its caret and the hint. Rewrite the expected files with {@code
 * -Dgolden.update=true}.
 */
class FindingCatalogueTest {

  static final Path DIR = Path.of("src/test/resources/findings");

  /**
   * Codes whose input is made by the test, not committed: too large, too deep, a folder, a device,
   * or a notes file beside the session (which every input of this folder would share).
   */
  static final Set<String> GENERATED = Set.of("KA116", "KA119", "KA125", "KA126", "KA141", "KA540");

  private static final Pattern FINDING_LINE =
      Pattern.compile("^\\S.*?: (error|warning|info)\\[KA\\d+\\]: .*");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("KA\\d+\\.yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  static List<String> findingLines(CliRun.Result r) {
    return r.err().lines().filter(l -> FINDING_LINE.matcher(l).matches()).toList();
  }

  private static CliRun.Result check(Path cwd, String... args) {
    String[] a = new String[args.length + 1];
    a[0] = "check";
    System.arraycopy(args, 0, a, 1, args.length);
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.in(cwd).run(a));
  }

  @Test
  void theBaseIsClean() {
    var r = check(DIR, "base.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of(), findingLines(r), r.toString());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachInputGivesItsFinding(String code) throws IOException {
    var r = check(DIR, code + ".yaml");
    List<String> lines = findingLines(r);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("[" + code + "]: ")),
        code + " not reported:\n" + r);
    assertEquals(
        lines.stream().anyMatch(l -> l.contains(": error[")) ? 1 : 0, r.exit(), r.toString());
    // the whole finding as check prints it: the line, the excerpt with its caret, the hint
    String actual = r.err();
    Path expected = DIR.resolve(code + ".expected");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      boolean existed = Files.exists(expected);
      Files.writeString(expected, actual);
      if (!existed) throw new AssertionError("wrote " + expected + "; review it and run again");
    }
    assertEquals(Files.readString(expected), actual, "expected " + expected);
  }

  @Test
  void tooLarge(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("big.yaml"), "title: " + "x".repeat(YamlText.MAX_BYTES) + "\n");
    var r = check(dir, "big.yaml");
    assertEquals(
        List.of("big.yaml: error[KA116]: the file is too large (5 MB; at most 4 MB)"),
        findingLines(r),
        r.toString());
  }

  @Test
  void lineTooLong(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("long.yaml"), "klantarena: 1\ntitle: " + "x".repeat(YamlText.MAX_LINE) + "\n");
    var r = check(dir, "long.yaml");
    assertEquals(
        List.of(
            "long.yaml:2:1: error[KA126]: line 2 is too long (65543 characters; at most 65536)"),
        findingLines(r),
        r.toString());
  }

  @Test
  void nestedTooDeeply(@TempDir Path dir) throws IOException {
    int depth = 200_000;
    Files.writeString(dir.resolve("deep.yaml"), "[\n".repeat(depth) + "]\n".repeat(depth));
    var r = check(dir, "deep.yaml");
    assertEquals(
        List.of("deep.yaml:101:1: error[KA119]: the YAML is nested too deeply to read"),
        findingLines(r),
        r.toString());
  }

  @Test
  void folderWithoutSessions(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("plans"));
    Files.writeString(dir.resolve("plans/readme.txt"), "no sessions here\n");
    var r = check(dir, "plans");
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        List.of("plans: error[KA125]: no session files in folder plans"),
        findingLines(r),
        r.toString());
  }

  @Test
  void actionNoteThatNoActionTakesUp(@TempDir Path dir) throws IOException {
    Files.copy(DIR.resolve("base.yaml"), dir.resolve("session.yaml"));
    Files.writeString(
        dir.resolve("notes.csv"),
        "id,time,round,speaker,role,theme,kind,text,source,owner,due\n"
            + "N0001,,1,Anna Green,customer,service,remark,I waited an hour.,notes.txt:2,,\n"
            + "N0002,,3,John Baker,staff,service,action,Call back within a day,notes.txt:5,John"
            + " Baker,2027-06-01\n");
    var r = check(dir, "session.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        List.of(
            "notes.csv:3:1: info[KA540]: action note N0002 \"Call back within a day\" (John Baker)"
                + " is not yet an action of the session"),
        r.err().lines().filter(l -> l.contains("[KA")).toList(),
        r.toString());
  }

  @Test
  void notARegularFile(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
    var r = check(dir, zero.toString());
    assertEquals(
        List.of(
            "/dev/zero: error[KA141]: the file cannot be read: it is not a regular file (a pipe, a"
                + " device or a socket), and is not read"),
        findingLines(r),
        r.toString());
  }

  @Test
  void everyCoreCodeHasAnInput() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        FindingCatalogueTest.class.getResourceAsStream("/nl/klantarena/messages/core.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> codes = new TreeSet<>();
    for (String k : p.stringPropertyNames())
      if (k.matches("KA\\d+\\.severity")) codes.add(k.substring(0, 5));
    Set<String> covered = new TreeSet<>(cases().toList());
    covered.addAll(GENERATED);
    Set<String> missing = new TreeSet<>(codes);
    missing.removeAll(covered);
    assertEquals(Set.of(), missing, "core codes without a catalogue input");
    Set<String> stray = new TreeSet<>(covered);
    stray.removeAll(codes);
    assertEquals(Set.of(), stray, "catalogue inputs for codes that are not core codes");
  }
}
