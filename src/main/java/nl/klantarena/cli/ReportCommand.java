package nl.klantarena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.klantarena.check.Checked;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.output.Outputs;
import nl.klantarena.render.Templates;
import nl.klantarena.report.Audience;
import nl.klantarena.report.Letters;
import nl.klantarena.report.Report;
import nl.klantarena.report.ReportJson;
import nl.klantarena.report.ReportMarkdown;
import nl.klantarena.report.ReportPage;
import nl.klantarena.series.ReportSeries;
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
    Optional<Templates.Dir> userTemplates = Optional.empty();
    if (templates != null) {
      Path dir = ctx.env().resolve(templates);
      if (!Files.isDirectory(dir)) throw new UsageException(ctx.msg().get("cli.nofile", templates));
      userTemplates = Optional.of(new Templates.Dir(dir, templates));
    }
    if (eml && who != Audience.CUSTOMERS)
      throw new UsageException(ctx.msg().get("report.emlaudience"));
    if (eml && !fmt.equals("md")) throw new UsageException(ctx.msg().get("report.emlformat"));
    if (eml && out != null) {
      Path dir = ctx.env().resolve(out);
      if (Files.exists(dir) && !Files.isDirectory(dir))
        throw new UsageException(ctx.msg().get("report.notafolder", out));
    }
    Outputs.Target target = out == null || eml ? null : outputs.file("--out", out);

    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    if (eml && checked.size() > 1)
      throw new UsageException(ctx.msg().get("report.emlmany", checked.size()));
    if (target != null && checked.size() > 1)
      throw new UsageException(ctx.msg().get("report.outmany", checked.size()));
    if (fmt.equals("html") && checked.size() > 1)
      throw new UsageException(ctx.msg().get("report.htmlmany", checked.size()));
    outputs.refuseInputs();
    LocalDate today = common.today(ctx.env());
    StringBuilder text = new StringBuilder();
    Letters.Output letters = null;
    Outputs.Target lettersDir = null;
    ReportSeries series = new ReportSeries(loader, today);
    for (Checked c : checked) {
      if (c.usable().isEmpty()) continue;
      CheckedSession session = c.usable().get();
      Loader.NotesRead read = loader.notes(session.session());
      for (Finding f : read.findings()) all.add(f);
      if (read.notes().isEmpty() && !read.findings().isEmpty()) continue;
      List<Note> notes = read.notes().orElse(null);
      Report r = Report.of(session, notes, series.options(session, notes, who).quoting(quotes));
      if (eml) {
        Path dir =
            out != null
                ? ctx.env().resolve(out)
                : session.session().folder().resolve(Letters.DEFAULT_OUT);
        String shownDir =
            out != null
                ? out
                : ShownPaths.near(session.session().file(), session.session().path(), dir);
        lettersDir = outputs.folder(out != null ? "--out" : null, dir, shownDir);
        outputs.refuseInputs();
        letters =
            Letters.render(r, loader.templates(session.session(), userTemplates), all).orElse(null);
      } else if (fmt.equals("json")) {
        text.append(ReportJson.render(r));
      } else {
        var markdown =
            ReportMarkdown.render(r, loader.templates(session.session(), userTemplates), all);
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
      // every letter is rendered before the first is written, and all are written or none
      outputs.writeAll(lettersDir, letters.files());
      ctx.err()
          .println(
              ctx.msg()
                  .get(
                      "report.letters",
                      checked.get(0).loaded().map(Session::file).orElse(""),
                      letters.letters(),
                      lettersDir.shown(),
                      letters.files().size(),
                      letters.drafts()));
    } else if (target == null) {
      ctx.out().print(text);
      ctx.out().flush();
    } else {
      outputs.write(target, text.toString());
      ctx.err().println(ctx.msg().get("report.written", out));
    }
    return exitCode(all);
  }
}
