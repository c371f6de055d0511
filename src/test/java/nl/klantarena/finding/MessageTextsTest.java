package nl.klantarena.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The class the build makes from the message bundles ({@code src/build/GenerateMessageTexts.java})
 * holds every bundle file, each key with exactly the text the file gives it: quotes, backslashes,
 * line breaks and every non-ASCII letter survive the trip through Java source.
 */
class MessageTextsTest {

  @Test
  void everyBundleFileIsInTheClassWithTheSameTexts() throws IOException {
    Path dir = Path.of("src/main/resources/nl/klantarena/messages");
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
    }
    assertTrue(files.size() >= 29, "bundle files found: " + files.size());
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".properties", "");
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> expected = new HashMap<>();
      for (String k : p.stringPropertyNames()) expected.put(k, p.getProperty(k));
      String[] pairs = MessageTexts.of(name);
      assertNotNull(pairs, name + " is not in MessageTexts");
      Map<String, String> actual = new HashMap<>();
      for (int i = 0; i < pairs.length; i += 2) actual.put(pairs[i], pairs[i + 1]);
      assertEquals(expected, actual, name);
    }
  }

  @Test
  void aBundleThatDoesNotExistIsNotInTheClass() {
    assertEquals(null, MessageTexts.of("nosuchbundle_en"));
  }
}
