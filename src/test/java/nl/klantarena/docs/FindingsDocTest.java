package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding code a user can meet is explained in docs/findings.md: a heading {@code ### KAnnn
 * name (severity)} per code, true to the code's bundle. A new code without its section fails here,
 * naming the heading to write.
 */
class FindingsDocTest {

  private static final Path MESSAGES = Path.of("src/main/resources/nl/klantarena/messages");
  private static final Path DOC = Path.of("docs/findings.md");
  private static final Pattern SEVERITY_KEY = Pattern.compile("(KA\\d{3})\\.severity");
  private static final Pattern HEADING_CODE = Pattern.compile("^#+ .*?\\b(KA\\d{3})\\b.*$");

  record Code(String code, String name, String severity, String bundle) {
    String heading() {
      return "### " + code + " " + name + " (" + severity + ")";
    }
  }

  /** Every code with {@code KAnnn.severity=} in a bundle's base file (not the _en/_nl texts). */
  static Map<String, Code> codes() throws IOException {
    Map<String, Code> out = new TreeMap<>();
    List<Path> bundles = new ArrayList<>();
    try (Stream<Path> s = Files.list(MESSAGES)) {
      s.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties"))
          .sorted()
          .forEach(bundles::add);
    }
    for (Path b : bundles) {
      Properties props = new Properties();
      try (Reader r = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
        props.load(r);
      }
      for (String key : props.stringPropertyNames()) {
        Matcher m = SEVERITY_KEY.matcher(key);
        if (!m.matches()) continue;
        String code = m.group(1);
        out.put(
            code,
            new Code(
                code,
                props.getProperty(code + ".name", "").strip(),
                props.getProperty(key).strip(),
                b.getFileName().toString()));
      }
    }
    return out;
  }

  static Map<String, String> headings() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = HEADING_CODE.matcher(line);
      if (m.matches()) out.putIfAbsent(m.group(1), line.strip());
    }
    return out;
  }

  @Test
  void everyCodeHasItsSection() throws IOException {
    Map<String, Code> codes = codes();
    assertTrue(codes.size() >= 40, "codes found: " + codes.keySet());
    Map<String, String> headings = headings();
    List<String> missing = new ArrayList<>();
    for (Code c : codes.values()) {
      String h = headings.get(c.code());
      if (h == null || !h.equals(c.heading())) {
        missing.add(
            c.bundle()
                + " "
                + c.code()
                + ": write the heading \""
                + c.heading()
                + "\""
                + (h == null ? "" : " (found \"" + h + "\")"));
      }
    }
    assertEquals(List.of(), missing, "docs/findings.md needs a section per finding code");
  }

  @Test
  void everyDocumentedCodeExists() throws IOException {
    Map<String, Code> codes = codes();
    List<String> stale = headings().keySet().stream().filter(c -> !codes.containsKey(c)).toList();
    assertEquals(List.of(), stale, "docs/findings.md documents codes that no bundle has");
  }
}
