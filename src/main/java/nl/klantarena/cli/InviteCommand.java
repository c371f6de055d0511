package nl.klantarena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.klantarena.check.Checked;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.invite.Invitations;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.output.Outputs;
import nl.klantarena.render.Templates;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code klantarena invite}: per participant a message for their role, a calendar invitation and a
 * line in the mail-merge list; with {@code --eml} ready-to-send drafts. Everything is rendered
 * before anything is written, and nothing is written when the run has error findings (or warnings
 * under {@code --strict}); each file is written atomically.
 */
final class InviteCommand extends SessionCommand {

  /** The default output folder, beside the session file. */
  static final String DEFAULT_OUT = "invitations";

  private String out;
  private boolean eml;
  private String templates;
  private List<String> only;
  private boolean dryRun;
  private int sequence;
  private String format;

  private InviteCommand(Context ctx) {
    super(ctx);
  }

  /** The options of {@code invite}, besides the common ones. */
  static final Arg[] ARGS = {
    Arg.file("--out", "DIR", "invite.out"),
    Arg.flag("--eml", "invite.eml"),
    Arg.file("--templates", "DIR", "invite.templates"),
    Arg.choices("--only", "invite.only", "customers", "staff", "facilitator"),
    Arg.flag("--dry-run", "invite.dryrun"),
    Arg.number("--sequence", "N", 0, "invite.sequence"),
    FINDINGS_FORMAT,
  };

  static CommandSpec spec(Context ctx) {
    return spec("invite", new InviteCommand(ctx), FILES, ARGS);
  }

  @Override
  void read(CommandSpec spec) {
    out = Specs.value(spec, "--out");
    eml = Specs.value(spec, "--eml");
    templates = Specs.value(spec, "--templates");
    only = Specs.value(spec, "--only");
    dryRun = Specs.value(spec, "--dry-run");
    sequence = Specs.value(spec, "--sequence");
    format = Specs.value(spec, "--format");
  }

  @Override
  int run() throws IOException {
    FindingPrinter.Format fmt = Formats.findings(format, ctx.msg());
    Set<Role> roles = roles();
    if (sequence < 0) throw new UsageException(ctx.msg().get("invite.badsequence", sequence));
    Optional<Templates.Dir> userTemplates = Optional.empty();
    if (templates != null) {
      Path dir = ctx.env().resolve(templates);
      if (!Files.isDirectory(dir)) throw new UsageException(ctx.msg().get("cli.nofile", templates));
      userTemplates = Optional.of(new Templates.Dir(dir, templates));
    }
    Path outDir = out == null ? null : ctx.env().resolve(out);

    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    if (outDir != null && checked.size() > 1) {
      throw new UsageException(ctx.msg().get("invite.outmany", checked.size()));
    }
    // a folder per session: what it will hold, and the session it is for
    Map<Path, Invitations.Output> rendered = new LinkedHashMap<>();
    Map<Path, Session> sessions = new LinkedHashMap<>();
    Map<Path, Outputs.Target> folders = new LinkedHashMap<>();
    for (Checked c : checked) {
      if (c.usable().isEmpty()) continue;
      CheckedSession checkedSession = c.usable().get();
      Session session = checkedSession.session();
      Templates t = loader.templates(session, userTemplates);
      var o =
          Invitations.render(
              checkedSession,
              t,
              new Invitations.Options(roles, eml, sequence, common.today(ctx.env())),
              all);
      if (o.isPresent()) {
        Path dir = outDir != null ? outDir : session.folder().resolve(DEFAULT_OUT);
        String shownDir = out != null ? out : ShownPaths.near(session.file(), session.path(), dir);
        if (rendered.containsKey(dir)) {
          throw new UsageException(
              ctx.msg()
                  .get("invite.samefolder", sessions.get(dir).file(), session.file(), shownDir));
        }
        rendered.put(dir, o.get());
        sessions.put(dir, session);
        folders.put(dir, outputs.folder(out != null ? "--out" : null, dir, shownDir));
      }
    }
    outputs.refuseInputs();

    // the mail-merge lists, merged with the rows of roles not invited now (read first for the
    // findings; read again under the list's lock just before writing, as another run may have
    // written it meanwhile)
    Map<Path, byte[]> lists = mergeLists(rendered, folders, roles, all);
    printFindings(all.sorted(), fmt);
    if (all.fails(common.strict())) return nothingWritten(fmt);
    // every folder is checked before the first is written; each is written all or none
    for (var e : rendered.entrySet()) {
      outputs.checkAll(folders.get(e.getKey()), e.getValue().files().keySet());
    }
    if (dryRun) {
      // in json and github formats stdout carries the findings alone
      if (fmt == FindingPrinter.Format.TEXT) {
        for (var e : rendered.entrySet()) {
          for (String name : e.getValue().files().keySet())
            ctx.out().println(Outputs.below(folders.get(e.getKey()), name));
        }
      }
    } else {
      List<Outputs.Held> locks = new ArrayList<>();
      try {
        // in one order, so that two runs over the same folders never wait on each other
        for (Path dir : new TreeSet<>(rendered.keySet())) {
          locks.add(outputs.lock(folders.get(dir), Invitations.MERGE_LIST));
        }
        Findings late = new Findings(ctx.msg());
        lists = mergeLists(rendered, folders, roles, late);
        if (late.hasErrors()) {
          printFindings(late.sorted(), fmt);
          return nothingWritten(fmt);
        }
        for (var e : rendered.entrySet()) {
          Map<String, byte[]> files = new LinkedHashMap<>(e.getValue().files());
          byte[] list = lists.get(e.getKey());
          if (list != null) files.put(Invitations.MERGE_LIST, list);
          outputs.writeAll(folders.get(e.getKey()), files);
        }
      } finally {
        for (Outputs.Held l : locks) l.close();
      }
    }
    if (fmt == FindingPrinter.Format.TEXT) {
      for (var e : rendered.entrySet()) {
        Invitations.Output o = e.getValue();
        String key = dryRun ? "invite.summary.dry" : "invite.summary";
        ctx.out()
            .println(
                ctx.msg()
                    .get(
                        key,
                        sessions.get(e.getKey()).file(),
                        o.invitations().size(),
                        folders.get(e.getKey()).shown(),
                        o.files().size(),
                        o.count(Role.FACILITATOR),
                        o.count(Role.CUSTOMER),
                        o.count(Role.STAFF)));
      }
    }
    return exitCode(all);
  }

  private int nothingWritten(FindingPrinter.Format fmt) {
    if (fmt == FindingPrinter.Format.TEXT)
      ctx.err().println("klantarena: " + ctx.msg().get("invite.nothingwritten"));
    return ExitCode.FINDINGS;
  }

  /** Each output folder's mail-merge list as this run writes it, by the folder. */
  private Map<Path, byte[]> mergeLists(
      Map<Path, Invitations.Output> rendered,
      Map<Path, Outputs.Target> folders,
      Set<Role> roles,
      Findings findings) {
    Map<Path, byte[]> lists = new LinkedHashMap<>();
    for (var e : rendered.entrySet()) {
      Outputs.Target folder = folders.get(e.getKey());
      Optional<byte[]> now = outputs.current(folder, Invitations.MERGE_LIST);
      String shown = Outputs.below(folder, Invitations.MERGE_LIST);
      Invitations.mergeList(e.getValue(), roles, now, shown, findings)
          .ifPresent(b -> lists.put(e.getKey(), b));
    }
    return lists;
  }

  /** The roles of {@code --only}; every role when it is not given. */
  private Set<Role> roles() {
    if (only.isEmpty()) return EnumSet.of(Role.FACILITATOR, Role.CUSTOMER, Role.STAFF);
    Set<Role> r = EnumSet.noneOf(Role.class);
    for (String o : only) {
      switch (o.strip().toLowerCase(Locale.ROOT)) {
        case "customers", "customer" -> r.add(Role.CUSTOMER);
        case "staff" -> r.add(Role.STAFF);
        case "facilitator", "facilitators" -> r.add(Role.FACILITATOR);
        default -> throw new UsageException(ctx.msg().get("invite.badonly", o));
      }
    }
    return r;
  }
}
