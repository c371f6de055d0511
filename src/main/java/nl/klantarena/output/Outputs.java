package nl.klantarena.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.AtomicFiles;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.io.TextFiles;
import nl.klantarena.load.Loader;

/**
 * What a run writes, in one place. A command names its outputs as it parses its options ({@link
 * #file}, {@link #folder}, {@link #update}), renders everything, and only then writes: each output
 * is checked against the inputs the run read ({@link Loader#isInput}) and against the other
 * outputs, and refused when it would overwrite one, before anything is written; each file is
 * written whole or not at all ({@link AtomicFiles}); the files of a folder all or none.
 *
 * <p>A failure is an {@link OutputException}: refused up front (a usage error, exit 2), or a
 * finding KA811 that names the path and the reason (exit 2 when the user gave the path, 1 when the
 * tool chose it), never an internal error.
 */
public final class Outputs {

  /** Something the run will write. */
  public record Target(
      String option, Path path, String shown, boolean user, boolean folder, boolean update) {}

  private final Loader loader;
  private final Messages msg;
  private final List<Target> targets = new ArrayList<>();

  public Outputs(Loader loader, Messages msg) {
    this.loader = loader;
    this.msg = msg;
  }

  /**
   * A file the user named with {@code option} ({@code --out}, {@code --ics}, {@code --seating}).
   */
  public Target file(String option, String typed) {
    return add(new Target(option, loader.shown().resolve(typed), typed, true, false, false));
  }

  /**
   * A folder for several files: named by the user with {@code option}, or (option null) chosen by
   * the tool, shown as {@code shown}.
   */
  public Target folder(String option, Path dir, String shown) {
    return add(new Target(option, dir, shown, option != null, true, false));
  }

  /**
   * The file a command updates: read as an input and written back (import's notes file). It is
   * never taken for an input it would overwrite; any other output naming it is.
   */
  public Target update(Path file, String shown) {
    return add(new Target(null, file, shown, false, false, true));
  }

  private Target add(Target t) {
    targets.add(t);
    return t;
  }

  /**
   * Refuses, before anything is written, an output that names an input of the run (a session file,
   * a defaults file, a notes file, a transcript, a template) or that another output names too.
   * Called by {@link #write} and {@link #writeAll}; a command with several outputs calls it once
   * before writing the first.
   */
  public void refuseInputs() {
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      Path key = loader.key(t.path());
      if (!t.update() && loader.isInput(t.path())) {
        throw refused("output.isinput", t, what(key));
      }
      for (int j = i + 1; j < targets.size(); j++) {
        Target o = targets.get(j);
        if (!t.folder() && !o.folder() && loader.key(o.path()).equals(key)) {
          throw new OutputException(
              msg.get("output.same", name(t), name(o), t.shown()), null, t.user() || o.user());
        }
      }
    }
  }

  /** Writes {@code text} to the file {@code t}, whole or not at all. */
  public void write(Target t, String text) {
    write(t, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to the file {@code t}, whole or not at all. */
  public void write(Target t, byte[] bytes) {
    write(t, p -> AtomicFiles.write(p, bytes));
  }

  /** As {@link #write(Target, byte[])}, for bytes kept in blocks (a long notes file). */
  public void write(Target t, TextFiles.Bytes bytes) {
    write(t, p -> AtomicFiles.write(p, bytes));
  }

  private interface Writing {
    void to(Path p) throws IOException;
  }

  private void write(Target t, Writing writing) {
    refuseInputs();
    Path p = t.path().toAbsolutePath().normalize();
    if (Files.isDirectory(p)) throw failed(t, t.shown(), msg.get("output.why.isfolder"));
    inTheWay(t, p.getParent());
    try {
      writing.to(p);
    } catch (IOException | SecurityException e) {
      throw failed(t, t.shown(), reason(e));
    }
  }

  /**
   * Removes the temporary files that killed runs left of their writes of the file {@code t} (see
   * {@link AtomicFiles#cleanStale}); a write does so too, and a run that may write nothing calls
   * this, so that a killed run's leftovers go at the next run.
   */
  public void cleanStale(Target t) {
    Path p = t.path().toAbsolutePath().normalize();
    AtomicFiles.cleanStale(p.getParent(), p.getFileName().toString());
  }

  /**
   * Checks, before anything is written, that the files {@code names} can go into the folder {@code
   * t}: none of them is an input of the run or another output, the folder is no file, and no file
   * or folder is in the way. {@link #writeAll} checks too; a command that writes several folders
   * checks them all before writing the first.
   */
  public void checkAll(Target t, Collection<String> names) {
    Path dir = t.path().toAbsolutePath().normalize();
    for (String name : names) {
      Path p = dir.resolve(name);
      boolean known = false;
      for (Target o : targets) known |= o.path().equals(p);
      if (!known) targets.add(new Target(t.option(), p, below(t, name), t.user(), false, false));
    }
    refuseInputs();
    if (Files.exists(dir) && !Files.isDirectory(dir))
      throw failed(t, t.shown(), msg.get("output.why.notfolder", t.shown()));
    inTheWay(t, dir.getParent());
    for (String name : names) {
      if (Files.isDirectory(dir.resolve(name)))
        throw failed(t, below(t, name), msg.get("output.why.isfolder"));
    }
  }

  /**
   * Writes {@code files} (name to bytes) into the folder {@code t}, all of them or none. A file of
   * the folder that is not named is left as it is.
   */
  public void writeAll(Target t, Map<String, byte[]> files) {
    checkAll(t, files.keySet());
    try {
      AtomicFiles.writeAll(t.path().toAbsolutePath().normalize(), files);
    } catch (IOException | SecurityException e) {
      throw failed(t, t.shown(), reason(e));
    }
  }

  /**
   * Holds, until it is closed, the lock of the file {@code name} in the folder {@code t}: a file
   * that runs read, merge with their own part and write back (the mail-merge list of {@code invite
   * --only}), so that two runs at once never lose each other's part. Take the locks of several
   * folders in one order (by path), so that two runs never wait on each other.
   */
  public Held lock(Target t, String name) {
    try {
      return new Held(FileLock.acquire(t.path().toAbsolutePath().normalize().resolve(name)));
    } catch (IOException | SecurityException e) {
      throw failed(t, below(t, name), reason(e));
    }
  }

  /** A lock that {@link #lock} took; closing it lets the next run in. */
  public static final class Held implements AutoCloseable {
    private final FileLock lock;

    private Held(FileLock lock) {
      this.lock = lock;
    }

    @Override
    public void close() {
      try {
        lock.close();
      } catch (IOException e) {
        // the operating system lets go of a lock whose file is closed, whatever it says
      }
    }
  }

  /**
   * What the file {@code name} in the folder {@code t} holds now, read from disk each time (another
   * run may have written it since): an output the run updates, not an input. Empty when there is no
   * such file.
   */
  public Optional<byte[]> current(Target t, String name) {
    Path p = t.path().toAbsolutePath().normalize().resolve(name);
    TextFiles.Read r = TextFiles.read(p, Loader.NOTES_CAP);
    return switch (r.problem()) {
      case NONE -> Optional.of(r.bytes());
      case MISSING -> Optional.empty();
      default -> throw failed(t, below(t, name), loader.problem(r, Loader.NOTES_CAP));
    };
  }

  /**
   * Writes a new file that the user asked for ({@code init}), never over an existing one.
   *
   * @return false when the file exists (it is left as it is)
   */
  public boolean create(Path file, String shown, String text) {
    Target t = add(new Target(null, file, shown, true, false, false));
    refuseInputs();
    Path p = file.toAbsolutePath().normalize();
    inTheWay(t, p.getParent());
    try {
      return AtomicFiles.createNew(p, text);
    } catch (IOException | SecurityException e) {
      throw failed(t, shown, reason(e));
    }
  }

  /**
   * Deletes the file {@code t} (named with {@link #update}): {@code forget} removes the files made
   * for one person alone. A file already gone is no fault.
   */
  public void delete(Target t) {
    try {
      Files.deleteIfExists(t.path().toAbsolutePath().normalize());
    } catch (IOException | SecurityException e) {
      throw failed(t, t.shown(), reason(e));
    }
  }

  /** How the files written into the folder {@code t} are shown: {@code invitations/x.ics}. */
  public static String below(Target t, String name) {
    return ShownPaths.below(t.shown(), t.path(), t.path().resolve(name));
  }

  /** A file where a folder has to be, somewhere above the output: said before trying. */
  private void inTheWay(Target t, Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d)) return;
      if (Files.exists(d)) {
        throw failed(
            t, t.shown(), msg.get("output.why.notfolder", ShownPaths.near(t.shown(), t.path(), d)));
      }
    }
  }

  /** The reason in the user's words: what the system said, by what it means for the user. */
  private String reason(Exception e) {
    String r = TextFiles.reason(e);
    String lower = r.toLowerCase(Locale.ROOT);
    if (e instanceof AccessDeniedException || lower.contains("permission denied"))
      return msg.get("output.why.denied");
    if (lower.contains("read-only file system")) return msg.get("output.why.readonly");
    if (lower.contains("no space left") || lower.contains("disk quota"))
      return msg.get("output.why.full");
    if (lower.contains("not a directory")) return msg.get("output.why.notfolderhere");
    if (lower.contains("is a directory")) return msg.get("output.why.isfolder");
    if (e instanceof NoSuchFileException) return msg.get("output.why.nofolder");
    if (r.equals(e.getClass().getSimpleName())) return msg.get("output.why.unknown");
    return r;
  }

  private OutputException refused(String key, Target t, String what) {
    return new OutputException(msg.get(key, name(t), t.shown(), what), null, true);
  }

  private OutputException failed(Target t, String shown, String why) {
    Findings f = new Findings(msg);
    Finding finding = f.add("KA811", SourcePos.of(shown), shown, why);
    return new OutputException(finding.message(), finding, t.user());
  }

  /** The option an output was named with, or the word for the tool's own choice. */
  private String name(Target t) {
    return t.option() != null ? t.option() : msg.get("output.own");
  }

  /** What the input is, in words. */
  private String what(Path key) {
    return msg.get("output.input." + loader.inputKind(key));
  }
}
