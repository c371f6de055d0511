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
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.invite.Invitations;
import nl.klantarena.io.AtomicFiles;
import nl.klantarena.io.FileLock;
import nl.klantarena.load.Defaults;
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

  /** The user's templates folder beside the session file, laid over the built-in templates. */
  static final String TEMPLATES_FOLDER = "templates";

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
    Path userTemplates = null;
    if (templates != null) {
      userTemplates = ctx.env().resolve(templates);
      if (!Files.isDirectory(userTemplates))
        throw new UsageException(ctx.msg().get("cli.nofile", templates));
    }
    Path outDir = out == null ? null : ctx.env().resolve(out);
    if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new UsageException(ctx.msg().get("invite.notafolder", out));
    }

    Findings all = new Findings(ctx.msg());
    List<Checked> checked = loadAll(all);
    if (outDir != null && checked.size() > 1) {
      throw new UsageException(ctx.msg().get("invite.outmany", checked.size()));
    }
    Map<Path, Invitations.Output> outputs = new LinkedHashMap<>();
    Map<Path, Session> sessions = new LinkedHashMap<>();
    for (Checked c : checked) {
      Optional<Session> s = c.usable();
      if (s.isEmpty()) continue;
      Session session = s.get();
      List<Templates.Dir> dirs = new ArrayList<>();
      if (userTemplates != null) dirs.add(new Templates.Dir(userTemplates, templates));
      Path beside = session.folder().resolve(TEMPLATES_FOLDER);
      if (Files.isDirectory(beside)) dirs.add(new Templates.Dir(beside, shown(beside)));
      // then the series' templates folder named in klantarena.yaml (docs/series.md)
      Defaults.templates(session.path())
          .filter(p -> Files.isDirectory(p) && !p.equals(beside.toAbsolutePath().normalize()))
          .ifPresent(p -> dirs.add(new Templates.Dir(p, shown(p))));
      Templates t = Templates.load(session.language(), dirs);
      var o = Invitations.render(session, t, new Invitations.Options(roles, eml, sequence), all);
      if (o.isPresent()) {
        Path dir = outDir != null ? outDir : session.folder().resolve(DEFAULT_OUT);
        if (outputs.containsKey(dir)) {
          throw new UsageException(
              ctx.msg()
                  .get("invite.samefolder", sessions.get(dir).file(), session.file(), shown(dir)));
        }
        outputs.put(dir, o.get());
        sessions.put(dir, session);
      }
    }

    // the mail-merge lists, merged with the rows of roles not invited now (read first for the
    // findings; read again under the list's lock just before writing, as another run may have
    // written it meanwhile)
    Map<Path, byte[]> lists = mergeLists(outputs, roles, all);
    printFindings(all.sorted(), fmt);
    if (all.fails(common.strict())) return nothingWritten(fmt);
    if (dryRun) {
      // in json and github formats stdout carries the findings alone
      if (fmt == FindingPrinter.Format.TEXT) {
        for (var e : outputs.entrySet()) {
          for (String name : e.getValue().files().keySet()) {
            ctx.out().println(shown(inside(e.getKey(), name)));
          }
        }
      }
    } else {
      List<FileLock> locks = new ArrayList<>();
      try {
        // in one order, so that two runs over the same folders never wait on each other
        for (Path dir : new TreeSet<>(outputs.keySet())) {
          locks.add(FileLock.acquire(dir.resolve(Invitations.MERGE_LIST)));
        }
        Findings late = new Findings(ctx.msg());
        lists = mergeLists(outputs, roles, late);
        if (late.hasErrors()) {
          printFindings(late.sorted(), fmt);
          return nothingWritten(fmt);
        }
        for (var e : outputs.entrySet()) {
          for (var f : e.getValue().files().entrySet()) {
            Path target = inside(e.getKey(), f.getKey());
            byte[] list = lists.get(target);
            AtomicFiles.write(target, list != null ? list : f.getValue());
          }
        }
      } finally {
        for (FileLock l : locks) l.close();
      }
    }
    if (fmt == FindingPrinter.Format.TEXT) {
      for (var e : outputs.entrySet()) {
        Invitations.Output o = e.getValue();
        String key = dryRun ? "invite.summary.dry" : "invite.summary";
        ctx.out()
            .println(
                ctx.msg()
                    .get(
                        key,
                        sessions.get(e.getKey()).file(),
                        o.invitations().size(),
                        shown(e.getKey()),
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

  /** The file {@code name} in {@code dir}; a name that would leave it is a bug. */
  private static Path inside(Path dir, String name) {
    Path target = dir.resolve(name);
    if (!target.normalize().startsWith(dir.normalize())) {
      throw new IllegalStateException("file name outside the output folder: " + name);
    }
    return target;
  }

  /** Each output folder's mail-merge list as this run writes it, by its path. */
  private Map<Path, byte[]> mergeLists(
      Map<Path, Invitations.Output> outputs, Set<Role> roles, Findings findings)
      throws IOException {
    Map<Path, byte[]> lists = new LinkedHashMap<>();
    for (var e : outputs.entrySet()) {
      Path list = inside(e.getKey(), Invitations.MERGE_LIST);
      Invitations.mergeList(e.getValue(), roles, list, shown(list), findings)
          .ifPresent(b -> lists.put(list, b));
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

  /** A path as the user would write it: relative to the working folder when it is below it. */
  private String shown(Path p) {
    Path cwd = ctx.env().cwd().toAbsolutePath().normalize();
    Path a = p.toAbsolutePath().normalize();
    return (a.startsWith(cwd) ? cwd.relativize(a) : a).toString().replace('\\', '/');
  }
}
