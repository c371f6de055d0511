package nl.klantarena.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files whole or not at all: the bytes go to a temporary file in the same folder, which is
 * then renamed over the target. A failed or interrupted run leaves the earlier file untouched and
 * no half-written file behind. Several files that belong together (a run's invitations) are written
 * into a temporary folder beside their folder first, then moved into place: all of them or none.
 *
 * <p>A temporary file is named {@code .<name>.<process id>.<random>.tmp}. A run that was killed
 * leaves one behind; the next write beside it removes the temporary files of processes that no
 * longer run (and those of an older naming, when they are an hour old).
 *
 * <p>A new file gets the permissions any program's new file gets (read and write for all, less the
 * process's umask), and a replaced file keeps its own: a temporary file as {@link
 * Files#createTempFile} makes it would be readable by its owner only.
 *
 * <p>A target that exists and is no regular file or folder (a terminal, {@code /dev/null}, a pipe)
 * is written to as it is: it cannot be replaced, and replacing it would destroy it.
 */
public final class AtomicFiles {

  private static final Duration OLD = Duration.ofHours(1);

  private AtomicFiles() {}

  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    Path abs = target.toAbsolutePath();
    if (Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
      try (OutputStream out = Files.newOutputStream(abs)) {
        out.write(bytes);
      }
      return;
    }
    Path dir = abs.getParent();
    if (dir != null) Files.createDirectories(dir);
    cleanStale(dir, abs.getFileName().toString());
    Path tmp = temp(dir, abs.getFileName().toString(), false);
    try {
      Files.write(tmp, bytes);
      if (Files.exists(abs)) keepPermissions(abs, tmp);
      move(tmp, abs);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Writes {@code files} (name to bytes) into {@code folder}, all of them or none: into a temporary
   * folder beside it first, which then becomes the folder (when there was none) or whose files are
   * moved into it, each by a rename in the same file system. A file of the folder that is not named
   * here is left as it is.
   */
  public static void writeAll(Path folder, Map<String, byte[]> files) throws IOException {
    Path abs = folder.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent != null) Files.createDirectories(parent);
    cleanStale(parent, abs.getFileName().toString());
    Path tmp = temp(parent, abs.getFileName().toString(), true);
    boolean moved = false;
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = tmp.resolve(f.getKey()).normalize();
        if (!p.getParent().equals(tmp)) throw new IOException("not a file name: " + f.getKey());
        Files.write(p, f.getValue());
      }
      if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
          moved = true;
          return;
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
          // made meanwhile, or another file system: move the files one by one
        }
      }
      Files.createDirectories(abs);
      for (String name : files.keySet()) {
        Path to = abs.resolve(name);
        Path from = tmp.resolve(name);
        if (Files.exists(to)) keepPermissions(to, from);
        move(from, to);
      }
    } finally {
      if (!moved) deleteTree(tmp);
    }
  }

  /**
   * Writes a new file and fails when it exists already, never overwriting it.
   *
   * @return false when the file existed (and was left as it was)
   */
  public static boolean createNew(Path target, String text) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) Files.createDirectories(dir);
    if (Files.exists(abs)) return false;
    Path tmp = temp(dir, abs.getFileName().toString(), false);
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        // a hard link fails when the target exists: no window in which it could be overwritten
        Files.createLink(abs, tmp);
      } catch (FileAlreadyExistsException e) {
        return false;
      } catch (UnsupportedOperationException | IOException e) {
        if (Files.exists(abs)) return false;
        Files.move(tmp, abs);
      }
      return true;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Removes what runs that were killed left of their writes of {@code name} in {@code dir}: the
   * temporary files and folders of processes that no longer run.
   */
  public static void cleanStale(Path dir, String name) {
    if (dir == null || !Files.isDirectory(dir)) return;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + globSafe(name) + ".*.tmp")) {
      for (Path p : s) {
        if (stale(p, name)) deleteTree(p);
      }
    } catch (IOException | RuntimeException e) {
      // cleaning up is a courtesy: a folder that cannot be listed is no reason to fail the write
    }
  }

  private static boolean stale(Path p, String name) {
    Matcher m =
        Pattern.compile(Pattern.quote("." + name + ".") + "(?:(\\d{1,19})\\.)?[0-9a-z]{1,13}\\.tmp")
            .matcher(p.getFileName().toString());
    if (!m.matches()) return false;
    if (m.group(1) != null) {
      try {
        Optional<ProcessHandle> h = ProcessHandle.of(Long.parseLong(m.group(1)));
        return h.isEmpty() || !h.get().isAlive();
      } catch (NumberFormatException e) {
        return false;
      }
    }
    try {
      FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
      return t.toInstant().isBefore(Instant.now().minus(OLD));
    } catch (IOException e) {
      return false;
    }
  }

  private static String globSafe(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      if ("*?[]{}\\".indexOf(c) >= 0) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  private static final Set<PosixFilePermission> ALL_READ_WRITE =
      PosixFilePermissions.fromString("rw-rw-rw-");

  private static final Set<PosixFilePermission> ALL_READ_WRITE_ENTER =
      PosixFilePermissions.fromString("rwxrwxrwx");

  /**
   * A new empty file (or folder) beside the target named {@code name} in {@code dir}, created with
   * mode 0666 (0777) so that the umask decides.
   */
  private static Path temp(Path dir, String name, boolean folder) throws IOException {
    boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    long pid = ProcessHandle.current().pid();
    for (int i = 0; ; i++) {
      Path tmp =
          dir.resolve(
              "."
                  + name
                  + "."
                  + pid
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        if (folder) {
          return posix
              ? Files.createDirectory(
                  tmp, PosixFilePermissions.asFileAttribute(ALL_READ_WRITE_ENTER))
              : Files.createDirectory(tmp);
        }
        return posix
            ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(ALL_READ_WRITE))
            : Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (i > 100) throw e;
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path p) {
    try {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        List<Path> inside = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
          for (Path q : s) inside.add(q);
        }
        for (Path q : inside) deleteTree(q);
      }
      Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // a temporary file that cannot be removed now is removed by a later run
    }
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    if (Files.getFileAttributeView(from, PosixFileAttributeView.class) == null) return;
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system after all: the default is fine
    }
  }
}
