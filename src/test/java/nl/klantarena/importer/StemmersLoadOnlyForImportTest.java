package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Snowball stemmers (Lucene's analysis module) are for {@code import} alone: {@code check},
 * {@code plan}, {@code invite}, {@code report} and {@code actions} must start without loading any
 * of their classes. The runs here get a class loader of their own over the test class path, which
 * records every class it defines, so what a command loads is not hidden by an earlier test.
 */
class StemmersLoadOnlyForImportTest {

  /** Loads the tool's classes itself (parent: the JDK's own) and lists those it defined. */
  static final class Recording extends URLClassLoader {
    final List<String> defined = Collections.synchronizedList(new ArrayList<>());

    Recording() throws Exception {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> c = super.findClass(name);
      defined.add(name);
      return c;
    }

    private static URL[] classPath() throws Exception {
      List<URL> urls = new ArrayList<>();
      for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!p.isEmpty()) urls.add(Path.of(p).toUri().toURL());
      }
      return urls.toArray(new URL[0]);
    }

    /** Runs the command line in this loader's own copy of the tool; returns the exit code. */
    int run(Path cwd, String... args) throws Exception {
      Class<?> env = loadClass("nl.klantarena.cli.Env");
      Object e =
          env.getConstructor(Map.class, Locale.class, Path.class, Clock.class, boolean.class)
              .newInstance(
                  Map.of(), Locale.ENGLISH, cwd, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), false);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Object code =
          loadClass("nl.klantarena.cli.Cli")
              .getMethod("run", env, PrintWriter.class, PrintWriter.class, String[].class)
              .invoke(null, e, new PrintWriter(out), new PrintWriter(err), args);
      return (Integer) code;
    }

    List<String> stemmers() {
      synchronized (defined) {
        return defined.stream()
            .filter(n -> n.startsWith("org.tartarus.") || n.startsWith("org.apache.lucene."))
            .toList();
      }
    }
  }

  static Path examples(Path dir) throws Exception {
    Path nl = Files.createDirectories(dir.resolve("nl"));
    try (var files = Files.list(Path.of("examples/nl"))) {
      for (Path f : files.toList()) Files.copy(f, nl.resolve(f.getFileName()));
    }
    return nl;
  }

  @Test
  void checkPlanInviteReportAndActionsLoadNoStemmer(@TempDir Path dir) throws Exception {
    Path nl = examples(dir);
    String[][] lines = {
      {"check", "session.yaml", "--today", "2026-11-22"},
      {"plan", "session.yaml", "--format", "json"},
      {"invite", "session.yaml", "--out", "invitations"},
      {"report", "session.yaml", "--today", "2026-11-22"},
      {"actions", ".", "--today", "2026-11-22"},
    };
    // one loader for the five, looked at after each: a class once loaded stays, so the first
    // command after which a stemmer shows is the one that loaded it
    try (Recording loader = new Recording()) {
      for (String[] line : lines) {
        int exit = loader.run(nl, line);
        assertTrue(exit == 0 || exit == 1, line[0] + ": exit " + exit);
        assertTrue(loader.defined.contains("nl.klantarena.cli.Cli"), "ran in its own loader");
        assertEquals(List.of(), loader.stemmers(), line[0] + " loaded a stemmer");
      }
    }
  }

  @Test
  void importLoadsThem(@TempDir Path dir) throws Exception {
    Path nl = examples(dir);
    try (Recording loader = new Recording()) {
      int exit =
          loader.run(
              nl,
              "import",
              "session.yaml",
              "opname.vtt",
              "--recording-start",
              "15:30",
              "--dry-run");
      assertEquals(0, exit);
      assertTrue(
          loader.stemmers().contains("org.tartarus.snowball.ext.DutchStemmer"),
          loader.stemmers().toString());
      assertFalse(
          loader.stemmers().stream().anyMatch(n -> n.startsWith("org.apache.lucene.")),
          "only the stemmers, nothing of Lucene itself: " + loader.stemmers());
    }
  }
}
