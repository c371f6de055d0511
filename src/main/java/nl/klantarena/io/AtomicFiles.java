package nl.klantarena.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files whole or not at all: the bytes go to a temporary file in the same folder, which is
 * then renamed over the target. A failed or interrupted run leaves the earlier file untouched and
 * no half-written file behind.
 *
 * <p>A new file gets the permissions any program's new file gets (read and write for all, less the
 * process's umask), and a replaced file keeps its own: a temporary file as {@link
 * Files#createTempFile} makes it would be readable by its owner only.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) Files.createDirectories(dir);
    Path tmp = temp(dir, abs);
    try {
      Files.write(tmp, bytes);
      if (Files.exists(abs)) keepPermissions(abs, tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
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
    Path tmp = temp(dir, abs);
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

  private static final Set<PosixFilePermission> ALL_READ_WRITE =
      PosixFilePermissions.fromString("rw-rw-rw-");

  /** A new empty file beside {@code abs}, created with mode 0666 so that the umask decides. */
  private static Path temp(Path dir, Path abs) throws IOException {
    boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    for (int i = 0; ; i++) {
      Path tmp =
          dir.resolve(
              "."
                  + abs.getFileName()
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        return posix
            ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(ALL_READ_WRITE))
            : Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (i > 100) throw e;
      }
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
