package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code check} prints, as golden files, and the options a user reaches for first. */
class CheckOutputTest {

  static final Path FINDINGS = Path.of("src/test/resources/findings");

  private static CliRun.Result check(String... args) {
    String[] a = new String[args.length + 1];
    a[0] = "check";
    System.arraycopy(args, 0, a, 1, args.length);
    return CliRun.in(FINDINGS).run(a);
  }

  @Test
  void textWithExcerptsAndHints() {
    var r = check("KA101.yaml", "KA108.yaml", "KA203.yaml");
    assertEquals(1, r.exit(), r.toString());
    Golden.check("check/three-files.err.txt", r.err());
    Golden.check("check/three-files.out.txt", r.out());
  }

  @Test
  void json() {
    var r = check("--format", "json", "KA101.yaml", "KA203.yaml");
    assertEquals(1, r.exit(), r.toString());
    Golden.check("check/two-files.json", r.out());
  }

  @Test
  void github() {
    var r = check("--format", "github", "KA101.yaml", "KA203.yaml");
    assertEquals(1, r.exit(), r.toString());
    Golden.check("check/two-files.github.txt", r.out());
  }

  @Test
  void textInDutch() {
    var r = check("--lang", "nl", "KA101.yaml");
    assertEquals(1, r.exit(), r.toString());
    Golden.check("check/ka101.nl.err.txt", r.err());
    assertTrue(r.out().contains("1 bestand gecontroleerd"), r.toString());
  }

  /** The reproduction of an unclosed "{": it is reported where it opens, and where noticed. */
  private static final String UNCLOSED =
      """
      klantarena: 1
      title: Customer arena
      organisation: Example
      date: 2027-04-15
      participants:
        facilitator: {name: Frank White, external: true
        customers:
          - {name: Anna Green}
        staff:
          - {name: John Baker}
      """;

  @Test
  void aSecondPositionInEachFormat(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("session.yaml"), UNCLOSED);
    var text = CliRun.in(dir).run("check", "session.yaml");
    assertEquals(1, text.exit(), text.toString());
    Golden.check("check/unclosed.err.txt", text.err());
    var json = CliRun.in(dir).run("check", "--format", "json", "session.yaml");
    assertEquals(1, json.exit(), json.toString());
    Golden.check("check/unclosed.json", json.out());
    var github = CliRun.in(dir).run("check", "--format", "github", "session.yaml");
    assertEquals(1, github.exit(), github.toString());
    Golden.check("check/unclosed.github.txt", github.out());
  }

  @Test
  void strictMakesWarningsFail() {
    assertEquals(0, check("KA203.yaml").exit());
    var r = check("--strict", "KA203.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("warning[KA203]"), r.toString());
  }

  @Test
  void dutchFromTheEnvironment() {
    var r = CliRun.in(FINDINGS).env("KLANTARENA_LANG", "nl").run("check", "KA202.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error[KA202]: geen gespreksleider"), r.toString());
  }

  @Test
  void langOptionBeatsTheEnvironment() {
    var r =
        CliRun.in(FINDINGS).env("KLANTARENA_LANG", "nl").run("check", "--lang", "en", "KA202.yaml");
    assertTrue(r.err().contains("error[KA202]: no facilitator"), r.toString());
  }

  @Test
  void severalFiles() {
    var r = check("base.yaml", "KA202.yaml", "KA203.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("KA202.yaml:7:3: error[KA202]"), r.toString());
    assertTrue(r.err().contains("KA203.yaml:7:46: warning[KA203]"), r.toString());
    assertTrue(r.out().startsWith("3 files checked"), r.toString());
  }

  @Test
  void aFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sessions/old"));
    Files.copy(FINDINGS.resolve("base.yaml"), dir.resolve("sessions/a.yaml"));
    Files.copy(FINDINGS.resolve("KA202.yaml"), dir.resolve("sessions/old/b.yml"));
    Files.writeString(dir.resolve("sessions/notes.yaml"), "not: a session\n");
    var r = CliRun.in(dir).run("check", "sessions");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("sessions/old/b.yml:7:3: error[KA202]"), r.toString());
    assertTrue(r.out().startsWith("2 files checked"), r.toString());
  }

  @Test
  void initNeverOverwrites(@TempDir Path dir) throws Exception {
    for (String lang : new String[] {"nl", "en"}) {
      Path f = dir.resolve("session.yaml");
      Files.writeString(f, "mine\n");
      var r = CliRun.in(dir).run("init", "--language", lang);
      assertEquals(1, r.exit(), r.toString());
      assertTrue(r.err().contains("session.yaml"), r.toString());
      assertEquals("mine\n", Files.readString(f));
      Files.delete(f);
    }
  }

  @Test
  void initIntoAFolder(@TempDir Path dir) throws Exception {
    var r = CliRun.in(dir).run("init", "new", "--language", "en");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.readString(dir.resolve("new/session.yaml")).contains("language: en"));
    assertEquals(0, CliRun.in(dir).run("check", "--strict", "new").exit());
  }

  @Test
  void help() {
    var top = CliRun.inProject().run("--help");
    assertEquals(0, top.exit(), top.toString());
    assertTrue(top.out().contains("check"), top.toString());
    var check = CliRun.inProject().run("check", "--help");
    assertEquals(0, check.exit(), check.toString());
    assertTrue(check.out().contains("--strict"), check.toString());
    var nl = CliRun.inProject().run("check", "--help", "--lang", "nl");
    assertEquals(0, nl.exit(), nl.toString());
  }
}
