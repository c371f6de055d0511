package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates folder that klantarena.yaml names is used by invite and report for every session
 * below it (report ignored it once).
 */
class SeriesTemplatesTest {

  /** A copy of the example series in {@code dir}, its defaults naming the folder sjablonen/. */
  private static void series(Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Path src = Path.of("examples/series");
    try (var walk = Files.walk(src)) {
      for (Path p : walk.toList()) {
        Path to = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    Files.writeString(
        dir.resolve("klantarena.yaml"),
        Files.readString(dir.resolve("klantarena.yaml")) + "templates: sjablonen\n");
    Files.createDirectories(dir.resolve("sjablonen"));
  }

  @Test
  void inviteUsesTheSeriesTemplatesFolder(@TempDir Path dir) throws Exception {
    series(dir);
    Files.writeString(
        dir.resolve("sjablonen/invite-customer.subject.txt.mustache"), "Onderwerp van de reeks\n");
    var r = CliRun.in(dir).run("invite", "2026-09-najaar/session.yaml", "--out", "out");
    assertEquals(0, r.exit(), r.toString());
    String csv = Files.readString(dir.resolve("out/invitations.csv"));
    assertTrue(csv.contains("Onderwerp van de reeks"), csv);
  }

  @Test
  void reportUsesTheSeriesTemplatesFolder(@TempDir Path dir) throws Exception {
    series(dir);
    Files.writeString(
        dir.resolve("sjablonen/report-staff.md.mustache"), "# Verslag van de reeks: {{title}}\n");
    var r = CliRun.in(dir).run("report", "2026-09-najaar/session.yaml", "--today", "2026-11-22");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("# Verslag van de reeks: Klantarena najaar 2026\n", r.out());
    // a folder beside the session comes first, as for invite
    Files.createDirectories(dir.resolve("2026-09-najaar/templates"));
    Files.writeString(
        dir.resolve("2026-09-najaar/templates/report-staff.md.mustache"), "# Eigen: {{title}}\n");
    r = CliRun.in(dir).run("report", "2026-09-najaar/session.yaml", "--today", "2026-11-22");
    assertEquals("# Eigen: Klantarena najaar 2026\n", r.out(), r.toString());
  }
}
