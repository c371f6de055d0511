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
import nl.klantarena.session.People;
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
  public static final Prefetch NONE = new Prefetch(null, null, null);

  /** Files a run names beyond these are left to the loader (a folder's sessions always are). */
  static final int MAX_FILES = 2;

  private final FutureTask<List<Composed>> trees;
  private final FutureTask<List<Notes>> notes;
  private final Messages messages;
  private List<Composed> treesReady; // taken once, on the loader's thread
  private List<Notes> notesReady;

  private Prefetch(
      FutureTask<List<Composed>> trees, FutureTask<List<Notes>> notes, Messages messages) {
    this.trees = trees;
    this.notes = notes;
    this.messages = messages;
  }

  /**
   * Begins reading {@code files} (as the user named them: {@code shown}) on a daemon thread of its
   * own; at most {@link #MAX_FILES} of them. The trees come first, as the loader needs them first;
   * the notes files after, while the loader turns the trees into sessions (or before, on the
   * loader's own thread, when it would otherwise wait for the trees).
   */
  public static Prefetch start(List<Path> files, List<String> shown, Messages messages) {
    if (files.isEmpty()) return NONE;
    int n = Math.min(files.size(), MAX_FILES);
    List<Path> some = List.copyOf(files.subList(0, n));
    List<String> names = List.copyOf(shown.subList(0, n));
    Work work = new Work(some, names, messages);
    // the same stack as the main thread: a deeply nested file overflows no sooner here
    Thread t = new Thread(null, work, "klantarena-prefetch", 4L * 1024 * 1024);
    t.setDaemon(true);
    t.start();
    return new Prefetch(work.trees, work.notes, messages);
  }

  /**
   * The tree composed from {@code bytes} under the name {@code shown}, with what decoding and
   * composing it found, when the prefetch made it from the same bytes in the same language; null
   * otherwise. Each tree is handed out once (the loader fills in defaults on it).
   */
  Composed composed(String shown, byte[] bytes, Messages language) {
    if (language != messages) return null;
    if (treesReady == null) {
      // while the trees are still being made, this thread readies what the rules need next, and
      // reads the notes files itself when there is still time (a task runs once, on whichever
      // thread comes to it first: the second thread then goes on to nothing)
      if (trees != null && !trees.isDone()) {
        warmUp();
        if (!trees.isDone()) notes.run();
      }
      treesReady = new ArrayList<>(await(trees));
    }
    for (int i = 0; i < treesReady.size(); i++) {
      Composed c = treesReady.get(i);
      if (c.shown.equals(shown) && Arrays.equals(c.bytes, bytes)) {
        treesReady.remove(i);
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
    if (notesReady == null) notesReady = await(notes);
    for (Notes n : notesReady) {
      if (n.shown.equals(shown) && Arrays.equals(n.bytes, bytes)) return Optional.of(n.sheet);
    }
    return Optional.empty();
  }

  /**
   * Loads what the rules and the summary start with, on a thread that would otherwise wait: the
   * JDK's Unicode normaliser behind the name matching, the patterns of {@link People}, and the
   * message bundles every command prints from (core, cli).
   */
  private void warmUp() {
    Names.key("Zoë");
    People.of(List.of());
    messages.get("cli.seehelp", "");
  }

  /**
   * Waits for work under way: it is the work the loader would do next. Empty when there is none.
   */
  private static <T> List<T> await(FutureTask<List<T>> task) {
    if (task == null) return List.of();
    try {
      return task.get();
    } catch (ExecutionException e) {
      // anything the work threw, the loader meets again and reports in its own way
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /**
   * A YAML file decoded and composed: its tree, and the findings and second positions of those
   * steps, for the loader to take over ({@link Findings#addAll}).
   */
  record Composed(String shown, byte[] bytes, Node root, Findings findings) {}

  private record Notes(String shown, byte[] bytes, NotesFile.Sheet sheet) {}

  /**
   * The work itself, in two parts the loader waits for separately: the trees, then the notes files
   * (classes, not lambdas: see the start-up rules in package cli).
   */
  private static final class Work implements Runnable {
    final FutureTask<List<Composed>> trees = new FutureTask<>(new Trees());
    final FutureTask<List<Notes>> notes = new FutureTask<>(new NotesFiles());
    private final List<Path> files;
    private final List<String> shown;
    private final Messages messages;

    Work(List<Path> files, List<String> shown, Messages messages) {
      this.files = files;
      this.shown = shown;
      this.messages = messages;
    }

    @Override
    public void run() {
      trees.run();
      notes.run();
    }

    private final class Trees implements Callable<List<Composed>> {
      @Override
      public List<Composed> call() {
        List<Composed> yaml = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
          String name = shown.get(i);
          TextFiles.Read r = TextFiles.read(files.get(i), YamlText.MAX_BYTES);
          if (!r.ok()) continue;
          Findings f = new Findings(messages);
          Optional<String> text = YamlText.decode(r.bytes(), name, f);
          if (text.isEmpty()) continue;
          Optional<Node> root = YamlText.compose(text.get(), name, f);
          if (root.isPresent()) yaml.add(new Composed(name, r.bytes(), root.get(), f));
        }
        return yaml;
      }
    }

    private final class NotesFiles implements Callable<List<Notes>> {
      @Override
      public List<Notes> call() {
        List<Notes> into = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) notes(files.get(i), shown.get(i), into);
        return into;
      }
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
