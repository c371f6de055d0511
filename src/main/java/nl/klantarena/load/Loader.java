package nl.klantarena.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.FileSource;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.io.TextFiles;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.render.Templates;
import nl.klantarena.session.People;
import nl.klantarena.session.Session;

/**
 * One run's access to the user's files: the only way sessions, defaults files, notes files,
 * transcripts and templates are read. Each file is read at most once per run (a cache keyed by the
 * file's real path, so that two names for one file share it), never more than a cap, and only when
 * it is a regular file: a pipe, a device or a huge file is a finding, never a hang or an
 * out-of-memory error. Text is decoded in one place ({@link TextFiles#decode}).
 *
 * <p>The loader also remembers every input of the run (what it read, and the notes file of every
 * session even when there is none yet), so that no output of the run may overwrite one.
 *
 * <p>Not thread-safe: a run is one thread.
 */
public final class Loader implements FileSource {

  /** The cap of a notes file and of a transcript: far above any meeting, far below the memory. */
  public static final int NOTES_CAP = 64 * 1024 * 1024;

  /** The cap of a template. */
  public static final int TEMPLATE_CAP = 1024 * 1024;

  /**
   * A session file as loaded: the session (when the file is one) and the findings about it.
   *
   * @param own the findings, with the second positions that findings added later take (what an
   *     alias repeats); read it with {@link Findings#addAll}, never add to it
   */
  public record Loaded(Path path, String shown, Optional<Session> session, Findings own) {
    /** The findings about the file. */
    public List<Finding> findings() {
      return own.all();
    }
  }

  /**
   * A session's notes file as read: its notes with every cell and its form, or empty when there is
   * no notes file, the findings about it, and its bytes (empty when there is no file).
   */
  public record NotesRead(
      Path path,
      String shown,
      Optional<NotesFile.Sheet> sheet,
      List<Finding> findings,
      byte[] bytes) {
    public NotesRead {
      findings = List.copyOf(findings);
    }

    /** The notes, or empty when there is no notes file or it cannot be read. */
    public Optional<List<Note>> notes() {
      return sheet.isPresent() ? Optional.of(sheet.get().notes()) : Optional.empty();
    }
  }

  private final ShownPaths shown;
  private final Messages messages;
  private final Prefetch prefetch;
  private final Map<Path, Cached> reads = new HashMap<>();
  private final Map<Path, Integer> timesRead = new HashMap<>();
  private final Map<Path, Loaded> sessions = new HashMap<>();
  private final Map<Path, Optional<Path>> defaultsFileOf = new HashMap<>();
  private final Map<Path, Defaults> defaults = new HashMap<>();
  private final Map<Path, List<SessionFiles.Found>> below = new HashMap<>();
  private final Map<Session, People> owners = new IdentityHashMap<>();
  private int ownerIndexesBuilt;
  private final Map<Path, NotesRead> notes = new HashMap<>();
  private final Map<Path, String> inputs = new LinkedHashMap<>();
  private final Map<Path, Path> keys = new HashMap<>();
  private final Map<List<Object>, Templates> templates = new HashMap<>();
  private final Set<Path> templateFolders = new LinkedHashSet<>();

  /**
   * @param cwd the working folder: how paths are shown
   * @param messages the language of the findings
   */
  public Loader(Path cwd, Messages messages) {
    this(cwd, messages, Prefetch.NONE);
  }

  /**
   * A loader that takes what {@code prefetch} has read already, when it read the same bytes (see
   * {@link Prefetch}).
   */
  public Loader(Path cwd, Messages messages, Prefetch prefetch) {
    this.shown = new ShownPaths(cwd);
    this.messages = Objects.requireNonNull(messages, "messages");
    this.prefetch = Objects.requireNonNull(prefetch, "prefetch");
  }

  /**
   * What the prefetch composed from exactly {@code bytes} under the name {@code shown}, or null
   * (then the caller composes it).
   */
  Prefetch.Composed prefetched(String shown, byte[] bytes) {
    return prefetch.composed(shown, bytes, messages);
  }

  public ShownPaths shown() {
    return shown;
  }

  public Messages messages() {
    return messages;
  }

  /**
   * The bytes of {@code file}, at most {@code cap} of them; read from disk the first time only. The
   * file counts as an input of the run.
   */
  @Override
  public TextFiles.Read read(Path file, long cap) {
    Path key = key(file);
    inputs.putIfAbsent(key, templateFile(key) ? "template" : "file");
    Cached c = reads.get(key);
    if (c != null) {
      TextFiles.Read r = c.read();
      if (r.ok()) {
        if (r.size() <= cap) return r;
        return new TextFiles.Read(file, TextFiles.Problem.TOO_LARGE, new byte[0], r.size(), "");
      }
      // too large for a smaller cap than this one: read again with this one
      if (r.problem() != TextFiles.Problem.TOO_LARGE || cap <= c.cap()) return r;
    }
    TextFiles.Read r = TextFiles.read(file, cap);
    timesRead.put(key, timesRead.getOrDefault(key, 0) + 1);
    reads.put(key, new Cached(r, cap));
    return r;
  }

  private record Cached(TextFiles.Read read, long cap) {}

  /**
   * As {@link #read(Path, long)}, but a file not read before is not kept: a transcript of tens of
   * megabytes is read once and let go of as soon as it is parsed. The file counts as an input.
   */
  public TextFiles.Read readOnce(Path file, long cap) {
    Path key = key(file);
    if (reads.containsKey(key)) return read(file, cap);
    inputs.putIfAbsent(key, "file");
    timesRead.put(key, timesRead.getOrDefault(key, 0) + 1);
    return TextFiles.read(file, cap);
  }

  /** How many times each file was read from disk in this run (for tests of the shape). */
  public Map<Path, Integer> timesRead() {
    return Collections.unmodifiableMap(timesRead);
  }

  /**
   * What a read problem is, in words of the tool's language (for a finding's message); {@code cap}
   * is the cap the file was read with.
   */
  public String problem(TextFiles.Read r, long cap) {
    long mb = 1024L * 1024L;
    return switch (r.problem()) {
      case NONE -> "";
      case MISSING -> messages.get("read.missing");
      case FOLDER -> messages.get("read.folder");
      case NOT_REGULAR -> messages.get("read.notregular");
      case TOO_LARGE -> messages.get("read.toolarge", (r.size() + mb - 1) / mb, cap / mb);
      case UNREADABLE -> messages.get("read.unreadable", r.reason());
    };
  }

  // ---------------------------------------------------------------------------------- sessions

  /**
   * The session in {@code file}, shown in findings as {@code shownAs} (the first name a run gives a
   * file is the one it keeps). Loaded with its defaults, not judged by the rules.
   */
  public Loaded session(Path file, String shownAs) {
    Path key = key(file);
    Loaded l = sessions.get(key);
    if (l != null) return l;
    inputs.put(key, "session");
    Findings f = new Findings(messages);
    Optional<Session> s = Optional.empty();
    TextFiles.Read r = read(file, YamlText.MAX_BYTES);
    switch (r.problem()) {
      case NONE -> s = new SessionLoader(f, this).parse(r.bytes(), file, shownAs);
      case TOO_LARGE -> YamlText.tooLarge(r.size(), shownAs, f);
      default -> f.add("KA141", SourcePos.of(shownAs), problem(r, YamlText.MAX_BYTES));
    }
    // the notes file beside a session is an input of the run too, even before it exists
    if (s.isPresent()) inputs.putIfAbsent(key(NotesFile.of(s.get())), "notes");
    l = new Loaded(file, shownAs, s, f);
    sessions.put(key, l);
    return l;
  }

  /**
   * The session in {@code file}, found through {@code anchor} and named as it is ({@link
   * ShownPaths#near}) when this run has not named it before.
   */
  public Loaded sessionNear(Path file, Session anchor) {
    Loaded l = sessions.get(key(file));
    return l != null ? l : session(file, ShownPaths.near(anchor.file(), anchor.path(), file));
  }

  /** The session files below {@code dir}, in date order (see {@link SessionFiles}). */
  public List<SessionFiles.Found> sessionsBelow(Path dir) {
    Path key = key(dir);
    List<SessionFiles.Found> found = below.get(key);
    if (found == null) {
      try {
        found = SessionFiles.below(dir, this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      below.put(key, found);
    }
    return found;
  }

  /**
   * The sessions of {@code session}'s series ({@link #seriesRoot}) dated before it, oldest first.
   * They are read with their defaults but without the rules (their faults are for {@code check} to
   * report); one that cannot be read at all is left out.
   */
  public List<Session> earlier(Session session) {
    if (session.date() == null) return List.of();
    Path self = key(session.path());
    List<Session> before = new ArrayList<>();
    String date = session.date().toString();
    for (SessionFiles.Found f : sessionsBelow(seriesRoot(session.path()))) {
      if (f.date().isEmpty() || f.date().compareTo(date) >= 0) continue;
      Path p = f.path();
      if (key(p).equals(self)) continue;
      Optional<Session> s = sessionNear(p, session).session();
      if (s.isPresent() && s.get().date() != null && s.get().date().isBefore(session.date()))
        before.add(s.get());
    }
    before.sort(Comparator.comparing(Session::date).thenComparing(Session::file));
    return before;
  }

  // ---------------------------------------------------------------------------------- defaults

  /** The nearest {@code klantarena.yaml} of a session file (see {@link Defaults#find}). */
  public Optional<Path> defaultsFile(Path sessionFile) {
    Path dir = sessionFile.toAbsolutePath().normalize().getParent();
    if (dir == null) return Optional.empty();
    Optional<Path> found = defaultsFileOf.get(dir);
    if (found == null) {
      try {
        found = Defaults.find(sessionFile);
      } catch (RuntimeException e) {
        found = Optional.empty(); // a path the file system cannot resolve has no defaults
      }
      defaultsFileOf.put(dir, found);
    }
    return found;
  }

  /** The folder of a session's series: where its defaults file is, else its own folder. */
  public Path seriesRoot(Path sessionFile) {
    return defaultsFile(sessionFile)
        .map(Path::getParent)
        .orElseGet(() -> sessionFile.toAbsolutePath().normalize().getParent());
  }

  /**
   * The defaults that apply to {@code sessionFile} (shown as {@code sessionShown}): read once per
   * run, whatever the number of sessions below them.
   */
  Defaults defaults(Path sessionFile, String sessionShown) {
    Optional<Path> file = defaultsFile(sessionFile);
    if (file.isEmpty()) return Defaults.none(sessionShown);
    Path key = key(file.get());
    Defaults d = defaults.get(key);
    if (d == null) {
      inputs.put(key, "defaults");
      String name = ShownPaths.near(sessionShown, sessionFile, file.get());
      TextFiles.Read r = read(file.get(), YamlText.MAX_BYTES);
      if (r.ok()) {
        d = Defaults.parse(r.bytes(), file.get(), name, messages);
      } else {
        Findings f = new Findings(messages);
        f.add("KA905", SourcePos.of(name), problem(r, YamlText.MAX_BYTES));
        d = Defaults.unreadable(file.get(), name, f.all().get(0));
      }
      defaults.put(key, d);
    }
    return d;
  }

  /**
   * The templates of a session: in its language, with the user's folders laid over the built-in
   * ones, the first winning: {@code extra} (as given with {@code --templates}), the {@code
   * templates/} folder beside the session, and the folder that {@code templates:} in the series'
   * defaults file names; folders that do not exist are left out. The templates of one language and
   * folders are made once per run, so that each template is read and compiled once.
   */
  public Templates templates(Session s, Optional<Templates.Dir> extra) {
    List<Templates.Dir> dirs = templateDirs(s, extra);
    List<Object> key = new ArrayList<>();
    key.add(s.language());
    key.addAll(dirs);
    Templates t = templates.get(key);
    if (t == null) {
      t = Templates.load(s.language(), dirs, this);
      templates.put(key, t);
    }
    return t;
  }

  /** Whether {@code key} is in a folder of user templates of this run. */
  private boolean templateFile(Path key) {
    for (Path d : templateFolders) if (key.startsWith(d)) return true;
    return false;
  }

  /** The user's template folders of a session, as {@link #templates} lays them. */
  public List<Templates.Dir> templateDirs(Session s, Optional<Templates.Dir> extra) {
    List<Templates.Dir> dirs = templateFolders(s, extra);
    for (Templates.Dir d : dirs) templateFolders.add(key(d.path()));
    return dirs;
  }

  private List<Templates.Dir> templateFolders(Session s, Optional<Templates.Dir> extra) {
    List<Templates.Dir> dirs = new ArrayList<>();
    extra.ifPresent(dirs::add);
    Path beside = s.folder().resolve(TEMPLATES_FOLDER).toAbsolutePath().normalize();
    if (Files.isDirectory(beside))
      dirs.add(new Templates.Dir(beside, ShownPaths.near(s.file(), s.path(), beside)));
    if (s.path() != null) {
      Optional<Path> series = defaults(s.path(), s.file()).templates();
      if (series.isPresent() && Files.isDirectory(series.get()) && !series.get().equals(beside))
        dirs.add(
            new Templates.Dir(series.get(), ShownPaths.near(s.file(), s.path(), series.get())));
    }
    return dirs;
  }

  /** The user's templates folder beside a session file, laid over the built-in templates. */
  public static final String TEMPLATES_FOLDER = "templates";

  // ------------------------------------------------------------------------------------- notes

  /**
   * The notes file beside {@code s}: its notes (empty when there is no notes file) and the findings
   * about it. Read once per run; decoded as UTF-8, or as Windows-1252 as a spreadsheet may have
   * saved it.
   */
  public NotesRead notes(Session s) {
    Path file = NotesFile.of(s);
    Path key = key(file);
    NotesRead n = notes.get(key);
    if (n != null) return n;
    inputs.put(key, "notes");
    String name = ShownPaths.near(s.file(), s.path(), file);
    Findings f = new Findings(messages);
    Optional<NotesFile.Sheet> read = Optional.empty();
    TextFiles.Read r = read(file, NOTES_CAP);
    switch (r.problem()) {
      case MISSING -> {}
      case NONE -> {
        TextFiles.Decoded d = TextFiles.decode(r.bytes(), true);
        if (d.ok()) {
          read = prefetch.sheet(name, r.bytes());
          if (read.isEmpty()) read = Optional.of(NotesFile.sheet(d.text(), d.encoding(), name, f));
        } else {
          int[] at = TextFiles.lineColumnOfUtf8(r.bytes(), d.badOffset());
          String b = String.format("0x%02X", r.bytes()[d.badOffset()] & 0xff);
          f.add(
              "KA801",
              new SourcePos(name, at[0], at[1]),
              name,
              messages.get("read.notext", b, at[0]));
        }
      }
      default -> f.add("KA801", SourcePos.of(name), name, problem(r, NOTES_CAP));
    }
    n = new NotesRead(file, name, read, f.all(), r.bytes());
    notes.put(key, n);
    return n;
  }

  /**
   * The notes file beside {@code s} as it is on disk now, read as {@link #notes} reads it: for a
   * run that holds the file's lock and merges into it, since another run may have written it after
   * this run first read it (a rule of {@code check}, say).
   */
  public NotesRead notesAfresh(Session s) {
    Path key = key(NotesFile.of(s));
    if (notes.remove(key) != null) reads.remove(key);
    return notes(s);
  }

  // ------------------------------------------------------------------------------------ inputs

  /**
   * Counts {@code file} as an input of the run of the given kind ({@code session}, {@code
   * defaults}, {@code notes}, {@code transcript}, {@code template}, {@code file}).
   */
  public void input(Path file, String kind) {
    inputs.put(key(file), kind);
  }

  /**
   * Whether {@code file} is an input of this run: a file it read (session, defaults, notes,
   * transcript, template) or the notes file of a session it loaded.
   */
  public boolean isInput(Path file) {
    return inputs.containsKey(key(file));
  }

  /** What kind of input {@code key} is ({@link #input(Path, String)}); "file" when not known. */
  public String inputKind(Path key) {
    return inputs.getOrDefault(key, "file");
  }

  /** The inputs of the run, by real path. */
  public Set<Path> inputs() {
    return Collections.unmodifiableSet(inputs.keySet());
  }

  /**
   * The key of a file in this run: its real path when it exists (two names for one file are one
   * file), else its folder's real path and its name, else its absolute path. Asked once per name in
   * a run: a series asks for the same files again and again.
   */
  public Path key(Path file) {
    Path k = keys.get(file);
    if (k != null) return k;
    Path abs = file.toAbsolutePath().normalize();
    k = keys.get(abs);
    if (k == null) {
      k = realKey(abs);
      keys.put(abs, k);
    }
    keys.put(file, k);
    return k;
  }

  private static Path realKey(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException | SecurityException e) {
      Path parent = abs.getParent();
      if (parent != null && abs.getFileName() != null) {
        try {
          return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException | SecurityException e2) {
          return abs;
        }
      }
      return abs;
    }
  }

  /**
   * The people who may own an action of {@code s} ({@link Session#possibleOwners()}), indexed once
   * per run: a report over a series shows every earlier session's open actions in each later
   * report, and building the index again for each would make the run grow with the square of the
   * sessions.
   */
  public People owners(Session s) {
    People p = owners.get(s);
    if (p == null) {
      p = People.of(s.possibleOwners());
      owners.put(s, p);
      ownerIndexesBuilt++;
    }
    return p;
  }

  /**
   * How many times {@link #owners} built an index in this run: at most once per session (a scale
   * test holds it).
   */
  public int ownerIndexesBuilt() {
    return ownerIndexesBuilt;
  }
}
