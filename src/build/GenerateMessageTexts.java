import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A build step (run by the build with Java's source launcher, before the tool is compiled): turns
 * the message bundles, {@code nl/klantarena/messages/*.properties}, into one class of the tool,
 * {@code nl.klantarena.finding.MessageTexts}, so that a run takes its texts from the class (in the
 * start-up archive) instead of opening the jar and parsing the files. The bundles stay the one
 * place where texts are written; the class is made from them at every build.
 *
 * <p>Usage: {@code java GenerateMessageTexts.java MESSAGES_DIR GENERATED_SOURCES_DIR}
 */
public final class GenerateMessageTexts {

  private GenerateMessageTexts() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1], "nl", "klantarena", "finding", "MessageTexts.java");
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(in)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (f.endsWith(".properties"))
          names.add(f.substring(0, f.length() - ".properties".length()));
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("package nl.klantarena.finding;\n\n");
    s.append(
        "/**\n * The message bundles (nl/klantarena/messages/*.properties) as code, made by the build");
    s.append(" from those\n * files (src/build/GenerateMessageTexts.java): do not edit.\n */\n");
    s.append("final class MessageTexts {\n\n  private MessageTexts() {}\n\n");
    s.append(
        "  /** The keys and texts of bundle file {@code name} (\"core_en\"), in turn; null if none. */\n");
    s.append("  static String[] of(String name) {\n    switch (name) {\n");
    for (int i = 0; i < names.size(); i++) {
      s.append("      case \"")
          .append(names.get(i))
          .append("\":\n        return b")
          .append(i)
          .append("();\n");
    }
    s.append("      default:\n        return null;\n    }\n  }\n");
    for (int i = 0; i < names.size(); i++) {
      Properties p = new Properties();
      try (Reader r =
          Files.newBufferedReader(
              in.resolve(names.get(i) + ".properties"), StandardCharsets.UTF_8)) {
        p.load(r);
      }
      s.append("\n  private static String[] b")
          .append(i)
          .append("() {\n    return new String[] {\n");
      for (String k : new TreeSet<>(p.stringPropertyNames())) {
        s.append("      ")
            .append(literal(k))
            .append(", ")
            .append(literal(p.getProperty(k)))
            .append(",\n");
      }
      s.append("    };\n  }\n");
    }
    s.append("}\n");
    Files.createDirectories(out.getParent());
    String text = s.toString();
    // unchanged bundles leave the file as it was, so that the compiler sees nothing new
    if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).equals(text)) return;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(text);
    }
  }

  /** A Java string literal in ASCII. */
  private static String literal(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
