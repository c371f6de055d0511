package nl.klantarena.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.io.TextFiles;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.session.Names;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reading begun on a second thread while the command line is still being parsed: the session files
 * the command line names are read and composed, and the notes file beside each, so that a short run
 * such as {@code check} of one file starts its work with the YAML already parsed. Nothing here
 * decides anything: the {@link Loader} reads every file itself as always, and takes a tree (with
 * what parsing it found) or a notes sheet from here only when it was made from exactly the bytes
 * the loader read, under the same name and in the same language (a notes sheet only without a
 * finding); in any other case (a file that changed, a name the guess got wrong) the loader simply
 * does as it would without this. The work is the same either way, so what a run prints never
 * depends on it; only when it is ready does.
 */
public final class Prefetch {

  /** Nothing begun: the loader does all its reading itself. */
  public static final Prefetch NONE = new Prefetch(null, null);

  /** Files a run names beyond these are left to the loader (a folder's sessions always are). */
  static final int MAX_FILES = 2;

  private final FutureTask<Ready> task;
  private final Messages messages;
  private Ready ready; // the task's result, taken once, on the loader's thread

  private Prefetch(FutureTask<Ready> task, Messages messages) {
    this.task = task;
    this.messages = messages;
  }

  /**
   * Begins reading {@code files} (as the user named them: {@code shown}) on a daemon thread of its
   * own; at most {@link #MAX_FILES} of them.
   */
  public static Prefetch start(List<Path> files, List<String> shown, Messages messages) {
    if (files.isEmpty()) return NONE;
    int n = Math.min(files.size(), MAX_FILES);
    FutureTask<Ready> task =
        new FutureTask<>(
            new Work(List.copyOf(files.subList(0, n)), List.copyOf(shown.subList(0, n)), messages));
    // the same stack as the main thread: a deeply nested file overflows no sooner here
    Thread t = new Thread(null, task, "klantarena-prefetch", 4L * 1024 * 1024);
    t.setDaemon(true);
    t.start();
    return new Prefetch(task, messages);
  }

  /**
   * The tree composed from {@code bytes} under the name {@code shown}, with what decoding and
   * composing it found, when the prefetch made it from the same bytes in the same language; null
   * otherwise. Each tree is handed out once (the loader fills in defaults on it).
   */
  Composed composed(String shown, byte[] bytes, Messages language) {
    if (language != messages) return null;
    Ready r = ready();
    for (int i = 0; i < r.yaml.size(); i++) {
      Composed c = r.yaml.get(i);
      if (c.shown.equals(shown) && Arrays.equals(c.bytes, bytes)) {
        r.yaml.remove(i);
        return c;
      }
    }
    return null;
  }

  /**
   * The notes file read from {@code bytes} under the name {@code shown}, when the prefetch read it
   * from the same bytes without a finding; empty otherwise.
   */
  Optional<NotesFile.Sheet> sheet(String shown, byte[] bytes) {
    for (Notes n : ready().notes) {
      if (n.shown.equals(shown) && Arrays.equals(n.bytes, bytes)) return Optional.of(n.sheet);
    }
    return Optional.empty();
  }

  /** Waits for the work when it is under way: it is the work the loader would do next. */
  private Ready ready() {
    if (ready == null) {
      ready = Ready.EMPTY;
      if (task != null) {
        try {
          ready = task.get();
        } catch (ExecutionException e) {
          // anything the work threw, the loader meets again and reports in its own way
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    return ready;
  }

  /**
   * A YAML file decoded and composed: its tree, and the findings and second positions of those
   * steps, for the loader to take over ({@link Findings#addAll}).
   */
  record Composed(String shown, byte[] bytes, Node root, Findings findings) {}

  private record Notes(String shown, byte[] bytes, NotesFile.Sheet sheet) {}

  private record Ready(List<Composed> yaml, List<Notes> notes) {
    static final Ready EMPTY = new Ready(new ArrayList<>(), List.of());
  }

  /** The work itself (a class, not a lambda: see the start-up rules in package cli). */
  private static final class Work implements Callable<Ready> {
    private final List<Path> files;
    private final List<String> shown;
    private final Messages messages;

    Work(List<Path> files, List<String> shown, Messages messages) {
      this.files = files;
      this.shown = shown;
      this.messages = messages;
    }

    @Override
    public Ready call() {
      List<Composed> yaml = new ArrayList<>();
      List<Notes> notes = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        String name = shown.get(i);
        TextFiles.Read r = TextFiles.read(file, YamlText.MAX_BYTES);
        if (!r.ok()) continue;
        Findings f = new Findings(messages);
        Optional<String> text = YamlText.decode(r.bytes(), name, f);
        if (text.isEmpty()) continue;
        Optional<Node> root = YamlText.compose(text.get(), name, f);
        if (root.isEmpty()) continue;
        yaml.add(new Composed(name, r.bytes(), root.get(), f));
        notes(file, name, notes);
      }
      // the name matching of the rules starts from the JDK's Unicode normaliser: load it now
      Names.key("Zoë");
      return new Ready(yaml, notes);
    }

    /** The notes file beside a session file, read as {@link Loader#notes} reads it. */
    private void notes(Path session, String shownSession, List<Notes> into) {
      Path parent = session.toAbsolutePath().getParent();
      if (parent == null) return;
      Path file = parent.resolve(NotesFile.NAME);
      TextFiles.Read r = TextFiles.read(file, Loader.NOTES_CAP);
      if (!r.ok()) return;
      TextFiles.Decoded d = TextFiles.decode(r.bytes(), true);
      if (!d.ok()) return;
      String name = ShownPaths.near(shownSession, session, file);
      Findings f = new Findings(messages);
      NotesFile.Sheet sheet = NotesFile.sheet(d.text(), d.encoding(), name, f);
      if (f.isEmpty()) into.add(new Notes(name, r.bytes(), sheet));
    }
  }
}
