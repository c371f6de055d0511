package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.Main;
import nl.klantarena.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2: imports into one notes file at the same time, each in a Java process of its own
 * (as two people or two CI jobs would run them), lose no note, and what each one says it did is
 * true.
 */
@Slow
class ConcurrentImportTest {

  private static final List<String> FILES =
      List.of("teams.vtt", "zoom.vtt", "ronde2.srt", "notities.txt", "sheet-en.csv");

  private static final Pattern NUMBER = Pattern.compile("\"(added|total)\": (\\d+)");

  @Test
  void importsAtOnceInSeparateProcessesLoseNoNote(@TempDir Path dir) throws Exception {
    ImportCommandTest.world(dir, FILES.toArray(String[]::new));
    List<int[]> first = importAll(dir);
    List<String> rows = Files.readAllLines(dir.resolve("notes.csv"), StandardCharsets.UTF_8);
    int total = rows.size() - 1;
    int added = 0;
    for (int i = 0; i < FILES.size(); i++) {
      String file = FILES.get(i);
      long mine = rows.stream().filter(r -> r.contains("," + file + ":")).count();
      assertEquals(mine, first.get(i)[0], file + " says it added what the file holds of it");
      added += first.get(i)[0];
    }
    assertEquals(total, added, "every note is there:\n" + String.join("\n", rows));
    // each run said how many notes the file held after it wrote: one after the other
    TreeMap<Integer, Integer> byTotal = new TreeMap<>();
    for (int[] r : first) byTotal.put(r[1], r[0]);
    assertEquals(FILES.size(), byTotal.size(), "each run wrote a file of its own size");
    int sum = 0;
    for (var e : byTotal.entrySet()) {
      sum += e.getValue();
      assertEquals(sum, e.getKey(), "each run read what the runs before it wrote: " + byTotal);
    }
    Set<String> ids = new HashSet<>();
    for (String r : rows.subList(1, rows.size())) ids.add(r.substring(0, r.indexOf(',')));
    assertEquals(total, ids.size(), "no id twice");

    // and again, all at once: nothing is added, and the file stays as it was
    List<int[]> again = importAll(dir);
    for (int[] r : again) assertEquals(0, r[0]);
    for (int[] r : again) assertEquals(total, r[1]);
    assertEquals(rows, Files.readAllLines(dir.resolve("notes.csv"), StandardCharsets.UTF_8));
  }

  /** Starts one import per file at once, each a process; per file its added and total. */
  private static List<int[]> importAll(Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> running = new ArrayList<>();
    List<Path> outs = new ArrayList<>();
    for (String f : FILES) {
      Path out = Files.createTempFile(dir.getParent(), "import-" + f, ".json");
      outs.add(out);
      List<String> cmd = new ArrayList<>();
      cmd.addAll(
          List.of(
              java,
              "-Xshare:auto",
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName(),
              "import",
              "session.yaml",
              f,
              "--format",
              "json",
              "--lang",
              "en"));
      if (f.endsWith(".vtt")) cmd.addAll(List.of("--recording-start", "15:30"));
      ProcessBuilder pb =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("NO_COLOR", "1");
      running.add(pb.start());
    }
    List<int[]> results = new ArrayList<>();
    for (int i = 0; i < running.size(); i++) {
      Process p = running.get(i);
      assertTrue(p.waitFor(180, TimeUnit.SECONDS), FILES.get(i) + " did not end");
      String json = Files.readString(outs.get(i));
      assertEquals(0, p.exitValue(), FILES.get(i) + ":\n" + json);
      int[] r = new int[2];
      Matcher m = NUMBER.matcher(json);
      while (m.find()) r[m.group(1).equals("added") ? 0 : 1] = Integer.parseInt(m.group(2));
      results.add(r);
      Files.delete(outs.get(i));
    }
    return results;
  }
}
