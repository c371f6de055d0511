package nl.klantarena.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file that two runs may read, merge and write at the same time (a list that
 * each run adds its own rows to). It is held on a lock file beside the file, {@code .NAME.lock},
 * which stays there: removing it would let a run that is waiting on the removed file and a run that
 * makes a new one hold "the" lock at once.
 *
 * <p>The operating system's lock ({@link FileChannel#lock}) keeps other processes out; runs in one
 * Java process (tests, an embedding program) queue on a lock of their own first, since the
 * operating system grants its lock per process.
 */
public final class FileLock implements AutoCloseable {

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;
  private final java.nio.channels.FileLock lock;

  private FileLock(ReentrantLock local, FileChannel channel, java.nio.channels.FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of {@code target}: {@code .NAME.lock} in the same folder. */
  public static Path lockFile(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".lock");
  }

  /**
   * Waits until this run holds the lock of {@code target}, creating its folder and lock file when
   * needed. Close it (try-with-resources) to let the next run in.
   */
  public static FileLock acquire(Path target) throws IOException {
    Path file = lockFile(target);
    Files.createDirectories(file.getParent());
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, k -> new ReentrantLock());
    local.lock();
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      return new FileLock(local, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      if (channel != null) channel.close();
      local.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      local.unlock();
    }
  }
}
