package nl.klantarena.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import nl.klantarena.io.FileSource;
import nl.klantarena.io.TextFiles;

/**
 * Finds the session files below a folder: every {@code .yaml} or {@code .yml} file with a top-level
 * {@code klantarena:} key, except the defaults file {@code klantarena.yaml}; hidden folders such as
 * {@code .git} are not entered. Only the head of each file is read (for the key and the date), so
 * that finding is cheap even in a folder of hundreds of sessions. Through the run's loader ({@link
 * Loader#sessionsBelow}) each file is read once: the bytes read to find it are the bytes loaded.
 */
public final class SessionFiles {

  private static final Pattern SESSION_KEY = Pattern.compile("(?m)^klantarena[ \\t]*:");
  private static final Pattern DATE_KEY =
      Pattern.compile("(?m)^date[ \\t]*:[ \\t]*['\"]?(\\d{4}-\\d{2}-\\d{2})");
  private static final int HEAD = 64 * 1024;

  /**
   * A session file and the date its head names ({@code yyyy-mm-dd}, or empty when it names none).
   */
  public record Found(Path path, String date) {}

  private SessionFiles() {}

  /**
   * The session files below {@code dir}, in date order (files without a date last), then by path.
   */
  public static List<Found> below(Path dir) throws IOException {
    return below(dir, FileSource.DIRECT);
  }

  /**
   * Every file below {@code dir} (a link to a file counts), hidden folders such as {@code .git}
   * left out; a folder that cannot be read is passed over.
   */
  public static List<Path> filesBelow(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
            boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            if (!a.isDirectory()) files.add(f); // a link to a session file counts
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            return FileVisitResult.CONTINUE; // an unreadable corner holds no session we can read
          }
        });
    return files;
  }

  /** As {@link #below(Path)}, reading the files through {@code source}. */
  static List<Found> below(Path dir, FileSource source) throws IOException {
    List<Path> files = filesBelow(dir);
    List<Found> found = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || name.equals(Defaults.FILE))
        continue;
      if (!Files.isRegularFile(p)) continue;
      String head = head(p, source);
      if (head == null || !SESSION_KEY.matcher(head).find()) continue;
      var m = DATE_KEY.matcher(head);
      found.add(new Found(p, m.find() ? m.group(1) : ""));
    }
    found.sort(BY_DATE);
    return found;
  }

  /** Sessions by date (undated last), then by path; a class, not a lambda (start-up rules). */
  private static final Comparator<Found> BY_DATE = new ByDate();

  private static final class ByDate implements Comparator<Found> {
    @Override
    public int compare(Found a, Found b) {
      int c = sortDate(a).compareTo(sortDate(b));
      return c != 0 ? c : a.path().toString().compareTo(b.path().toString());
    }

    private static String sortDate(Found f) {
      return f.date().isEmpty() ? "9999-99-99" : f.date();
    }
  }

  /**
   * The first 64 KiB of a file as text, or null when it cannot be read. A file too large to load is
   * still found (loading it then says it is too large); only its head is read for that.
   */
  private static String head(Path p, FileSource source) {
    TextFiles.Read r = source.read(p, YamlText.MAX_BYTES);
    if (r.ok()) {
      // a session saved as UTF-16 is found too, so that loading it can say what to do about it
      TextFiles.Decoded d = TextFiles.decode(r.bytes(), false);
      if (d.ok()) return d.text().substring(0, Math.min(HEAD, d.text().length()));
      return new String(r.bytes(), 0, Math.min(HEAD, r.bytes().length), StandardCharsets.UTF_8);
    }
    if (r.problem() != TextFiles.Problem.TOO_LARGE) return null;
    try (InputStream in = Files.newInputStream(p)) {
      return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
