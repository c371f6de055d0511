package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Links between the README and the pages under docs/ lead somewhere: every relative link names a
 * file that exists and, with a {@code #fragment}, a heading of that page (as GitHub makes anchors).
 */
class DocsLinksTest {

  /**
   * Pages the index already links to that other work writes. A link to one of these may point
   * nowhere yet; once the page exists its anchors are checked like any other.
   */
  private static final Set<String> ANNOUNCED =
      Set.of(
          "docs/ci.md",
          "docs/performance.md",
          "docs/templates.md",
          "docs/commands/plan.md",
          "docs/commands/invite.md",
          "docs/commands/import.md",
          "docs/commands/report.md",
          "docs/commands/actions.md");

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");

  static List<Path> pages() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("README.md"));
    try (Stream<Path> s = Files.walk(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    return out;
  }

  @Test
  void relativeLinksAndAnchorsResolve() throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> pages = pages();
    assertTrue(pages.size() >= 6, pages.toString());
    for (Path page : pages) {
      String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) continue; // https:, mailto:
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
        String key = resolved.toString().replace('\\', '/');
        if (!Files.exists(resolved)) {
          if (!ANNOUNCED.contains(key)) broken.add(page + ": " + target + " (no such file)");
          continue;
        }
        if (!anchor.isEmpty() && key.endsWith(".md") && !anchors(resolved).contains(anchor)) {
          broken.add(page + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /** The anchors GitHub gives the headings of a page. */
  static Set<String> anchors(Path page) throws IOException {
    Set<String> out = new HashSet<>();
    String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
    for (String line : text.lines().toList()) {
      if (!line.startsWith("#")) continue;
      String h = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
      String slug = h.replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-');
      String unique = slug;
      for (int i = 1; !out.add(unique); i++) unique = slug + "-" + i;
    }
    return out;
  }
}
