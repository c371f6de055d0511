package nl.klantarena.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Loader;
import nl.klantarena.load.SessionFiles;
import nl.klantarena.report.Audience;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.CpuTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over a whole series is linear in the number of sessions: every file is read once per run
 * (the loader's cache), and each earlier session is counted once for the trends of all the sessions
 * after it, its action owners indexed once. Before, each session read the whole series again (200
 * sessions took 27 s). The series has the shape of {@code bench/gen-series.sh}: the Dutch example
 * once a week, with a {@code klantarena.yaml} on top.
 */
class SeriesScaleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final Pattern DUE = Pattern.compile("(?m)^(\\s*due: )(\\d{4}-\\d{2}-\\d{2})");

  @TempDir Path dir;

  /** {@code n} weekly copies of the Dutch example below {@code root}, as gen-series.sh makes. */
  static Path series(Path root, int n) throws Exception {
    String example = Files.readString(Path.of("examples/nl/session.yaml"));
    Matcher m = Pattern.compile("(?m)^date: (\\S+)").matcher(example);
    assertTrue(m.find(), "the example has a date");
    LocalDate base = LocalDate.parse(m.group(1));
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve("klantarena.yaml"), "klantarena: 1\n");
    for (int i = 0; i < n; i++) {
      LocalDate d = LocalDate.of(2020, 1, 6).plusWeeks(i);
      long shift = d.toEpochDay() - base.toEpochDay();
      String t =
          example
              .replaceFirst("(?m)^date: .*", "date: " + d)
              .replaceFirst("(?m)^title: (.*)", "title: $1 " + i);
      t = DUE.matcher(t).replaceAll(x -> x.group(1) + LocalDate.parse(x.group(2)).plusDays(shift));
      if (i < n - 26) t = t.replaceAll("(?m)^(\\s*status: )open$", "$1done");
      Path f = root.resolve("s" + i + "/session.yaml");
      Files.createDirectories(f.getParent());
      Files.writeString(f, t);
    }
    return root;
  }

  @Test
  void everyFileOfASeriesIsReadOnce() throws Exception {
    Path root = series(dir, 30);
    Loader loader = new Loader(root, Messages.of("en"));
    ReportSeries reports = new ReportSeries(loader, TODAY);
    List<SessionFiles.Found> found = loader.sessionsBelow(root);
    assertEquals(30, found.size());
    int carried = 0;
    for (SessionFiles.Found f : found) {
      Checked c = Checked.of(loader, f.path(), f.path().toString(), new CheckContext(TODAY, false));
      var o = reports.options(c.usable().orElseThrow(), null, Audience.STAFF);
      carried = o.carried().size();
    }
    assertTrue(carried > 0, "the last session carries actions over");
    Map<Path, Integer> reads = loader.timesRead();
    for (SessionFiles.Found f : found) assertTrue(reads.containsKey(loader.key(f.path())));
    assertTrue(reads.containsKey(loader.key(root.resolve("klantarena.yaml"))));
    // every session, the defaults file, and the notes file (none here) of every session: of each
    // earlier one for the series, of each one for its actions' sources (KA510) and for the action
    // notes that no action takes up (KA540)
    assertEquals(30 + 1 + 30, reads.size(), reads.keySet().toString());
    for (var e : reads.entrySet()) assertEquals(1, e.getValue(), e.getKey() + " read again");
    // the owners of an earlier session are indexed once, not again for every later report (which
    // made 1,000 sessions take 77 s): at most once per session
    assertTrue(
        loader.ownerIndexesBuilt() <= found.size(),
        loader.ownerIndexesBuilt() + " owner indexes for " + found.size() + " sessions");
  }

  @Test
  void aReportOverFourTimesTheSessionsTakesAboutFourTimesTheWork() throws Exception {
    Path small = series(dir.resolve("small"), 10);
    Path large = series(dir.resolve("large"), 40);
    double ratio = CpuTime.ratio(() -> report(small), () -> report(large), 2, 3);
    System.out.printf("SeriesScaleTest: report, 4x the sessions: %.1fx the CPU time%n", ratio);
    // linear is 4; a session reading the series again (as before) is 16 and more
    assertTrue(ratio < 8, "4x the sessions took " + ratio + "x the CPU time");
  }

  private static void report(Path root) {
    CliRun.Result r = CliRun.in(root).run("report", ".", "--today", TODAY.toString());
    assertEquals(0, r.exit(), r::toString);
  }
}
