package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cue text parser against the web-platform tests' {@code webvtt/parsing/cue-text-parsing} cases
 * ({@code .dat} files: the cue text, then the tree it must give, one node a line). As in those
 * tests, the text is the first cue of a file and the tree is printed as a browser's {@code
 * getCueAsHTML()} would give it.
 */
class WptCueTextTest {

  static final Path DIR = Path.of("src/test/resources/wpt/webvtt/cue-text-parsing");

  record Case(String file, int number, String input, String expected) {}

  static List<Case> all() throws IOException {
    List<Case> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      int number = 0;
      for (String block : text.split("(?m)^(?=#data\\n)")) {
        if (!block.startsWith("#data\n")) continue;
        int errors = block.indexOf("\n#errors\n");
        String input = block.substring("#data\n".length(), errors);
        String tree = block.substring(errors + "\n#errors\n".length()).strip();
        out.add(
            new Case(
                f.getFileName().toString(), ++number, unescape(input), unescape(tree).strip()));
      }
    }
    return out;
  }

  static Stream<Arguments> cases() throws IOException {
    return all().stream().map(c -> Arguments.of(c.file() + " #" + c.number(), c));
  }

  /** The escapes the .dat files use: {@code \n}, {@code \t}, {@code \xHH}, {@code \\uHHHH}. */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char k = s.charAt(i + 1);
      switch (k) {
        case 'n' -> {
          sb.append('\n');
          i++;
        }
        case 't' -> {
          sb.append('\t');
          i++;
        }
        case 'x' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
          i += 3;
        }
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 5;
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The tree of the first cue of a file whose cue text is {@code input}, as the tests print it. */
  static String tree(String input) {
    List<WebVtt.Cue> cues = new ArrayList<>();
    WebVtt.parse("WEBVTT\n\n00:00.000 --> 00:01.000\n" + input, WebVtt.Mode.SPEC, cues::add);
    List<String> lines = new ArrayList<>();
    lines.add("#document-fragment");
    for (CueText.Node n : CueText.parse(cues.get(0).text()).children) print(n, 1, lines);
    return String.join("\n", lines);
  }

  private static void print(CueText.Node n, int depth, List<String> lines) {
    String indent = " ".repeat(2 * depth - 1);
    switch (n.kind) {
      case TEXT -> lines.add("|" + indent + "\"" + n.value + "\"");
      case TIMESTAMP ->
          lines.add(
              "|" + indent + "<?timestamp " + Timestamps.format(Long.parseLong(n.value)) + ">");
      default -> {
        String element =
            switch (n.kind) {
              case ITALIC -> "i";
              case BOLD -> "b";
              case UNDERLINE -> "u";
              case RUBY -> "ruby";
              case RUBY_TEXT -> "rt";
              default -> "span";
            };
        lines.add("|" + indent + "<" + element + ">");
        String attr = " ".repeat(2 * depth + 1);
        if (!n.classes.isEmpty())
          lines.add("|" + attr + "class=\"" + String.join(" ", n.classes) + "\"");
        if (n.kind == CueText.Kind.LANGUAGE) lines.add("|" + attr + "lang=\"" + n.value + "\"");
        if (n.kind == CueText.Kind.VOICE) lines.add("|" + attr + "title=\"" + n.value + "\"");
        for (CueText.Node c : n.children) print(c, depth + 1, lines);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithTheWebPlatformTests(String name, Case c) {
    assertEquals(c.expected(), tree(c.input()), name + ": " + c.input());
  }

  @Test
  void allCasesAreThere() throws IOException {
    assertEquals(77, all().size());
  }
}
