package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the YAML reader makes of text a user may write, and what it says when it cannot read it. */
class YamlTextTest {

  private static final Messages EN = Messages.of("en");
  private static final Path BASE = Path.of("src/test/resources/findings/base.yaml");

  /** The messages of the findings for {@code yaml}, as {@code line:column: [code] message}. */
  static List<String> findings(String yaml) {
    Findings f = new Findings(EN);
    YamlText.compose(yaml, "s.yaml", f);
    return f.sorted().stream()
        .map(x -> x.pos().line() + ":" + x.pos().column() + ": [" + x.code() + "] " + x.message())
        .toList();
  }

  @Test
  void anEmojiAtCharacter1024OfALongValueIsRead(@TempDir Path dir) throws Exception {
    // the reader takes its text in windows of 1024 characters; an emoji (two UTF-16 chars) across
    // the edge of one was "Range [1025, 1025 + 1) out of bounds for length 1025" before 3.1
    String before = "uid: ";
    String value = "x".repeat(1024 - before.length()) + "😀" + "y".repeat(100);
    Files.writeString(dir.resolve("s.yaml"), before + value + "\n" + Files.readString(BASE));
    var r = CliRun.in(dir).run("check", "s.yaml");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), r.toString());
  }

  @Test
  void anEmojiAnywhereAroundTheEdgesOfTheReadersWindowsIsRead() {
    for (int edge : new int[] {1024, 2048, 3072}) {
      for (int at = edge - 8; at <= edge + 8; at++) {
        String yaml = "title: " + "x".repeat(at - 7) + "😀 and more\n";
        assertEquals(List.of(), findings(yaml), "emoji at " + at);
        assertTrue(
            YamlText.compose(yaml, "s.yaml", new Findings(EN)).isPresent(), "emoji at " + at);
      }
    }
  }
}
