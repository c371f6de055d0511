package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.TextFiles;
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

  /**
   * Files where vtt.js departs from the WebVTT specification and the reader follows the
   * specification, with the web-platform test that says so (src/test/resources/wpt/webvtt).
   */
  static final Map<String, String> SPEC_OVER_VTTJS =
      Map.of(
          "cue-times/min-top-digits.vtt",
          "000:00.000 is no timestamp (three digits make hours, and minutes must follow):"
              + " timings-too-long",
          "cue-times/minimum-spots-over-sixty.vtt",
          "120:00.000 is no timestamp (more than 59 makes hours, and minutes must follow):"
              + " timings-too-short, timings-too-long",
          "integration/id.vtt",
          "a line \"-->\" before a timing line ends its block, and the timing line starts a cue:"
              + " arrows");

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
      TextFiles.Decoded src = TextFiles.decode(bytes, false);
      if (!src.ok()) continue;
      List<WebVtt.Cue> cues = new ArrayList<>();
      boolean ok = WebVtt.parse(src.text(), WebVtt.Mode.SPEC, cues::add);
      Path json = Path.of(f.toString().replaceAll("\\.vtt$", ".json"));
      if (!ok || !Files.exists(json)) continue;
      List<Expected> want = expected(Files.readString(json, StandardCharsets.UTF_8));
      String rel = dir.relativize(f).toString().replace('\\', '/');
      if (SPEC_OVER_VTTJS.containsKey(rel)) continue;
      compared++;
      if (want.size() != cues.size()) {
        mismatches.add(rel + ": " + cues.size() + " cues, expected " + want.size());
        continue;
      }
      for (int i = 0; i < want.size(); i++) {
        Expected e = want.get(i);
        WebVtt.Cue c = cues.get(i);
        if (Math.abs(e.start() - c.start() / 1000.0) > 0.0005
            || Math.abs(e.end() - c.end() / 1000.0) > 0.0005
            || !norm(e.text()).equals(norm(c.text()))) {
          mismatches.add(
              rel
                  + " cue "
                  + i
                  + ": ["
                  + c.start() / 1000.0
                  + " "
                  + c.end() / 1000.0
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
    return CueText.plain(cueText).replaceAll("\\s+", " ").strip();
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
