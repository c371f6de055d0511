package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of issue 2: each ends in exit 1 (2 for usage and unreadable paths) with a finding
 * naming the file, and line:column where there is one; never a stack trace, never a hang.
 */
class BadInputTest {

  @TempDir Path dir;

  private CliRun.Result check(String name, byte[] content) throws Exception {
    Files.write(dir.resolve(name), content);
    return checkArgs(name);
  }

  private CliRun.Result check(String name, String content) throws Exception {
    return check(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private CliRun.Result checkArgs(String... paths) {
    String[] args = new String[paths.length + 1];
    args[0] = "check";
    System.arraycopy(paths, 0, args, 1, paths.length);
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.in(dir).run(args));
  }

  /** Exit 1 and a finding line {@code file:line:col: error[code]}; no trace. */
  private static void finding(CliRun.Result r, String fileLineCol, String code) {
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains(fileLineCol + ": error[" + code + "]"), r.toString());
    noTrace(r);
  }

  private static void noTrace(CliRun.Result r) {
    assertFalse(r.err().contains("\tat "), r.toString());
    assertFalse(r.err().contains("Exception"), r.toString());
    assertFalse(r.out().contains("\tat "), r.toString());
  }

  @Test
  void missingFile() {
    var r = checkArgs("missing.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("missing.yaml"), r.toString());
    noTrace(r);
  }

  @Test
  void folderWithoutSessions() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("empty/notes.txt"), "nothing");
    var r = checkArgs("empty");
    assertTrue(r.exit() == 1 || r.exit() == 2, r.toString());
    assertTrue(r.err().contains("empty"), r.toString());
    noTrace(r);
  }

  @Test
  void emptyFile() throws Exception {
    finding(check("s.yaml", ""), "s.yaml:1:1", "KA117");
  }

  @Test
  void onlyAComment() throws Exception {
    finding(check("s.yaml", "# just a comment\n"), "s.yaml:1:1", "KA117");
  }

  @Test
  void listAtRoot() throws Exception {
    finding(check("s.yaml", "- a\n- b\n"), "s.yaml:1:1", "KA102");
  }

  @Test
  void scalarAtRoot() throws Exception {
    finding(check("s.yaml", "hello\n"), "s.yaml:1:1", "KA102");
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] b = "title: ab\n".getBytes(StandardCharsets.UTF_8);
    b[8] = (byte) 0xC3; // a lead byte followed by a newline
    finding(check("s.yaml", b), "s.yaml:1:9", "KA115");
  }

  @Test
  void nulBytes() throws Exception {
    finding(check("s.yaml", "title: a\nx: b\0c\n"), "s.yaml:2:5", "KA115");
  }

  @Test
  void tabsInIndentation() throws Exception {
    var r = check("s.yaml", "klantarena: 1\nlocation:\n\tname: x\n");
    finding(r, "s.yaml:3:1", "KA100");
  }

  @Test
  void duplicateKeys() throws Exception {
    var r = check("s.yaml", "klantarena: 1\ntitle: a\ntitle: b\n");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s.yaml:3:1: error[KA112]"), r.toString());
    noTrace(r);
  }

  @Test
  void globalTagIsNeverInstantiated() throws Exception {
    // were the tag constructed, URL would resolve the host; composing never constructs
    var r =
        check("s.yaml", "klantarena: 1\ntitle: !!java.net.URL [\"http://unreachable.invalid/\"]\n");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s.yaml:2:8:"), r.toString());
    noTrace(r);
  }

  @Test
  void billionLaughs() throws Exception {
    StringBuilder y =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ",").append('*').append(p);
      y.append("]\n");
    }
    var r = check("s.yaml", y.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s.yaml:"), r.toString());
    noTrace(r);
  }

  @Test
  void deepBrackets() throws Exception {
    String y = "a: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    var r = check("s.yaml", y);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s.yaml:1:"), r.toString());
    noTrace(r);
  }

  @Test
  void fourBytes() throws Exception {
    var r = check("s.yaml", "!F%F");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("s.yaml:1:"), r.toString());
    noTrace(r);
  }

  @Test
  void fortyMegabytes() throws Exception {
    byte[] b = new byte[40 * 1024 * 1024];
    Arrays.fill(b, (byte) '#');
    for (int i = 79; i < b.length; i += 80) b[i] = '\n';
    finding(check("s.yaml", b), "s.yaml", "KA116");
  }

  @Test
  void fiveMegabyteLine() throws Exception {
    String y = "title: " + "x".repeat(5 * 1024 * 1024) + "\n";
    finding(check("s.yaml", y), "s.yaml", "KA116");
  }

  @Test
  void aLongLineUnderTheSizeCapIsRefusedQuickly() throws Exception {
    // the YAML reader takes quadratic time on a long line: a 3 MB one took over 10 s
    String y = "klantarena: 1\ntitle: " + "x".repeat(3 * 1024 * 1024) + "\n";
    var r = check("s.yaml", y);
    finding(r, "s.yaml:2:1", "KA126");
    assertTrue(r.err().length() < 10_000, "stderr is " + r.err().length() + " chars");
  }

  @Test
  void aDeviceWithoutEndIsNeverRead() {
    if (!Files.isReadable(Path.of("/dev/zero"))) return;
    var r = checkArgs("/dev/zero");
    finding(r, "/dev/zero", "KA141");
    assertTrue(r.err().contains("it is not a regular file"), r.toString());
  }

  @Test
  void aFileJustOverTheLimitSaysItsRealSizeRoundedUp() throws Exception {
    byte[] b = new byte[40 * 1024 * 1024 + 1];
    Arrays.fill(b, (byte) '#');
    var r = check("s.yaml", b);
    assertTrue(r.err().contains("(41 MB; at most 4 MB)"), r.toString());
  }

  @Test
  void aMissingOrMisspelledSectionIsOneFindingNotACascade() throws Exception {
    String base =
        String.join(
            "\n",
            "klantarena: 1",
            "title: T",
            "organisation: O",
            "language: en",
            "date: 2027-04-15",
            "themes:",
            "  - {id: a, title: A, questions: [Q?]}",
            "");
    var missing = check("s.yaml", base);
    assertEquals(1, missing.exit(), missing.toString());
    assertTrue(
        missing.err().contains("error[KA103]: missing required key \"participants\""),
        missing.toString());
    assertFalse(
        missing.err().contains("KA202")
            || missing.err().contains("KA205")
            || missing.err().contains("KA201"),
        missing.toString());
    var typo = check("t.yaml", base + "particpants:\n  facilitator: {name: F, external: true}\n");
    assertTrue(
        typo.err()
            .contains("error[KA101]: unknown key \"particpants\"; did you mean \"participants\"?"),
        typo.toString());
    assertFalse(
        typo.err().contains("missing required key \"participants\"")
            || typo.err().contains("KA202"),
        typo.toString());
  }
}
