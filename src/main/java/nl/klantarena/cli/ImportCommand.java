package nl.klantarena.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.importer.Importer;
import nl.klantarena.io.Json;
import nl.klantarena.io.TextFiles;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.output.OutputException;
import nl.klantarena.session.Session;
import nl.klantarena.text.Controls;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena import SESSION NOTES...}: reads transcripts and typed notes, matches them to
 * the session, and adds them to the notes file beside it. The session file is never written; the
 * notes file is written whole or not at all, and not when any input has an error.
 */
final class ImportCommand extends SessionCommand {

  private String recordingStart;
  private boolean continueThemes;
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
    Arg.flag("--continue-themes", "import.continuethemes"),
    Arg.flag("--dry-run", "import.dryrun"),
    Arg.choice("--format", "import.format", "text", "json"),
  };

  static CommandSpec spec(Context ctx) {
    return spec("import", new ImportCommand(ctx), ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    recordingStart = Specs.value(spec, "--recording-start");
    continueThemes = Specs.value(spec, "--continue-themes");
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
    // every notes path must be readable before anything is done (exit 2 otherwise)
    List<Path> notesPaths = new ArrayList<>();
    for (String a : paths.subList(1, paths.size())) {
      Path p = ctx.env().resolve(a);
      if (!Files.exists(p)) throw new UsageException(msg.get("cli.nofile", a));
      if (Files.isDirectory(p) || !Files.isReadable(p))
        throw new UsageException(msg.get("cli.unreadable", a));
      notesPaths.add(p);
    }
    // the session: a file, or a folder holding exactly one
    Findings all = new Findings(msg);
    List<Checked> sessions = loadAll(List.of(paths.get(0)), all);
    if (sessions.size() != 1)
      throw new UsageException(msg.get("import.onesession", paths.get(0), sessions.size()));
    Checked checked = sessions.get(0);
    Map<String, Importer.FileSummary> summaries = new LinkedHashMap<>();
    Importer.Merged merged = null;
    List<Note> read = new ArrayList<>();
    String shownNotes = null;
    Path notesFile = null;
    Loader.NotesRead existing =
        checked.usable().isPresent() ? loader.notes(checked.usable().get().session()) : null;
    if (existing != null) {
      for (Finding f : existing.findings()) all.add(f);
    }
    // notes are imported only into a session without errors, and a notes file that can be read
    if (existing != null && (existing.notes().isPresent() || existing.findings().isEmpty())) {
      Session s = checked.usable().get().session();
      notesFile = existing.path();
      shownNotes = existing.shown();
      List<Note> known = existing.notes().orElse(List.of());
      Importer imp = new Importer(s, start, all).continueThemes(continueThemes).known(known);
      Set<String> names = new HashSet<>();
      for (int i = 0; i < notesPaths.size(); i++) {
        Path p = notesPaths.get(i);
        String shown = paths.get(i + 1);
        String name = p.getFileName().toString();
        if (!names.add(name)) continue; // the same file twice in one run adds it once
        loader.input(p, "transcript");
        TextFiles.Read bytes = loader.read(p, Loader.NOTES_CAP);
        if (!bytes.ok()) {
          all.add("KA141", SourcePos.of(shown), loader.problem(bytes, Loader.NOTES_CAP));
          continue;
        }
        read.addAll(imp.read(shown, name, bytes.bytes(), summaries));
      }
      merged = Importer.merge(known, read);
    }
    int exit = exitCode(all);
    boolean write = merged != null && exit == ExitCode.OK && !dryRun && merged.added() > 0;
    if (write) {
      try {
        outputs.write(outputs.update(notesFile, shownNotes), NotesFile.format(merged.notes()));
      } catch (OutputException e) {
        // said with the other findings, which the summary counts
        if (e.finding().isEmpty()) throw e;
        all.add(e.finding().get());
        write = false;
        exit = exitCode(all);
      }
    }
    List<Finding> sorted = all.sorted();
    if (fmt.equals("json")) {
      ctx.out().print(json(summaries, read, merged, write, sorted));
    } else {
      printFindings(sorted, FindingPrinter.Format.TEXT);
      if (merged != null) summary(summaries, read, merged, write, shownNotes, sorted);
    }
    return exit;
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
      Importer.Merged merged,
      boolean written,
      String target,
      List<Finding> sorted) {
    Messages msg = ctx.msg();
    for (var f : summaries.values()) {
      line(
          msg.get(
              "import.summary.file", f.shown(), f.notes(), f.matched().size(), f.unknown().size()));
      if (!f.unknown().isEmpty())
        line(msg.get("import.summary.unknown", String.join(", ", f.unknown().keySet())));
    }
    Map<Integer, Integer> rounds = new TreeMap<>();
    Map<String, Integer> themes = new TreeMap<>();
    for (Note n : read) {
      rounds.merge(n.round(), 1, Integer::sum);
      themes.merge(n.theme(), 1, Integer::sum);
    }
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
    for (var e : themes.entrySet()) {
      ts.add(
          (e.getKey().isEmpty() ? msg.get("import.summary.notheme") : e.getKey())
              + ": "
              + e.getValue());
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
    line(msg.get(key, target, merged.added(), merged.already(), merged.notes().size()));
    line(FindingPrinter.tally(sorted, msg));
  }

  /** A line of the summary; names from a transcript never reach the terminal raw. */
  private void line(String s) {
    ctx.out().println(Controls.visible(s));
  }

  private String json(
      Map<String, Importer.FileSummary> summaries,
      List<Note> read,
      Importer.Merged merged,
      boolean written,
      List<Finding> sorted) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> files = new ArrayList<>();
    for (var f : summaries.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", f.shown());
      m.put("notes", f.notes());
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
    root.put("added", merged == null ? 0 : merged.added());
    root.put("already", merged == null ? 0 : merged.already());
    root.put("total", merged == null ? 0 : merged.notes().size());
    root.put("written", written);
    root.put("findings", FindingPrinter.tree(sorted, ctx.msg()));
    return Json.write(root) + "\n";
  }
}
