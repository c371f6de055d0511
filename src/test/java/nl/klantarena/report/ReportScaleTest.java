package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over many notes stays fast and grows linearly: notes are indexed by theme once, never
 * searched per theme or per action. The bounds are loose (a shared CI machine): four times the
 * notes may take up to ten times as long, where a quadratic step would take sixteen.
 */
class ReportScaleTest {

  static void notes(Path file, int n) throws Exception {
    StringBuilder b = new StringBuilder("id,time,round,speaker,role,theme,kind,text,source\n");
    String[] who = {"Margaret Hughes", "Daniel Osei", "Priya Sharma", "Helen Marsh"};
    String[] theme = {"billing", "interruptions", "contact", ""};
    for (int i = 1; i <= n; i++) {
      b.append(
          String.format(
              "N%06d,,%d,%s,%s,%s,remark,\"Note %d about the service, with Margaret and some words.\",bench:%d%n",
              i, 1 + i % 2, who[i % 4], i % 4 == 3 ? "staff" : "customer", theme[i % 4], i, i));
    }
    Files.writeString(file, b.toString());
  }

  static long millis(Path dir, String audience) {
    long t0 = System.nanoTime();
    var r =
        CliRun.in(dir)
            .run("report", "session.yaml", "--today", "2026-11-22", "--audience", audience);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(0, r.exit(), r.err());
    return ms;
  }

  @Test
  void twentyThousandNotesGrowLinearly(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(ReportCommandTest.EN), dir.resolve("session.yaml"));
    notes(dir.resolve("notes.csv"), 5_000);
    millis(dir, "staff");
    millis(dir, "customers");
    long small = millis(dir, "staff") + millis(dir, "customers");
    notes(dir.resolve("notes.csv"), 20_000);
    long big = millis(dir, "staff") + millis(dir, "customers");
    var r = CliRun.in(dir).run("report", "session.yaml", "--today", "2026-11-22");
    assertTrue(r.out().contains("Notes imported: 20000; notes shown in this report: 20000."));
    // the whole-process time is measured by bench/run; here only a bound no shared machine should
    // reach
    assertTrue(big < 20_000, "20,000 notes took " + big + " ms for both audiences");
    assertTrue(
        big < 10 * small + 1_000,
        "4x the notes took " + big + " ms against " + small + " ms: not linear");
  }
}
