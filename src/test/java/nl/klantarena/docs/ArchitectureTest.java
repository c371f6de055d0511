package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, read from the sources: the packages' imports point one way (no
 * cycle), picocli stays in {@code cli}, nothing but the entry points touches the process's streams,
 * environment or exit, and code names the classes it uses through imports, never inline ({@code
 * java.util.List} or {@code nl.klantarena.load.Loader} in a line of code hides a dependency).
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path[] ALL = {MAIN, Path.of("src/test/java")};
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?nl\\.klantarena\\.([a-z.]+?)\\.[A-Z]");
  private static final Pattern INLINE =
      Pattern.compile("(?<![\\w.])(?:nl\\.klantarena|java|javax)(?:\\.[a-z]\\w*)+\\.([A-Z]\\w*)");
  private static final Pattern SYSTEM =
      Pattern.compile("\\bSystem\\.(?:out|err|in|exit|getenv|console|setOut|setErr)\\b");

  /** Every Java file below {@code root}, by its path. */
  private static Map<Path, String> sources(Path root) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        files.put(p, Files.readString(p));
      }
    }
    return files;
  }

  /** The package of a main source file, below {@code nl.klantarena} ("" for the top). */
  private static String packageOf(Path file) {
    Path rel = MAIN.resolve("nl/klantarena").relativize(file.getParent());
    return rel.toString().replace('/', '.');
  }

  /**
   * The code of a file without its comments, string and character literals and text blocks, and
   * without its package and import lines: what is left names classes only where code uses them.
   */
  static String code(String java) {
    StringBuilder b = new StringBuilder(java.length());
    int i = 0;
    while (i < java.length()) {
      if (java.startsWith("\"\"\"", i)) {
        int end = java.indexOf("\"\"\"", i + 3);
        i = end < 0 ? java.length() : end + 3;
        b.append("\"\"");
      } else if (java.startsWith("//", i)) {
        int end = java.indexOf('\n', i);
        i = end < 0 ? java.length() : end;
      } else if (java.startsWith("/*", i)) {
        int end = java.indexOf("*/", i + 2);
        i = end < 0 ? java.length() : end + 2;
        b.append(' ');
      } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
        char q = java.charAt(i);
        int j = i + 1;
        while (j < java.length() && java.charAt(j) != q && java.charAt(j) != '\n') {
          j += java.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        b.append(q).append(q);
      } else {
        b.append(java.charAt(i++));
      }
    }
    return b.toString().replaceAll("(?m)^(?:package|import) [^;]*;", "");
  }

  @Test
  void codeNamesTheClassesItUsesThroughImports() throws IOException {
    List<String> inline = new ArrayList<>();
    for (Path root : ALL) {
      for (var e : sources(root).entrySet()) {
        String[] lines = code(e.getValue()).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
          Matcher m = INLINE.matcher(lines[n]);
          while (m.find()) {
            if (!clashes(e.getValue(), m.group(1))) {
              inline.add(e.getKey() + ":" + (n + 1) + ": " + lines[n].strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), inline, "use an import");
  }

  /**
   * Whether {@code name} already stands for another class in {@code java}: the file declares a
   * class of that name ({@code io.FileLock} wraps {@code java.nio.channels.FileLock}) or imports
   * one. Then the other can only be named in full.
   */
  static boolean clashes(String java, String name) {
    return Pattern.compile(
            "(?m)(?:\\b(?:class|record|interface|enum) "
                + name
                + "\\b|^import [\\w.]+\\."
                + name
                + ";)")
        .matcher(java)
        .find();
  }

  @Test
  void thePackagesImportsPointOneWay() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (var e : sources(MAIN).entrySet()) {
      String from = packageOf(e.getKey());
      Matcher m = IMPORT.matcher(e.getValue());
      while (m.find()) {
        if (!m.group(1).equals(from)) {
          uses.computeIfAbsent(from, k -> new TreeSet<>()).add(m.group(1));
        }
      }
    }
    assertTrue(uses.containsKey("cli"), "the imports were read: " + uses);
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      Deque<List<String>> todo = new ArrayDeque<>();
      todo.push(List.of(start));
      Set<String> seen = new TreeSet<>();
      while (!todo.isEmpty()) {
        List<String> path = todo.pop();
        for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
          List<String> longer = new ArrayList<>(path);
          longer.add(next);
          if (next.equals(start)) cycles.add(String.join(" -> ", longer));
          else if (seen.add(next)) todo.push(longer);
        }
      }
    }
    assertEquals(List.of(), cycles, "a package imports one that imports it back");
    for (var e : uses.entrySet()) {
      if (!e.getKey().isEmpty()) {
        assertTrue(!e.getValue().contains("cli"), e.getKey() + " imports cli");
      }
    }
  }

  @Test
  void picocliStaysInCliAndOnlyTheEntryPointsTouchTheProcess() throws IOException {
    List<String> faults = new ArrayList<>();
    for (var e : sources(MAIN).entrySet()) {
      String pkg = packageOf(e.getKey());
      String code = code(e.getValue());
      if (!pkg.equals("cli") && e.getValue().contains("import picocli.")) {
        faults.add(e.getKey() + " imports picocli");
      }
      // Main and the start-up training run are the entry points; they hand the world to Cli
      if (!pkg.isEmpty() && SYSTEM.matcher(code).find()) {
        faults.add(e.getKey() + " touches System.*");
      }
    }
    assertEquals(List.of(), faults);
  }

  @Test
  void theCodeReaderSeesOnlyCode() {
    String java =
        "package a;\nimport java.util.List;\n/** {@link java.util.Map} */\n"
            + "class A { String s = \"java.util.Set\"; // java.util.Deque\n"
            + "  String t = \"\"\"\n    java.io.File\n    \"\"\"; java.util.Queue q; }\n";
    String code = code(java);
    Matcher m = INLINE.matcher(code);
    assertTrue(m.find(), code);
    assertEquals("java.util.Queue", m.group());
    assertTrue(!m.find(), code);
    assertTrue(clashes("final class FileLock {}", "FileLock"));
    assertTrue(clashes("import biweekly.property.Attendee;\n", "Attendee"));
    assertTrue(!clashes("class A { FileLockHolder h; }", "FileLock"));
  }
}
