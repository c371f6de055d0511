package nl.klantarena.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a path is shown to the user, in findings and messages: the one rule every command uses.
 *
 * <p>A path the user typed is shown as typed. A file the tool found by itself (the session files in
 * a folder, the defaults file above a session, the notes file and the templates beside it, the
 * earlier sessions of a series) is named as the user named what led to it: relative to the working
 * folder (with {@code ..} where needed) when that was given relatively, absolute when it was given
 * absolutely. Separators are always {@code /}.
 */
public final class ShownPaths {

  private final Path cwd;

  /**
   * @param cwd the working folder that relative paths are resolved against
   */
  public ShownPaths(Path cwd) {
    this.cwd = Objects.requireNonNull(cwd, "cwd").toAbsolutePath().normalize();
  }

  /** The working folder. */
  public Path cwd() {
    return cwd;
  }

  /** A path the user typed, resolved against the working folder. */
  public Path resolve(String typed) {
    return cwd.resolve(typed).normalize();
  }

  /**
   * {@code file}, found through {@code anchor} (a file shown as {@code anchorShown}), named as the
   * anchor is: from the same folder (with {@code ..} where needed), or absolute when the anchor is
   * shown absolute. In a run, where every shown name is relative to the working folder or absolute,
   * this is {@code file} relative to the working folder.
   */
  public static String near(String anchorShown, Path anchor, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    String shown = slashes(anchorShown);
    if (isAbsolute(shown)) return slashes(abs.toString());
    Path anchorDir = anchor.toAbsolutePath().normalize().getParent();
    String rel;
    try {
      rel = slashes(anchorDir.relativize(abs).toString());
    } catch (IllegalArgumentException e) {
      return slashes(abs.toString()); // another root (a Windows drive): only absolute works
    }
    int slash = shown.lastIndexOf('/');
    String dir = slash < 0 ? "" : shown.substring(0, slash + 1);
    String joined = slashes(Path.of(dir + rel).normalize().toString());
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * A file below a folder the user typed ({@code folderShown}), named from that folder: {@code
   * examples/nl/session.yaml} for {@code examples}.
   */
  public static String below(String folderShown, Path folder, Path file) {
    String f = slashes(folderShown);
    return near((f.endsWith("/") ? f : f + "/") + "-", folder.resolve("-"), file);
  }

  /** Whether the user wrote {@code typed} as an absolute path ({@code /x}, {@code C:\x}). */
  static boolean isAbsolute(String typed) {
    String t = typed.replace('\\', '/');
    return t.startsWith("/") || t.matches("^[A-Za-z]:/.*");
  }

  private static String slashes(String s) {
    return s.replace('\\', '/');
  }
}
