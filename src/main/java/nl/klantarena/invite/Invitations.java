package nl.klantarena.invite;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantarena.agenda.Words;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.plan.PlanIcs;
import nl.klantarena.render.Templates;
import nl.klantarena.session.Person;
import nl.klantarena.session.Preparation;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;

/**
 * Renders the invitations of one checked session, all in memory: per participant a message file
 * ({@code <role>-<name>.txt}), a calendar file ({@code .ics}) and, with drafts, an {@code .eml};
 * plus the mail-merge list. Nothing is written here, so that the command can write everything or
 * nothing.
 */
public final class Invitations {

  /**
   * What to make.
   *
   * @param roles the roles to invite (facilitator, customers, staff)
   * @param drafts whether to make {@code .eml} drafts too
   * @param sequence the calendar SEQUENCE: 0 for the first invitation, one more for each update
   * @param today the date of the run ({@code --today}), to warn about a session already held or a
   *     reply-by date already past; null to leave that out
   */
  public record Options(Set<Role> roles, boolean drafts, int sequence, LocalDate today) {
    public Options {
      roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Options(Set<Role> roles, boolean drafts, int sequence) {
      this(roles, drafts, sequence, null);
    }
  }

  /** One participant's invitation. */
  public record Invitation(
      Person person, String base, String subject, String body, boolean drafted) {}

  /**
   * The result: files by name (relative to the output folder, in the order they are listed) and the
   * invitations they came from.
   */
  public record Output(Map<String, byte[]> files, List<Invitation> invitations) {
    public Output {
      files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
      invitations = List.copyOf(invitations);
    }

    public long count(Role role) {
      return invitations.stream().filter(i -> i.person().role() == role).count();
    }
  }

  private Invitations() {}

  /** The mail-merge list's name in the output folder. */
  public static final String MERGE_LIST = MergeList.FILE;

  /**
   * The mail-merge list to write over {@code existing} (what the list in the output folder holds
   * now; empty when there is none yet): this run's rows for the roles it invited, the existing rows
   * of every other role kept, so that {@code --only staff} does not take the customers off the
   * list. Read the existing list while holding its lock, and write the result before letting go.
   *
   * @param shown how findings name the existing list
   * @return empty, with a KA710 finding, when the existing list cannot be read back
   */
  public static Optional<byte[]> mergeList(
      Output o, Set<Role> roles, Optional<byte[]> existing, String shown, Findings findings) {
    byte[] fresh = o.files().get(MergeList.FILE);
    boolean every = roles.containsAll(EnumSet.of(Role.FACILITATOR, Role.CUSTOMER, Role.STAFF));
    if (every || existing.isEmpty()) return Optional.of(fresh);
    Set<String> words = new HashSet<>();
    for (Role r : roles) words.add(r.word());
    try {
      String merged =
          MergeList.merge(existing.get(), new String(fresh, StandardCharsets.UTF_8), words);
      return Optional.of(merged.getBytes(StandardCharsets.UTF_8));
    } catch (MergeList.Unreadable e) {
      findings.add(
          "KA710", new SourcePos(shown, e.line(), 1), findings.messages().get("KA710." + e.why()));
      return Optional.empty();
    }
  }

  /**
   * The invitations of a session that passed its error rules. Findings: KA704 for a participant
   * without an e-mail address, KA705 when there is no contact to reply to, KA708 for a session
   * whose date has passed, KA707 for a reply-by date that has, and the template findings
   * (KA701–KA703).
   *
   * @return empty when an error finding was added
   */
  public static Optional<Output> render(
      CheckedSession checked, Templates templates, Options options, Findings findings) {
    Session session = checked.session();
    Person contact = session.contact();
    if (contact == null || !contact.hasEmail()) {
      findings.add("KA705", contact == null ? session.at().pos() : contact.at().of("email"));
      return Optional.empty();
    }
    LocalDate today = options.today();
    if (today != null && session.date().isBefore(today)) {
      findings.add("KA708", session.at().of("date"), session.date(), today);
    } else if (today != null
        && options.roles().contains(Role.CUSTOMER)
        && session.replyByOrDefault().isBefore(today)) {
      findings.add(
          "KA707",
          session.at().wrote("reply_by") ? session.at().of("reply_by") : session.at().of("date"),
          session.replyByOrDefault(),
          today);
    }
    InviteScope scopes = new InviteScope(session);
    Preparation prep = session.preparation();
    Words words = Words.of(session.language());
    String sessionKey = "klantarena-" + hash(PlanIcs.uid(session)).substring(0, 20);
    String domain = contact.email().substring(contact.email().indexOf('@') + 1);
    Slugs slugs = new Slugs();
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Invitation> invitations = new ArrayList<>();
    List<MergeList.Row> rows = new ArrayList<>();
    boolean failed = false;
    for (Person p : session.participants()) {
      if (!options.roles().contains(p.role())) continue;
      if (!p.hasEmail()) findings.add("KA704", p.at().pos(), p.name());
      String role = p.role().word();
      String base = slugs.unique(role + "-" + Slugs.of(p.name(), "participant"));
      Map<String, Object> scope = scopes.forParticipant(p);
      Optional<String> subject =
          templates.render("invite-" + role + ".subject.txt.mustache", scope, findings);
      Optional<String> body = templates.render("invite-" + role + ".txt.mustache", scope, findings);
      Optional<String> description =
          templates.render("invite-calendar.txt.mustache", scope, findings);
      boolean prepared = prep != null && p.role() != Role.CUSTOMER;
      Optional<String> prepDescription =
          prepared
              ? templates.render("invite-preparation.txt.mustache", scope, findings)
              : Optional.of("");
      if (subject.isEmpty()
          || body.isEmpty()
          || description.isEmpty()
          || prepDescription.isEmpty()) {
        failed = true;
        continue;
      }
      String subj = oneLine(subject.get());
      String text = tidy(body.get());
      scope.put("subject", subj);
      scope.put("body", text);
      Optional<String> message = templates.render("invite-message.txt.mustache", scope, findings);
      if (message.isEmpty()) {
        failed = true;
        continue;
      }
      byte[] ics =
          InviteCalendar.ics(
              session, scopes.programme(), contact, p, options.sequence(), tidy(description.get()));
      String txtName = base + ".txt";
      String icsName = base + ".ics";
      files.put(txtName, tidy(message.get()).getBytes(StandardCharsets.UTF_8));
      files.put(icsName, ics);
      String prepName = "";
      byte[] prepIcs = null;
      if (prepared) {
        prepName = base + "-preparation.ics";
        prepIcs =
            InviteCalendar.preparation(
                session,
                prep,
                words.get("invite.doc.preparation", session.title()),
                contact,
                p,
                options.sequence(),
                tidy(prepDescription.get()));
        files.put(prepName, prepIcs);
      }
      boolean drafted = options.drafts() && p.hasEmail();
      String emlName = "";
      if (drafted) {
        emlName = base + ".eml";
        String hash = hash(sessionKey + "/" + base).substring(0, 24);
        files.put(
            emlName,
            MailDraft.build(
                new MailDraft.Content(
                    contact.name(),
                    contact.email(),
                    p.name(),
                    p.email(),
                    subj,
                    text,
                    ics,
                    "klantarena.ics",
                    prepIcs,
                    words.get("invite.doc.preparation.file"),
                    draftDate(session),
                    "<" + sessionKey + "." + base + "@" + domain + ">",
                    "=_klantarena." + hash)));
      }
      invitations.add(new Invitation(p, base, subj, text, drafted));
      // a customer of a recorded session is asked to agree to it (partials/recording)
      boolean asked =
          p.role() == Role.CUSTOMER
              && session.recording() != null
              && session.recording().recorded();
      rows.add(
          new MergeList.Row(
              p.name(),
              p.email(),
              role,
              subj,
              txtName,
              icsName,
              emlName,
              p.hasEmail() ? "ok" : "no-email",
              prepName,
              asked ? "requested" : ""));
    }
    if (failed || findings.hasErrors()) return Optional.empty();
    files.put(MergeList.FILE, MergeList.csv(rows).getBytes(StandardCharsets.UTF_8));
    return Optional.of(new Output(files, invitations));
  }

  /**
   * The Date of a draft: the session's day at the start of the programme, in its time zone. Mail
   * clients set the real date when the draft is sent; a fixed one keeps the file the same on every
   * run.
   */
  private static ZonedDateTime draftDate(Session s) {
    return s.date().atTime(s.agenda().start()).atZone(s.timezone());
  }

  private static String hash(String s) {
    return MailDraft.hash(s);
  }

  /** A subject is one line: line breaks and runs of spaces become one space. */
  public static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /**
   * Trailing spaces removed, at most one blank line in a row (sections that render nothing leave
   * none behind), and exactly one line break at the end.
   */
  public static String tidy(String s) {
    String t = s.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    t = t.strip();
    return t.isEmpty() ? "" : t + "\n";
  }
}
