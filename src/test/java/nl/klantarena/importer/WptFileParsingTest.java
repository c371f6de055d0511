package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WebVTT parser against the web-platform tests' {@code webvtt/parsing/file-parsing} cases
 * (src/test/resources/wpt/webvtt, where the README says where each comes from): per case the file
 * and what the tests assert of its cues, in a plain form ({@code .expected}).
 */
class WptFileParsingTest {

  static final Path DIR = Path.of("src/test/resources/wpt/webvtt/file-parsing");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".vtt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The spec's "UTF-8 decode": a byte-order mark taken off, bad bytes U+FFFD. */
  static String utf8Decode(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\ufeff") ? s.substring(1) : s;
  }

  /** What the parser makes of a file, in the form of the {@code .expected} files. */
  static List<String> describe(String text, List<String> wanted) {
    List<WebVtt.Cue> cues = new ArrayList<>();
    boolean ok = WebVtt.parse(text, WebVtt.Mode.SPEC, cues::add);
    List<String> out = new ArrayList<>();
    if (!ok) {
      out.add("signature: refused");
      return out;
    }
    out.add("signature: ok");
    out.add("cues: " + cues.size());
    // only the properties the test asserts are compared (named in the expected file)
    for (String w : wanted) {
      if (!w.startsWith("cue ")) continue;
      String[] p = w.split(" ", 4);
      int i = Integer.parseInt(p[1]);
      if (i >= cues.size()) continue;
      WebVtt.Cue c = cues.get(i);
      String v =
          switch (p[2]) {
            case "id" -> quote(c.id());
            case "text" -> quote(c.text());
            case "start" -> seconds(c.start());
            case "end" -> seconds(c.end());
            default -> throw new AssertionError("unknown property " + p[2]);
          };
      out.add("cue " + i + " " + p[2] + " " + v);
    }
    return out;
  }

  static String seconds(long ms) {
    return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
  }

  /** A JSON string literal with every character outside printable ASCII escaped. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c == '\n') sb.append("\\n");
      else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithTheWebPlatformTests(String name) throws IOException {
    List<String> expected =
        Files.readAllLines(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList();
    String text = utf8Decode(Files.readAllBytes(DIR.resolve(name + ".vtt")));
    assertEquals(expected, describe(text, expected), name);
  }

  /**
   * What import reads agrees too: its one extension (Teams' short timings, taken when a file's
   * first timing line is in that form) changes no case, since each case's first timing line is a
   * valid one or none.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void importReadsTheSameCues(String name) throws IOException {
    String text = utf8Decode(Files.readAllBytes(DIR.resolve(name + ".vtt")));
    List<WebVtt.Cue> spec = new ArrayList<>();
    List<WebVtt.Cue> imported = new ArrayList<>();
    assertEquals(
        WebVtt.parse(text, WebVtt.Mode.SPEC, spec::add),
        WebVtt.parse(text, WebVtt.Mode.IMPORT, imported::add));
    assertEquals(spec, imported, name);
  }

  @Test
  void everyCaseHasItsExpectation() throws IOException {
    List<String> names = cases().toList();
    assertTrue(names.size() >= 40, "cases: " + names.size());
    for (String n : names) assertTrue(Files.exists(DIR.resolve(n + ".expected")), n);
  }
}
