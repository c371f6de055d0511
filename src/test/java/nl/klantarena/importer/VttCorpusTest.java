package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.testing.Outside;
import org.junit.jupiter.api.Test;

/**
 * The WebVTT reader against the vtt.js corpus: no file may crash it, and where it reads a file
 * without an error, its cues (times and text, markup aside) are the ones vtt.js expects.
 */
class VttCorpusTest {

  record Expected(double start, double end, String text) {}

  private static final Pattern CUE =
      Pattern.compile(
          "\"endTime\":\\s*([-0-9.eE]+).*?\"startTime\":\\s*([-0-9.eE]+).*?\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
          Pattern.DOTALL);

  /**
   * The corpus folder: in CI ({@code CI=true}, as {@code .ci/run} runs) it must be there, or the
   * test fails; on a developer's machine without it (a clone on its own has no {@code ../shared})
   * the test is reported as skipped, with where it looked.
   */
  static Path corpus() {
    Path dir =
        Outside.required(
            "klantarena.vttCorpus", "the WebVTT corpus", "../shared/corpus/webvtt-vttjs");
    assertTrue(
        Files.isDirectory(dir), "the WebVTT corpus is not a folder: " + dir.toAbsolutePath());
    return dir;
  }

  @Test
  void corpusReadsLikeVttJs() throws Exception {
    Path dir = corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".vtt")).sorted().toList();
    }
    assertTrue(files.size() > 200, "expected the whole corpus, found " + files.size());
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      Findings whole = new Findings(Messages.of("en"));
      Readers.read(
          f.getFileName().toString(), bytes, whole, new DueDates(null, null)); // must not throw
      Findings fs = new Findings(Messages.of("en"));
      Source src = Source.of(f.toString(), bytes);
      if (src.binary()) continue;
      List<Cues.Cue> cues = Cues.parse(Lines.of(src.text()), false, f.toString(), fs);
      Path json = Path.of(f.toString().replaceAll("\\.vtt$", ".json"));
      if (fs.hasErrors() || !Files.exists(json)) continue;
      List<Expected> want = expected(Files.readString(json, StandardCharsets.UTF_8));
      compared++;
      String rel = dir.relativize(f).toString();
      if (want.size() != cues.size()) {
        mismatches.add(rel + ": " + cues.size() + " cues, expected " + want.size());
        continue;
      }
      for (int i = 0; i < want.size(); i++) {
        Expected e = want.get(i);
        Cues.Cue c = cues.get(i);
        if (Math.abs(e.start() - c.start()) > 0.0005
            || Math.abs(e.end() - c.end()) > 0.0005
            || !norm(e.text()).equals(norm(c.text()))) {
          mismatches.add(
              rel
                  + " cue "
                  + i
                  + ": ["
                  + c.start()
                  + " "
                  + c.end()
                  + " "
                  + norm(c.text())
                  + "] expected ["
                  + e.start()
                  + " "
                  + e.end()
                  + " "
                  + norm(e.text())
                  + "]");
        }
      }
    }
    assertTrue(compared > 100, "too few corpus files read without error: " + compared);
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + compared + " files differ");
  }

  static String norm(String cueText) {
    return Cues.plain(cueText).replaceAll("\\s+", " ").strip();
  }

  static List<Expected> expected(String json) {
    List<Expected> out = new ArrayList<>();
    int cues = json.indexOf("\"cues\"");
    int regions = json.indexOf("\"regions\"");
    String body = json.substring(Math.max(0, cues), regions > cues ? regions : json.length());
    // each cue object on its own: keys come in alphabetical order in these files
    for (String obj : body.split("\\}\\s*,\\s*\\{")) {
      Matcher m = CUE.matcher(obj);
      if (m.find())
        out.add(
            new Expected(
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(1)),
                unescape(m.group(3))));
    }
    return out;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }
}
