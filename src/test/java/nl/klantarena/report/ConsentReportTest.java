package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer's {@code consent} decides how the reports show them (docs/privacy.md): {@code quote}
 * by name in the staff report, {@code anonymous} under the letter's pseudonym wherever the report
 * names them, {@code none} not quoted at all: each of their notes is a line without their words or
 * name, in the staff report and in the letter even with {@code --quotes}.
 */
class ConsentReportTest {

  private static final String TODAY = "2026-11-01";

  /** The Dutch example with Fatima Ouali (consent none) and Gerard Kuipers (anonymous). */
  private static Path example(Path dir) throws Exception {
    Path src = Path.of("examples/nl");
    for (String f : new String[] {"session.yaml", "notes.csv"}) {
      Files.copy(src.resolve(f), dir.resolve(f));
    }
    String yaml = Files.readString(dir.resolve("session.yaml"));
    yaml =
        yaml.replace(
                "      aliases: [Fatima, mevrouw Ouali]\n",
                "      aliases: [Fatima, mevrouw Ouali]\n      consent: none\n")
            .replace(
                "      aliases: [Gerard, meneer Kuipers]\n",
                "      aliases: [Gerard, meneer Kuipers]\n      consent: anonymous\n")
            // a source in words that names a customer (KA511, an info) is a mention too
            .replace(
                "    source: N0002, N0003, N0007, N0032\n",
                "    source: \"ronde 1, Fatima Ouali en Thijs Verhoeven\"\n");
    Files.writeString(dir.resolve("session.yaml"), yaml);
    return dir;
  }

  @Test
  void theStaffReportQuotesByNameUnderAPseudonymOrNotAtAll(@TempDir Path tmp) throws Exception {
    Path dir = example(tmp);
    var r = CliRun.in(dir).run("report", "session.yaml", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    String md = r.out();
    // none and anonymous: their names appear nowhere, not in other people's notes nor in sources
    assertFalse(md.contains("Ouali"), md);
    assertFalse(md.contains("Kuipers"), md);
    assertFalse(md.contains("Fatima") || md.contains("Gerard"), md);
    // none: the note is there, without the words or who said them
    assertTrue(
        md.contains("- Bijdrage van een klant die niet aangehaald wil worden (ronde 1, N0016)"),
        md);
    assertFalse(md.contains("schimmel in de slaapkamer"), md);
    assertFalse(md.contains("lekkage"), md);
    // anonymous: quoted under the letter's pseudonym (the second customer of the file: B)
    assertTrue(md.contains("“Ik heb geen app. Ik wil een mens aan de telefoon.” — klant B"), md);
    assertTrue(md.contains("“Klant B, als wij u zouden terugbellen"), md);
    assertTrue(md.contains("Klant A, wat had u willen weten"), md);
    assertTrue(md.contains("ronde 1, klant A en Thijs Verhoeven"), md);
    // quote (the default): by name as before
    assertTrue(md.contains("— Eline Bos"), md);
    // every imported note is still in the report
    assertTrue(md.contains("Notities ingelezen: 36; notities getoond in dit verslag: 36."), md);
  }

  @Test
  void theJsonReportMarksAWithheldNoteAndHoldsNoneOfItsWords(@TempDir Path tmp) throws Exception {
    Path dir = example(tmp);
    var r = CliRun.in(dir).run("report", "session.yaml", "--format", "json", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    assertFalse(r.out().contains("Ouali") || r.out().contains("Kuipers"), r.out());
    assertFalse(r.out().contains("schimmel in de slaapkamer"), r.out());
    assertTrue(
        r.out()
            .replaceAll("\\s+", " ")
            .contains(
                "\"id\": \"N0016\", \"round\": 1, \"speaker\": \"een klant\", \"role\":"
                    + " \"customer\", \"theme\": \"verduurzaming\", \"kind\": \"remark\", \"text\":"
                    + " \"\", \"withheld\": true"),
        r.out());
  }

  @Test
  void theLetterNeverQuotesACustomerWithoutConsentEvenWithQuotes(@TempDir Path tmp)
      throws Exception {
    Path dir = example(tmp);
    var r =
        CliRun.in(dir)
            .run("report", "session.yaml", "--audience", "customers", "--quotes", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    assertFalse(r.out().contains("schimmel in de slaapkamer"), r.out());
    assertTrue(r.out().contains("Bijdrage van een klant die niet aangehaald wil worden"), r.out());
    assertTrue(r.out().contains("“Ik heb geen app. Ik wil een mens aan de telefoon.”"), r.out());
  }
}
