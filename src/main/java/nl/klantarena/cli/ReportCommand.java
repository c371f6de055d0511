package nl.klantarena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.AtomicFiles;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.render.Templates;
import nl.klantarena.report.Audience;
import nl.klantarena.report.Carried;
import nl.klantarena.report.Letters;
import nl.klantarena.report.Report;
import nl.klantarena.report.ReportJson;
import nl.klantarena.report.ReportMarkdown;
import nl.klantarena.report.ReportPage;
import nl.klantarena.report.Trend;
import nl.klantarena.series.Series;
import nl.klantarena.series.SeriesMarkdown;
import nl.klantarena.session.Session;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena report}: the follow-up report of a session, for staff or as a letter to the
 * customers, from the session file and the notes file beside it. Everything is rendered before
 * anything is written; with error findings nothing is written and the exit code is 1.
 */
final class ReportCommand extends SessionCommand {

  static final List<String> FORMATS = List.of("md", "html", "text", "json");

  private String audience;
  private String format;
  private String out;
  private String templates;
  private boolean quotes;
  private boolean eml;

  private ReportCommand(Context ctx) {
    super(ctx);
  }

  /** The options of {@code report}, besides the common ones. */
  static final Arg[] ARGS = {
    Arg.choice("--audience", "report.audience", "staff", "customers"),
    Arg.choice("--format", "report.format", FORMATS.toArray(String[]::new)),
    Arg.file("--out", "FILE", "report.out"),
    Arg.file("--templates", "DIR", "report.templates"),
    Arg.flag("--quotes", "report.quotes"),
    Arg.flag("--eml", "report.eml"),
  };

  static CommandSpec spec(Context ctx) {
    return spec("report", new ReportCommand(ctx), FILES, ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    audience = Specs.value(spec, "--audience");
    format = Specs.value(spec, "--format");
    out = Specs.value(spec, "--out");
    templates = Specs.value(spec, "--templates");
    quotes = Specs.value(spec, "--quotes");
    eml = Specs.value(spec, "--eml");
  }

  @Override
  int run() throws IOException {
    Audience who = Audience.of(audience);
    if (who == null) throw new UsageException(ctx.msg().get("report.badaudience", audience));
    String fmt = Formats.oneOf(format, FORMATS, ctx.msg());
    Path userTemplates = null;
    if (templates != null) {
      userTemplates = ctx.env().resolve(templates);
      if (!Files.isDirectory(userTemplates))
        throw new UsageException(ctx.msg().get("cli.nofile", templates));
    }
    if (eml && who != Audience.CUSTOMERS)
      throw new UsageException(ctx.msg().get("report.emlaudience"));
    if (eml && !fmt.equals("md")) throw new UsageException(ctx.msg().get("report.emlformat"));
    Path target = out == null ? null : ctx.env().resolve(out);
    if (eml && target != null && Files.exists(target) && !Files.isDirectory(target))
      throw new UsageException(ctx.msg().get("report.notafolder", out));

    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    if (eml && checked.size() > 1)
      throw new UsageException(ctx.msg().get("report.emlmany", checked.size()));
    if (target != null && checked.size() > 1)
      throw new UsageException(ctx.msg().get("report.outmany", checked.size()));
    if (fmt.equals("html") && checked.size() > 1)
      throw new UsageException(ctx.msg().get("report.htmlmany", checked.size()));
    StringBuilder text = new StringBuilder();
    Letters.Output letters = null;
    Path lettersDir = null;
    for (Checked c : checked) {
      Optional<Session> s = c.usable();
      if (s.isEmpty()) continue;
      Session session = s.get();
      Path notesPath = NotesFile.of(session);
      if (target != null && (sameFile(target, session.path()) || sameFile(target, notesPath))) {
        throw new UsageException(ctx.msg().get("report.overwritesinput", out));
      }
      List<Note> notes = null;
      if (Files.exists(notesPath)) {
        String shown = shown(notesPath);
        try {
          notes = NotesFile.read(notesPath, shown, all);
        } catch (IOException e) {
          all.add("KA801", SourcePos.of(shown), shown, e.getMessage());
          continue;
        }
      }
      Report r =
          Report.of(
              session,
              notes,
              seriesOptions(session, notes, who, common.today(ctx.env())).quoting(quotes));
      if (eml) {
        lettersDir = target != null ? target : session.folder().resolve(Letters.DEFAULT_OUT);
        letters = Letters.render(r, templates(userTemplates, session), all).orElse(null);
      } else if (fmt.equals("json")) {
        text.append(ReportJson.render(r));
      } else {
        var markdown = ReportMarkdown.render(r, templates(userTemplates, session), all);
        if (fmt.equals("html")) markdown = markdown.map(md -> ReportPage.html(r, md));
        if (fmt.equals("text")) markdown = markdown.map(md -> ReportPage.text(r, md));
        markdown.ifPresent(text::append);
      }
    }
    printFindings(all.sorted(), FindingPrinter.Format.TEXT);
    if (all.fails(common.strict())) {
      ctx.err().println("klantarena: " + ctx.msg().get("report.nothingwritten"));
      return ExitCode.FINDINGS;
    }
    if (eml) {
      if (letters == null) return exitCode(all);
      // every letter is rendered before the first is written
      for (var f : letters.files().entrySet())
        AtomicFiles.write(lettersDir.resolve(f.getKey()), f.getValue());
      ctx.err()
          .println(
              ctx.msg()
                  .get(
                      "report.letters",
                      checked.get(0).session().map(Session::file).orElse(""),
                      letters.letters(),
                      shown(lettersDir),
                      letters.files().size(),
                      letters.drafts()));
    } else if (target == null) {
      ctx.out().print(text);
      ctx.out().flush();
    } else {
      AtomicFiles.write(target, text.toString());
      ctx.err().println(ctx.msg().get("report.written", shown(target)));
    }
    return exitCode(all);
  }

  /** The templates of a session: --templates, then templates/ beside the session, then built in. */
  private Templates templates(Path userTemplates, Session session) {
    List<Templates.Dir> dirs = new ArrayList<>();
    if (userTemplates != null) dirs.add(new Templates.Dir(userTemplates, templates));
    Path beside = session.folder().resolve(InviteCommand.TEMPLATES_FOLDER);
    if (Files.isDirectory(beside)) dirs.add(new Templates.Dir(beside, shown(beside)));
    return Templates.load(session.language(), dirs);
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private String shown(Path p) {
    Path cwd = ctx.env().cwd().toAbsolutePath().normalize();
    Path a = p.toAbsolutePath().normalize();
    return (a.startsWith(cwd) ? cwd.relativize(a) : a).toString().replace('\\', '/');
  }

  /**
   * The report's options with what the series adds (docs/series.md): the open actions of earlier
   * sessions, and per theme the notes (or, without notes, the actions) of each earlier session and
   * the notes of this one.
   */
  static Report.Options seriesOptions(
      Session session, List<Note> notes, Audience who, LocalDate today) {
    var series = Series.of(session, today);
    List<Carried> carried = new ArrayList<>();
    for (var row : series.carriedOver())
      carried.add(new Carried(row.session().title(), row.action(), row.ownerName()));
    List<Trend> trends = new ArrayList<>();
    var t = series.trends();
    for (var themeRow : t.rows()) {
      for (int i = 0; i < t.columns().size(); i++) {
        int n = themeRow.counts().get(i);
        var c = t.columns().get(i);
        if (n > 0) trends.add(new Trend(c.title(), c.date(), themeRow.title(), n));
      }
      if (notes != null && themeRow.current()) {
        long here = notes.stream().filter(x -> x.theme().equals(themeRow.id())).count();
        if (here > 0)
          trends.add(new Trend(session.title(), session.date(), themeRow.title(), (int) here));
      }
    }
    String markdown = "";
    if (series.earlier().isEmpty()) {
      trends.clear(); // a first session has no trend to show
    } else {
      var md = new SeriesMarkdown(session.language());
      markdown = md.carriedOver(series, 2) + "\n" + md.trends(t, 2); // t: notes files read once
    }
    return new Report.Options(who, today, carried, trends, markdown);
  }
}
