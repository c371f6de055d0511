package nl.klantarena.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.klantarena.actions.ActionList;
import nl.klantarena.actions.ActionRow;
import nl.klantarena.actions.ActionsOutput;
import nl.klantarena.actions.Proposal;
import nl.klantarena.actions.Reminders;
import nl.klantarena.check.Checked;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.ActionNotes;
import nl.klantarena.notes.Note;
import nl.klantarena.output.Outputs;
import nl.klantarena.render.Templates;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena actions}: every action across the given sessions, overdue and open first; with
 * {@code --fail-on-overdue}, the gate that fails a CI run when a promised action is past its date;
 * with {@code --propose}, the actions a session's action notes ask for; with {@code --remind}, the
 * reminders to the owners of open actions and a summary for the contact.
 */
final class ActionsCommand extends SessionCommand {

  private String owner;
  private String status;
  private boolean overdue;
  private String format;
  private String out;
  private boolean failOnOverdue;
  private boolean propose;
  private boolean remind;
  private boolean eml;

  private ActionsCommand(Context ctx) {
    super(ctx);
  }

  /** The options of {@code actions}, besides the common ones. */
  static final Arg[] ARGS = {
    Arg.text("--owner", "NAME", "actions.owner"),
    Arg.choiceOrNone("--status", "actions.status", "open", "done", "dropped"),
    Arg.flag("--overdue", "actions.overdue"),
    Arg.choice("--format", "actions.format", "md", "text", "json", "csv"),
    Arg.file("--out", "FILE", "actions.out"),
    Arg.flag("--fail-on-overdue", "actions.failonoverdue"),
    Arg.flag("--propose", "actions.propose"),
    Arg.flag("--remind", "actions.remind"),
    Arg.flag("--eml", "actions.eml"),
  };

  static CommandSpec spec(Context ctx) {
    return spec("actions", new ActionsCommand(ctx), FILES, ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    owner = Specs.value(spec, "--owner");
    status = Specs.value(spec, "--status");
    overdue = Specs.value(spec, "--overdue");
    format = Specs.value(spec, "--format");
    out = Specs.value(spec, "--out");
    failOnOverdue = Specs.value(spec, "--fail-on-overdue");
    propose = Specs.value(spec, "--propose");
    remind = Specs.value(spec, "--remind");
    eml = Specs.value(spec, "--eml");
  }

  /**
   * Why an owner filter that lists nothing names nobody: the people it could be, or the name it
   * most likely meant; null when it names someone (who has no actions that pass the filters).
   */
  private String nobodyNamed(List<Session> sessions) {
    ActionList.Whom w = ActionList.whom(sessions, owner);
    if (!w.found().isEmpty()) return null;
    if (!w.candidates().isEmpty()) {
      String all = People.join(w.candidates(), ctx.msg().get("word.or"));
      return ctx.msg().get("actions.owner.ambiguous", owner, all);
    }
    String near = w.nearest() == null ? "" : "; " + ctx.msg().get("hint.didyoumean", w.nearest());
    return ctx.msg().get("actions.owner.nobody", owner, near);
  }

  @Override
  boolean failOnOverdue() {
    return failOnOverdue;
  }

  @Override
  int run() {
    if (remind) return remind();
    if (propose) return propose();
    String fmt = Formats.oneOf(format, List.of("md", "text", "json", "csv"), ctx.msg());
    Status only = null;
    if (status != null) {
      String s = Formats.oneOf(status, List.of("open", "done", "dropped"), ctx.msg());
      only = Status.valueOf(s.toUpperCase(Locale.ROOT));
    }
    LocalDate today = common.today(ctx.env());
    Outputs.Target target = out == null ? null : outputs.file("--out", out);
    Findings all = new Findings(ctx.msg());
    List<Session> sessions = new ArrayList<>();
    // only sessions that passed their error rules are listed (a session with errors may miss the
    // very values a row shows); the errors of the others fail the run, and the run names them, so
    // that nobody takes the list for the whole series
    List<String> leftOut = new ArrayList<>();
    for (Checked c : loadAll(all)) {
      if (c.usable().isPresent()) sessions.add(c.usable().get().session());
      else leftOut.add(c.file());
    }
    outputs.refuseInputs();
    List<ActionRow> rows =
        ActionList.of(sessions, today, new ActionList.Filter(owner, only, overdue));
    String text = new ActionsOutput(ctx.msg(), today).render(fmt, rows);
    if (target == null) {
      ctx.out().print(text);
    } else {
      outputs.write(target, text);
    }
    // the list is the output; of the findings only what fails the run is said (check says the rest)
    List<Finding> shown = new ArrayList<>();
    for (Finding f : all.sorted()) if (f.fails(common.strict())) shown.add(f);
    printFindings(shown, FindingPrinter.Format.TEXT);
    for (String file : leftOut) ctx.err().println(ctx.msg().get("actions.leftout", file));
    if (owner != null && rows.isEmpty()) {
      String nobody = nobodyNamed(sessions);
      if (nobody != null) ctx.err().println(nobody);
    }
    if (failOnOverdue) {
      // the gate looks at every action given, whatever the filters show
      long late =
          sessions.stream()
              .flatMap(s -> s.actions().stream())
              .filter(a -> a.overdue(today))
              .count();
      ctx.err()
          .println(
              late == 0
                  ? ctx.msg().get("actions.gate.none", today)
                  : ctx.msg()
                      .get(late == 1 ? "actions.gate.one" : "actions.gate.many", late, today));
      // the promise to report back counts too: KA521 is an error under the gate
      long unanswered = sessions.stream().filter(s -> s.feedback().overdue(today)).count();
      if (unanswered > 0)
        ctx.err()
            .println(
                ctx.msg()
                    .get(
                        unanswered == 1
                            ? "actions.gate.feedback.one"
                            : "actions.gate.feedback.many",
                        unanswered,
                        today));
    }
    return exitCode(all);
  }

  /**
   * {@code --propose}: the YAML of the actions that the session's action notes ask for and no
   * action takes up yet, to paste into the session file.
   */
  private int propose() {
    Outputs.Target target = out == null ? null : outputs.file("--out", out);
    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    if (checked.size() != 1) {
      throw new UsageException(ctx.msg().get("actions.propose.one", checked.size()));
    }
    String yaml = "";
    String said = null;
    if (checked.get(0).usable().isPresent()) {
      Session s = checked.get(0).usable().get().session();
      Loader.NotesRead read = loader.notes(s);
      for (Finding f : read.findings()) all.add(f);
      if (read.notes().isEmpty()) {
        if (read.findings().isEmpty())
          said = ctx.msg().get("actions.propose.nonotes", s.file(), read.shown());
      } else {
        List<Note> open = ActionNotes.notTakenUp(s, read.notes().get());
        yaml = Proposal.yaml(s, open, ctx.msg(), s.file(), read.shown());
        if (open.isEmpty()) said = ctx.msg().get("actions.propose.none", s.file(), read.shown());
      }
    }
    outputs.refuseInputs();
    List<Finding> shown = new ArrayList<>();
    for (Finding f : all.sorted()) if (f.fails(common.strict())) shown.add(f);
    printFindings(shown, FindingPrinter.Format.TEXT);
    if (said != null) ctx.err().println(said);
    if (target == null) {
      ctx.out().print(yaml);
    } else if (!yaml.isEmpty()) {
      outputs.write(target, yaml);
    }
    return exitCode(all);
  }

  /**
   * {@code --remind}: a reminder per owner of open actions past their due date or due soon, and a
   * summary for the contact, written into the folder {@code --out} names, all or none.
   */
  private int remind() {
    if (out == null) throw new UsageException(ctx.msg().get("actions.remind.noout"));
    for (var o : new String[][] {{"--owner", owner}, {"--status", status}}) {
      if (o[1] != null) throw new UsageException(ctx.msg().get("actions.remind.notwith", o[0]));
    }
    if (overdue) throw new UsageException(ctx.msg().get("actions.remind.notwith", "--overdue"));
    if (propose) throw new UsageException(ctx.msg().get("actions.remind.notwith", "--propose"));
    LocalDate today = common.today(ctx.env());
    Outputs.Target folder = outputs.folder("--out", ctx.env().resolve(out), out);
    Findings all = new Findings(ctx.msg());
    List<Session> sessions = new ArrayList<>();
    for (Checked c : loadAll(all)) {
      if (c.usable().isPresent()) sessions.add(c.usable().get().session());
    }
    outputs.refuseInputs();
    Optional<Reminders.Output> written = Optional.empty();
    Session latest = null;
    if (!sessions.isEmpty()) {
      latest = Collections.max(sessions, LATEST);
      Templates t = loader.templates(latest, Optional.empty());
      written = Reminders.render(sessions, latest, today, t, eml, all);
    }
    // the reminders are the output; of the findings, what fails the run and what they leave out
    List<Finding> shown = new ArrayList<>();
    for (Finding f : all.sorted()) {
      if (f.fails(common.strict()) || f.code().equals("KA910")) shown.add(f);
    }
    printFindings(shown, FindingPrinter.Format.TEXT);
    if (all.fails(common.strict()) || written.isEmpty()) {
      String why =
          sessions.isEmpty() && !all.fails(common.strict()) ? "nosessions" : "nothingwritten";
      ctx.err().println("klantarena: " + ctx.msg().get("actions.remind." + why));
      return sessions.isEmpty() && !all.fails(common.strict()) ? ExitCode.OK : ExitCode.FINDINGS;
    }
    Reminders.Output o = written.get();
    outputs.writeAll(folder, o.files());
    int n = o.reminders().size();
    Person contact = latest.contact();
    String key = n == 0 ? "none" : n == 1 ? "one" : "many";
    ctx.out()
        .println(
            ctx.msg()
                .get(
                    "actions.remind.written." + key,
                    contact == null ? "" : contact.name(),
                    folder.shown(),
                    o.files().size(),
                    n,
                    today,
                    Reminders.WINDOW_DAYS));
    return exitCode(all);
  }

  /** The latest session: by date, then by file. */
  private static final Comparator<Session> LATEST =
      Comparator.comparing(Session::date, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Session::file);
}
