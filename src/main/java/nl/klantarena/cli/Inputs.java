package nl.klantarena.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.finding.Messages;

/**
 * Turns the paths on the command line into session files. A file is taken as it is; a folder means
 * every session file below it: a {@code .yaml} or {@code .yml} file (other than the defaults file
 * {@code klantarena.yaml}) with a top-level {@code klantarena:} key. A path that does not exist or
 * cannot be read is a usage error (exit 2).
 */
public final class Inputs {

  /** The name of the defaults file of a series; never a session itself. */
  public static final String DEFAULTS_FILE = "klantarena.yaml";

  private static final Pattern SESSION_KEY = Pattern.compile("(?m)^klantarena[ \\t]*:");
  private static final Pattern DATE_KEY = Pattern.compile("(?m)^date[ \\t]*:[ \\t]*['\"]?(\\d{4}-\\d{2}-\\d{2})");

  /** A session file found, with the name to show it by. */
  public record Input(Path path, String shown) {}

  /** What a folder argument gave: its sessions (maybe none). */
  public record Folder(String shown, List<Input> sessions) {}

  private Inputs() {}

  /**
   * Resolves {@code args}; files stay in the given order, a folder's sessions come in date order
   * (then by path). Folders with no session file are returned in {@code emptyFolders}.
   */
  public static List<Input> resolve(List<String> args, Env env, Messages msg, List<String> emptyFolders) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      Path p = env.resolve(a);
      if (!Files.exists(p)) throw new UsageException(msg.get("cli.nofile", a));
      if (Files.isDirectory(p)) {
        List<Input> found = folder(p, a, env);
        if (found.isEmpty()) emptyFolders.add(a);
        for (Input i : found) if (seen.add(i.path())) out.add(i);
      } else {
        if (!Files.isReadable(p)) throw new UsageException(msg.get("cli.unreadable", a));
        if (p.getFileName().toString().equals(DEFAULTS_FILE)) {
          throw new UsageException(msg.get("series.defaultsfile", a));
        }
        if (seen.add(p)) out.add(new Input(p, a));
      }
    }
    return out;
  }

  static List<Input> folder(Path dir, String shown, Env env) {
    record Found(Path path, String date) {}
    List<Found> found = new ArrayList<>();
    // hidden folders (.git, .github, .idea) hold no sessions and can be large: not entered
    try (Stream<Path> walk = walkVisible(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(Inputs::looksLikeYaml)
          .filter(p -> !p.getFileName().toString().equals(DEFAULTS_FILE))
          .forEach(
              p -> {
                String head = head(p);
                if (head != null && SESSION_KEY.matcher(head).find()) {
                  var m = DATE_KEY.matcher(head);
                  found.add(new Found(p, m.find() ? m.group(1) : "9999-99-99"));
                }
              });
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(e.getMessage());
    }
    found.sort(Comparator.comparing(Found::date).thenComparing(f -> f.path().toString()));
    List<Input> out = new ArrayList<>();
    for (Found f : found) out.add(new Input(f.path(), display(dir, shown, f.path())));
    return out;
  }

  private static Stream<Path> walkVisible(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
        boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
        return hidden ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
        if (!a.isDirectory()) files.add(f); // a link to a session file counts
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
        return java.nio.file.FileVisitResult.CONTINUE; // an unreadable corner is no session
      }
    });
    return files.stream();
  }

  private static String display(Path dir, String shown, Path file) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    if (shown.equals(".") || shown.equals("./")) return rel;
    return (shown.endsWith("/") ? shown : shown + "/") + rel;
  }

  private static boolean looksLikeYaml(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** The first 64 KiB of a file as text, or null when it cannot be read. */
  private static String head(Path p) {
    try (var in = Files.newInputStream(p)) {
      byte[] b = in.readNBytes(64 * 1024);
      return new String(b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
