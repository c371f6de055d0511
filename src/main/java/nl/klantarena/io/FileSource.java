package nl.klantarena.io;

import java.nio.file.Path;

/**
 * Where the bytes of a user's file come from: straight from disk ({@link #DIRECT}), or through the
 * run's loader, which reads each file once and remembers every file the run read.
 */
public interface FileSource {

  /** Reads {@code file} as {@link TextFiles#read(Path, long)} does. */
  TextFiles.Read read(Path file, long cap);

  /** Every read goes to disk. */
  FileSource DIRECT = new Direct();

  /** A class rather than a method reference: the first lambda of a run costs start-up time. */
  final class Direct implements FileSource {
    private Direct() {}

    @Override
    public TextFiles.Read read(Path file, long cap) {
      return TextFiles.read(file, cap);
    }
  }
}
