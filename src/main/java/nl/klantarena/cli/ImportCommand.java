package nl.klantarena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.importer.Importer;
import nl.klantarena.importer.NotesMerge;
import nl.klantarena.importer.Readers;
import nl.klantarena.importer.SpeakerMemory;
import nl.klantarena.io.Json;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.io.TextFiles;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.notes.ThemeBy;
import nl.klantarena.output.FileLock;
import nl.klantarena.output.OutputException;
import nl.klantarena.output.Outputs;
import nl.klantarena.session.Session;
import nl.klantarena.text.Controls;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena import SESSION NOTES...}: reads transcripts and typed notes, matches them to
 * the session, and adds them to the notes file beside it. The session file is never written; the
 * notes file is written whole or not at all, and not when any input has an error.
 */
final class ImportCommand extends SessionCommand {

  /** The most a notes file may hold; a longer one is a finding, not an out-of-memory error. */
  static final long MAX_NOTES_FILE = 64L * 1024 * 1024;

  private String recordingStart;
  private boolean noContinueThemes;
  private List<String> speakerArgs;
  private boolean noMerge;
  private String roundArg;
  private boolean dryRun;
  private String format;

  private ImportCommand(Context ctx) {
    super(ctx);
  }

  /** The arguments of {@code import}, besides the common options: the session comes first. */
  static final Arg[] ARGS = {
    Arg.fileParam("SESSION", null, "import.session"),
    Arg.filesParam("NOTES", "import.notes"),
    Arg.text("--recording-start", "HH:MM", "import.recordingstart"),
    Arg.flag("--no-continue-themes", "import.nocontinuethemes"),
    // the default since import follows the conversation; still accepted, as scripts may give it
    Arg.flag("--continue-themes", "import.continuethemes"),
    Arg.texts("--speaker", "LABEL=NAME", "import.speaker"),
    Arg.flag("--no-merge", "import.nomerge"),
    Arg.choiceOrNone("--round", "import.round", "1", "2", "3"),
    Arg.flag("--dry-run", "import.dryrun"),
    Arg.choice("--format", "import.format", "text", "json"),
  };

  static CommandSpec spec(Context ctx) {
    return spec("import", new ImportCommand(ctx), ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    recordingStart = Specs.value(spec, "--recording-start");
    noContinueThemes = Specs.value(spec, "--no-continue-themes");
    speakerArgs = Specs.value(spec, "--speaker");
    noMerge = Specs.value(spec, "--no-merge");
    roundArg = Specs.value(spec, "--round");
    dryRun = Specs.value(spec, "--dry-run");
    format = Specs.value(spec, "--format");
  }

  @Override
  int run() {
    Messages msg = ctx.msg();
    String fmt = Formats.oneOf(format, List.of("text", "json"), msg);
    if (paths.size() < 2) throw new UsageException(msg.get("import.nonotes"));
    sessionFirst(msg);
    LocalTime start = null;
    if (recordingStart != null) {
      try {
        start =
            LocalTime.parse(
                recordingStart.strip().length() == 4
                    ? "0" + recordingStart.strip()
                    : recordingStart.strip());
      } catch (DateTimeParseException e) {
        throw new UsageException(msg.get("import.badstart", recordingStart));
      }
    }
    Map<String, String> given = new LinkedHashMap<>();
    for (String a : speakerArgs) {
      int eq = a.indexOf('=');
      if (eq <= 0 || a.substring(0, eq).isBlank() || a.substring(eq + 1).isBlank())
        throw new UsageException(msg.get("import.badspeaker", a));
      given.put(a.substring(0, eq).strip(), a.substring(eq + 1).strip());
    }
    int round = 0;
    if (roundArg != null) {
      if (!roundArg.strip().matches("[123]"))
        throw new UsageException(msg.get("import.badround", roundArg));
      round = Integer.parseInt(roundArg.strip());
    }
    // every notes path must exist before anything is done (exit 2 otherwise); what cannot be read
    // as a file (a folder, a FIFO, a device) is a finding at the file, and usage all the same
    List<Path> notesPaths = new ArrayList<>();
    for (String a : paths.subList(1, paths.size())) {
      Path p = ctx.env().resolve(a);
      if (!Files.exists(p) && !Files.isSymbolicLink(p))
        throw new UsageException(msg.get("cli.nofile", a));
      notesPaths.add(p);
    }
    // the session: a file, or a folder holding exactly one
    boolean usage = false;
    Findings all = new Findings(msg);
    List<Checked> sessions = loadAll(List.of(paths.get(0)), all);
    if (sessions.size() != 1)
      throw new UsageException(msg.get("import.onesession", paths.get(0), sessions.size()));
    Checked checked = sessions.get(0);
    Map<String, Importer.FileSummary> summaries = new LinkedHashMap<>();
    NotesMerge.Merged merged = null;
    List<Note> read = new ArrayList<>();
    Session session = checked.usable().map(u -> u.session()).orElse(null);
    // two imports into one notes file at once: each holds the lock from before it reads the file
    // until it has written it, so neither loses the other's notes (a dry run writes nothing)
    FileLock lock = session == null || dryRun ? null : lock(NotesFile.of(session));
    Loader.NotesRead existing = null;
    Outputs.Target target = null;
    int exit;
    boolean write = false;
    try {
      // under the lock, the notes file as it is now: another run may have written it meanwhile
      existing =
          session == null
              ? null
              : lock != null ? loader.notesAfresh(session) : loader.notes(session);
      if (existing != null) {
        for (Finding f : existing.findings()) all.add(f);
      }
      Path speakersFile = null;
      String shownSpeakers = null;
      Map<String, Map<String, String>> remembered = Map.of();
      Importer imp = null;
      // notes are imported only into a session without errors, and a notes file that can be read
      if (existing != null && (existing.notes().isPresent() || existing.findings().isEmpty())) {
        Session s = session;
        List<Note> known = existing.notes().orElse(List.of());
        target = outputs.update(existing.path(), existing.shown());
        if (!dryRun) outputs.cleanStale(target);
        speakersFile = existing.path().resolveSibling(SpeakerMemory.NAME);
        shownSpeakers = ShownPaths.near(s.file(), s.path(), speakersFile);
        remembered = SpeakerMemory.read(speakersFile, shownSpeakers, all, loader);
        imp =
            new Importer(s, start, all)
                .continueThemes(!noContinueThemes)
                .merge(!noMerge)
                .round(round)
                .speakers(given, remembered)
                .known(known);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < notesPaths.size(); i++) {
          Path p = notesPaths.get(i);
          String name = p.getFileName().toString();
          if (!names.add(name)) continue; // the same file twice in one run adds it once
          String shown = paths.get(i + 1);
          if (ownFile(p, shown, s, existing, all)) continue;
          Readers.Input input = input(p, shown, all);
          if (input == null) {
            usage |= unusable;
            continue;
          }
          if (ownContent(input.bytes(), shown, existing, all)) continue;
          read.addAll(imp.read(shown, name, input, summaries));
        }
        merged = NotesMerge.merge(existing.sheet().orElse(NotesFile.Sheet.NONE), read);
      }
      exit = usage ? ExitCode.USAGE : exitCode(all);
      TextFiles.Bytes text = null;
      if (merged != null && exit == ExitCode.OK && !dryRun) {
        text = NotesFile.bytes(merged.notes(), merged.cells(), merged.form());
        // written when anything changed, and never as a file that holds no note
        write =
            !text.equalTo(existing.bytes())
                && (existing.sheet().isPresent() || !merged.notes().isEmpty());
      }
      try {
        if (write) outputs.write(target, text);
        if (imp != null && exit == ExitCode.OK && !dryRun) {
          var speakers = SpeakerMemory.merged(remembered, imp.usedSpeakers());
          if (speakers != null) {
            outputs.write(
                outputs.update(speakersFile, shownSpeakers), SpeakerMemory.format(speakers));
          }
        }
      } catch (OutputException e) {
        // said with the other findings, which the summary counts
        if (e.finding().isEmpty()) throw e;
        all.add(e.finding().get());
        write = false;
        exit = exitCode(all);
      }
    } finally {
      unlock(lock);
    }
    List<Finding> sorted = all.sorted();
    if (fmt.equals("json")) {
      ctx.out().print(json(summaries, read, merged, write, sorted));
    } else {
      printFindings(sorted, FindingPrinter.Format.TEXT);
      if (merged != null) summary(summaries, read, merged, write, existing.shown(), sorted);
    }
    return exit;
  }

  /** The notes file is about to change: actions' sources are not checked against it (KA510). */
  @Override
  CheckContext checkContext() {
    return CheckContext.importing(common.today(ctx.env()));
  }

  /** The lock of the notes file, or null when it cannot be taken (the write then says why). */
  private static FileLock lock(Path notes) {
    try {
      return FileLock.acquire(notes);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void unlock(FileLock lock) {
    if (lock == null) return;
    try {
      lock.close();
    } catch (IOException e) {
      // the lock goes with the process at the latest
    }
  }

  /**
   * Whether {@code p} is the notes file itself (KA630) or the session file or its defaults file
   * (KA631): importing one would add every note again, or the session's lines as notes.
   */
  private boolean ownFile(Path p, String shown, Session s, Loader.NotesRead notes, Findings all) {
    Path key = loader.key(p);
    SourcePos pos = new SourcePos(shown, 1, 1);
    if (key.equals(loader.key(notes.path()))) {
      all.add("KA630", pos, shown);
      return true;
    }
    boolean defaults =
        s.path() != null
            && loader.defaultsFile(s.path()).map(d -> loader.key(d).equals(key)).orElse(false);
    if ((s.path() != null && key.equals(loader.key(s.path()))) || defaults) {
      all.add("KA631", pos, shown);
      return true;
    }
    return false;
  }

  /**
   * Whether the bytes of a file to import are a notes file (a copy of the session's, or any file
   * whose first line is a notes file's header: KA630) or a session file (KA631).
   */
  private static boolean ownContent(byte[] b, String shown, Loader.NotesRead notes, Findings all) {
    SourcePos pos = new SourcePos(shown, 1, 1);
    if (notes.bytes().length > 0 && Arrays.equals(b, notes.bytes())) {
      all.add("KA630", pos, shown);
      return true;
    }
    TextFiles.Decoded d = TextFiles.decode(Arrays.copyOf(b, Math.min(b.length, 4096)), true);
    String head = d.ok() ? d.text() : "";
    int nl = head.indexOf('\n');
    if (NotesFile.isHeader(nl < 0 ? head : head.substring(0, nl))) {
      all.add("KA630", pos, shown);
      return true;
    }
    if (SESSION_LINE.matcher(head).find()) {
      all.add("KA631", pos, shown);
      return true;
    }
    return false;
  }

  /** The line a session file starts its content with: {@code klantarena: 1}. */
  private static final Pattern SESSION_LINE =
      Pattern.compile("(?m)^klantarena:[ \\t]*[0-9]+[ \\t]*(#.*)?\\r?$");

  /** A cell in the summary's list of changes: as it is, or a word for an empty one. */
  private String cellShown(String cell) {
    return cell.isEmpty() ? ctx.msg().get("import.summary.empty") : cell;
  }

  // set by input(): whether the file could not be used as a file at all (exit 2), not just read
  private boolean unusable;

  /** A notes file's bytes, or null with a finding when it cannot be read as a notes file. */
  private Readers.Input input(Path p, String shown, Findings all) {
    Messages msg = ctx.msg();
    loader.input(p, "transcript");
    // not kept by the loader: the bytes go once they are parsed
    TextFiles.Read r = loader.readOnce(p, MAX_NOTES_FILE);
    SourcePos pos = new SourcePos(shown, 1, 1);
    unusable = true;
    switch (r.problem()) {
      case NONE -> {
        return new Readers.Input(r.bytes());
      }
      case MISSING -> throw new UsageException(msg.get("cli.nofile", shown));
      case FOLDER -> all.add("KA625", pos, msg.get("import.unreadable.folder", shown));
      case NOT_REGULAR -> all.add("KA625", pos, msg.get("import.unreadable.notregular", shown));
      case TOO_LARGE -> {
        unusable = false;
        all.add(
            "KA625",
            pos,
            msg.get(
                "import.unreadable.toolarge",
                (r.size() + (1 << 20) - 1) >> 20,
                MAX_NOTES_FILE >> 20));
      }
      case UNREADABLE ->
          all.add("KA625", pos, msg.get("import.unreadable.system", shown, r.reason()));
    }
    return null;
  }

  /**
   * The session comes first: a transcript named first and a YAML file after it are the arguments
   * swapped, said as such rather than as a YAML syntax error inside the transcript.
   */
  private void sessionFirst(Messages msg) {
    String first = paths.get(0);
    if (yaml(first) || Files.isDirectory(ctx.env().resolve(first))) return;
    for (String p : paths.subList(1, paths.size())) {
      if (yaml(p)) throw new UsageException(msg.get("import.sessionfirst", first, p));
    }
  }

  private static boolean yaml(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".yaml") || p.endsWith(".yml");
  }

  private void summary(
      Map<String, Importer.FileSummary> summaries,
      List<Note> read,
      NotesMerge.Merged merged,
      boolean written,
      String target,
      List<Finding> sorted) {
    Messages msg = ctx.msg();
    for (var f : summaries.values()) {
      line(
          msg.get(
              "import.summary.file",
              f.shown(),
              msg.get("import.unit." + f.unit()),
              f.read(),
              f.inNotes(),
              f.skipped(),
              f.notes(),
              f.matched().size(),
              f.unknown().size()));
      if (f.noSpeakers()) line(msg.get("import.summary.nospeakers"));
      if (!f.unknown().isEmpty()) {
        List<String> who = new ArrayList<>();
        StringBuilder cmd = new StringBuilder("klantarena import ").append(quote(paths.get(0)));
        cmd.append(' ').append(quote(f.shown()));
        boolean any = false;
        for (var e : f.unknown().entrySet()) {
          who.add(e.getKey() + " (" + e.getValue() + ")");
          if (e.getKey().equals("?")) continue;
          cmd.append(" --speaker ")
              .append(quote(e.getKey() + "=" + msg.get("import.summary.placeholder")));
          any = true;
        }
        line(msg.get("import.summary.unknown", String.join(", ", who)));
        if (any) line(msg.get("import.summary.mapthem", cmd));
      }
    }
    Map<Integer, Integer> rounds = new TreeMap<>();
    for (Note n : read) rounds.merge(n.round(), 1, Integer::sum);
    List<String> rs = new ArrayList<>();
    for (var e : rounds.entrySet()) {
      rs.add(
          (e.getKey() == 0
                  ? msg.get("import.summary.noround")
                  : msg.get("import.summary.round", e.getKey()))
              + ": "
              + e.getValue());
    }
    line(msg.get("import.summary.rounds", rs.isEmpty() ? "-" : String.join(", ", rs)));
    List<String> ts = new ArrayList<>();
    for (var e : themesBy(read).entrySet()) {
      int all = 0;
      List<String> ways = new ArrayList<>();
      for (var w : e.getValue().entrySet()) {
        all += w.getValue();
        if (!w.getKey().isEmpty())
          ways.add(msg.get("import.summary.by." + w.getKey()) + " " + w.getValue());
      }
      ts.add(
          (e.getKey().isEmpty() ? msg.get("import.summary.notheme") : e.getKey())
              + ": "
              + all
              + (ways.isEmpty() ? "" : " (" + String.join(", ", ways) + ")"));
    }
    line(msg.get("import.summary.themes", ts.isEmpty() ? "-" : String.join(", ", ts)));
    String key =
        written
            ? "import.summary.written"
            : dryRun
                ? "import.summary.dryrun"
                : Finding.fail(sorted, common.strict())
                    ? "import.summary.notwritten"
                    : "import.summary.nothing";
    for (NotesMerge.Change c : merged.changes()) {
      line(
          msg.get(
              "import.summary.change",
              c.id(),
              c.field(),
              cellShown(c.before()),
              cellShown(c.after())));
    }
    line(
        msg.get(
            key,
            target,
            merged.added(),
            merged.updated(),
            merged.unchanged(),
            merged.notes().size()));
    line(FindingPrinter.tally(sorted, msg));
  }

  /** A line of the summary; names from a transcript never reach the terminal raw. */
  private void line(String s) {
    ctx.out().println(Controls.visible(s));
  }

  /** A word as a shell takes it: in double quotes when it holds anything but safe characters. */
  static String quote(String s) {
    if (s.matches("[A-Za-z0-9_./:=@+-]+")) return s;
    return "\""
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`")
        + "\"";
  }

  /**
   * Per theme (empty: none, first) how many notes were filed which way, in the order of {@link
   * ThemeBy}: by tag, keyword, department or continuation.
   */
  private static Map<String, Map<String, Integer>> themesBy(List<Note> read) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Note n : read) {
      Map<String, Integer> ways = out.get(n.theme());
      if (ways == null) {
        ways = new LinkedHashMap<>();
        if (n.hasTheme()) for (ThemeBy b : ThemeBy.values()) ways.put(b.word(), 0);
        out.put(n.theme(), ways);
      }
      ways.put(n.themeBy(), ways.getOrDefault(n.themeBy(), 0) + 1);
    }
    for (Map<String, Integer> ways : out.values()) ways.values().removeAll(List.of(0));
    return out;
  }

  private String json(
      Map<String, Importer.FileSummary> summaries,
      List<Note> read,
      NotesMerge.Merged merged,
      boolean written,
      List<Finding> sorted) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> files = new ArrayList<>();
    for (var f : summaries.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", f.shown());
      m.put("unit", f.unit());
      m.put("read", f.read());
      m.put("in_notes", f.inNotes());
      m.put("skipped", f.skipped());
      m.put("notes", f.notes());
      m.put("no_speakers", f.noSpeakers());
      m.put("matched", new ArrayList<>(f.matched()));
      m.put("unknown", new LinkedHashMap<>(f.unknown()));
      files.add(m);
    }
    root.put("files", files);
    Map<String, Object> rounds = new TreeMap<>();
    Map<String, Object> themes = new TreeMap<>();
    for (Note n : read) {
      rounds.merge(String.valueOf(n.round()), 1, (a, b) -> (Integer) a + (Integer) b);
      themes.merge(n.theme(), 1, (a, b) -> (Integer) a + (Integer) b);
    }
    root.put("rounds", rounds);
    root.put("themes", themes);
    Map<String, Object> by = new TreeMap<>();
    for (var e : themesBy(read).entrySet()) {
      if (!e.getKey().isEmpty()) by.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
    }
    root.put("themes_by", by);
    root.put("added", merged == null ? 0 : merged.added());
    root.put("updated", merged == null ? 0 : merged.updated());
    root.put("unchanged", merged == null ? 0 : merged.unchanged());
    root.put("already", merged == null ? 0 : merged.already());
    root.put("total", merged == null ? 0 : merged.notes().size());
    root.put("written", written);
    List<Object> changes = new ArrayList<>();
    if (merged != null) {
      for (NotesMerge.Change c : merged.changes()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("field", c.field());
        m.put("before", c.before());
        m.put("after", c.after());
        changes.add(m);
      }
    }
    root.put("changes", changes);
    root.put("findings", FindingPrinter.tree(sorted, ctx.msg()));
    return Json.write(root) + "\n";
  }
}
