package nl.klantarena.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.load.Defaults;
import nl.klantarena.load.Loader;
import nl.klantarena.load.SessionFiles;

/**
 * Turns the paths on the command line into session files. A file is taken as it is; a folder means
 * every session file below it: a {@code .yaml} or {@code .yml} file (other than the defaults file
 * {@code klantarena.yaml}) with a top-level {@code klantarena:} key. A path that does not exist or
 * cannot be read is a usage error (exit 2).
 */
public final class Inputs {

  /** The name of the defaults file of a series; never a session itself. */
  public static final String DEFAULTS_FILE = Defaults.FILE;

  /** A session file found, with the name to show it by. */
  public record Input(Path path, String shown) {}

  private Inputs() {}

  /**
   * Resolves {@code args}; files stay in the given order, a folder's sessions come in date order
   * (then by path). Folders with no session file are returned in {@code emptyFolders}.
   */
  public static List<Input> resolve(
      List<String> args, Env env, Messages msg, Loader loader, List<String> emptyFolders) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Input> out = new ArrayList<>();
    for (String a : args) {
      Path p = env.resolve(a);
      if (!Files.exists(p)) throw new UsageException(msg.get("cli.nofile", a));
      if (Files.isDirectory(p)) {
        List<Input> found = folder(p, a, loader);
        if (found.isEmpty()) emptyFolders.add(a);
        for (Input i : found) if (seen.add(loader.key(i.path()))) out.add(i);
      } else {
        if (!Files.isReadable(p)) throw new UsageException(msg.get("cli.unreadable", a));
        if (p.getFileName().toString().equals(DEFAULTS_FILE)) {
          throw new UsageException(msg.get("series.defaultsfile", a));
        }
        if (seen.add(loader.key(p))) out.add(new Input(p, a));
      }
    }
    return out;
  }

  static List<Input> folder(Path dir, String shown, Loader loader) {
    List<Input> out = new ArrayList<>();
    try {
      for (SessionFiles.Found f : loader.sessionsBelow(dir))
        out.add(new Input(f.path(), ShownPaths.below(shown, dir, f.path())));
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage());
    }
    return out;
  }
}
