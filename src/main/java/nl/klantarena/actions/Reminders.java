package nl.klantarena.actions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.klantarena.finding.Findings;
import nl.klantarena.invite.Invitations;
import nl.klantarena.invite.MailDraft;
import nl.klantarena.invite.Slugs;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Templates;
import nl.klantarena.session.Action;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Names;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;

/**
 * The reminders of {@code klantarena actions --remind}: for every owner with open actions that are
 * past their due date or due within {@link #WINDOW_DAYS} days of {@code --today}, across all the
 * sessions given, one message (overdue first, with the days late; then what is due soon), and one
 * summary of them all for the contact. Actions decided not to do ({@code dont}), done or dropped
 * are never in them. The texts come from the templates ({@code reminder-*.mustache}), in the
 * language of the latest session, so a user can change them as they change the invitations; with
 * drafts, each also as an {@code .eml} from the contact. Nothing is sent.
 */
public final class Reminders {

  /** How far ahead a reminder looks: actions due within this many days of today. */
  public static final int WINDOW_DAYS = 14;

  /** The summary's file name, without extension. */
  public static final String SUMMARY = "summary";

  private Reminders() {}

  /**
   * One owner's reminder.
   *
   * @param person the owner as the latest session that names them knows them
   * @param base the file name without extension
   */
  public record Reminder(
      Person person, String base, List<ActionRow> overdue, List<ActionRow> soon) {
    public Reminder {
      overdue = List.copyOf(overdue);
      soon = List.copyOf(soon);
    }
  }

  /**
   * What a run writes: file name to bytes, in order (the owners' messages by name, then the
   * summary), and the reminders.
   */
  public record Output(Map<String, byte[]> files, List<Reminder> reminders) {
    public Output {
      files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
      reminders = List.copyOf(reminders);
    }
  }

  /**
   * The reminders of the open actions of {@code sessions} as of {@code today}. Findings: KA910 for
   * an owner without an e-mail address (their message is written, its draft has no recipient), and
   * the template findings (KA701–KA703).
   *
   * @param latest the session whose language, contact and templates the messages use
   * @param drafts whether to write {@code .eml} drafts too
   * @return empty when a template has an error finding
   */
  public static Optional<Output> render(
      List<Session> sessions,
      Session latest,
      LocalDate today,
      Templates templates,
      boolean drafts,
      Findings findings) {
    List<Reminder> reminders = reminders(sessions, today);
    Lang lang = latest.language();
    Person contact = latest.contact();
    Map<String, Object> common = new LinkedHashMap<>();
    common.put("organisation", latest.organisation());
    common.put("today", Dates.longDate(today, lang));
    common.put("window", WINDOW_DAYS);
    Person to = contact != null ? contact : nobody(latest);
    common.put("contact", person(to));

    Map<String, byte[]> files = new LinkedHashMap<>();
    Rendering w = new Rendering(latest, today, templates, drafts, files, findings);
    boolean failed = false;
    List<Map<String, Object>> owners = new ArrayList<>();
    List<Map<String, Object>> allOverdue = new ArrayList<>();
    List<Map<String, Object>> allSoon = new ArrayList<>();
    for (Reminder r : reminders) {
      Person p = r.person();
      if (!p.hasEmail()) findings.add("KA910", p.at().pos(), p.name());
      Map<String, Object> scope = new LinkedHashMap<>(common);
      Map<String, Object> owner = person(p);
      owner.put("formal", p.role() == Role.OWNER);
      owner.put("file", r.base() + ".txt");
      owner.put("overdueCount", r.overdue().size());
      owner.put("soonCount", r.soon().size());
      scope.put("owner", owner);
      scope.put("participant", owner);
      List<Map<String, Object>> overdue = items(r.overdue(), today, lang);
      List<Map<String, Object>> soon = items(r.soon(), today, lang);
      sections(scope, overdue, soon);
      for (Map<String, Object> i : overdue) allOverdue.add(withOwner(i, p));
      for (Map<String, Object> i : soon) allSoon.add(withOwner(i, p));
      owners.add(owner);
      failed |= !w.message("reminder-owner", r.base(), scope, p);
    }
    Map<String, Object> summary = new LinkedHashMap<>(common);
    allOverdue.sort(Comparator.comparing((Map<String, Object> i) -> (String) i.get("dueIso")));
    allSoon.sort(Comparator.comparing((Map<String, Object> i) -> (String) i.get("dueIso")));
    sections(summary, allOverdue, allSoon);
    summary.put("owners", owners);
    summary.put("ownerCount", owners.size());
    summary.put("ownerOne", owners.size() == 1);
    List<Map<String, Object>> noEmail = new ArrayList<>();
    for (Map<String, Object> o : owners) if (((String) o.get("email")).isEmpty()) noEmail.add(o);
    summary.put("withoutEmail", noEmail);
    summary.put("hasWithoutEmail", !noEmail.isEmpty());
    summary.put("participant", summary.get("contact"));
    failed |= !w.message("reminder-summary", SUMMARY, summary, to);
    if (failed || findings.hasErrors()) return Optional.empty();
    return Optional.of(new Output(files, reminders));
  }

  /**
   * Every owner's open actions that are overdue or due within the window, the owners in order of
   * their full names. An owner is one person across sessions: the same e-mail address, else the
   * same full name.
   */
  static List<Reminder> reminders(List<Session> sessions, LocalDate today) {
    LocalDate until = today.plusDays(WINDOW_DAYS);
    Map<String, List<ActionRow>> byOwner = new LinkedHashMap<>();
    Map<String, Person> who = new LinkedHashMap<>();
    Map<String, LocalDate> seen = new LinkedHashMap<>();
    for (Session s : sessions) {
      People owners = People.of(s.possibleOwners());
      for (Action a : s.actions()) {
        if (!a.open() || a.due() == null || a.due().isAfter(until)) continue;
        ActionRow row = ActionRow.of(s, a, today, owners);
        Person p = row.owner();
        if (p == null) {
          // an owner who names nobody is an error of check; such a session is not given here
          continue;
        }
        String key = p.hasEmail() ? "@" + p.email().toLowerCase(Locale.ROOT) : Names.key(p.name());
        byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        LocalDate d = s.date() == null ? LocalDate.MIN : s.date();
        if (!seen.containsKey(key) || !d.isBefore(seen.get(key))) {
          who.put(key, p);
          seen.put(key, d);
        }
      }
    }
    TreeMap<String, String> order = new TreeMap<>();
    for (var e : who.entrySet())
      order.put(Names.key(e.getValue().name()) + "\u0000" + e.getKey(), e.getKey());
    Slugs slugs = new Slugs();
    slugs.unique(SUMMARY);
    List<Reminder> out = new ArrayList<>();
    for (String key : order.values()) {
      List<ActionRow> rows = new ArrayList<>(byOwner.get(key));
      rows.sort(ActionRow.ORDER);
      List<ActionRow> overdue = new ArrayList<>();
      List<ActionRow> soon = new ArrayList<>();
      for (ActionRow r : rows) (r.overdue() ? overdue : soon).add(r);
      Person p = who.get(key);
      String base = slugs.unique("reminder-" + Slugs.of(p.name(), "owner"));
      out.add(new Reminder(p, base, overdue, soon));
    }
    return out;
  }

  /** How this run's messages are rendered and where they go. */
  private record Rendering(
      Session latest,
      LocalDate today,
      Templates templates,
      boolean drafts,
      Map<String, byte[]> files,
      Findings findings) {

    /**
     * Renders the message {@code template} for {@code to} into {@code base.txt} (and {@code
     * base.eml}); false when a template has an error finding.
     */
    boolean message(String template, String base, Map<String, Object> scope, Person to) {
      Optional<String> subject =
          templates.render(template + ".subject.txt.mustache", scope, findings);
      Optional<String> body = templates.render(template + ".txt.mustache", scope, findings);
      if (subject.isEmpty() || body.isEmpty()) return false;
      String subj = Invitations.oneLine(subject.get());
      String text = Invitations.tidy(body.get());
      scope.put("subject", subj);
      scope.put("body", text);
      Optional<String> message = templates.render("reminder-message.txt.mustache", scope, findings);
      if (message.isEmpty()) return false;
      files.put(base + ".txt", Invitations.tidy(message.get()).getBytes(StandardCharsets.UTF_8));
      if (drafts) {
        Person from = latest.contact();
        String fromEmail = from == null ? "" : from.email();
        String domain =
            fromEmail.contains("@") ? fromEmail.substring(fromEmail.indexOf('@') + 1) : "invalid";
        String key = "klantarena-reminder-" + today + "." + base;
        files.put(
            base + ".eml",
            MailDraft.build(
                new MailDraft.Content(
                    from == null ? "" : from.name(),
                    fromEmail,
                    to.name(),
                    to.email(),
                    subj,
                    text,
                    null,
                    "",
                    null,
                    "",
                    draftDate(latest, today),
                    "<" + key + "@" + domain + ">",
                    "=_klantarena." + MailDraft.hash(key).substring(0, 24))));
      }
      return true;
    }
  }

  /** The Date of a draft: the morning of --today in the session's time zone, never the clock. */
  private static ZonedDateTime draftDate(Session s, LocalDate today) {
    return today.atTime(8, 0).atZone(s.timezone());
  }

  /** The contact of a session without one: no name, no address. */
  private static Person nobody(Session s) {
    return new Person(Role.CONTACT, "", "", "", null, "", false, List.of(), s.at());
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("firstName", p.firstName());
    m.put("email", p.email());
    m.put("phone", p.phone());
    m.put("department", p.department());
    return m;
  }

  private static void sections(
      Map<String, Object> scope,
      List<Map<String, Object>> overdue,
      List<Map<String, Object>> soon) {
    scope.put("overdue", overdue);
    scope.put("soon", soon);
    scope.put("overdueCount", overdue.size());
    scope.put("soonCount", soon.size());
    scope.put("hasOverdue", !overdue.isEmpty());
    scope.put("hasSoon", !soon.isEmpty());
    scope.put("overdueOne", overdue.size() == 1);
    scope.put("soonOne", soon.size() == 1);
    scope.put("count", overdue.size() + soon.size());
    scope.put("countOne", overdue.size() + soon.size() == 1);
    scope.put("nothing", overdue.isEmpty() && soon.isEmpty());
  }

  /** The template's view of each action: what it is, where it comes from, when it was due. */
  private static List<Map<String, Object>> items(List<ActionRow> rows, LocalDate today, Lang lang) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ActionRow r : rows) {
      Action a = r.action();
      Session s = r.session();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("title", a.title());
      m.put("why", a.why());
      m.put("decision", a.decision().name().toLowerCase(Locale.ROOT));
      m.put("investigate", a.decision().name().equals("INVESTIGATE"));
      m.put("due", Dates.longDate(a.due(), lang));
      m.put("dueIso", Dates.iso(a.due()) + "\u0000" + s.file() + "\u0000" + a.id());
      long late = r.daysOverdue();
      long left = ChronoUnit.DAYS.between(today, a.due());
      m.put("daysLate", late);
      m.put("isLate", late > 0);
      m.put("daysLateOne", late == 1);
      m.put("daysLeft", left);
      m.put("daysLeftOne", left == 1);
      m.put("dueToday", left == 0);
      m.put("session", s.title());
      m.put("sessionDate", s.date() == null ? "" : Dates.date(s.date(), lang));
      m.put("file", s.file());
      m.put("ownerName", "");
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> withOwner(Map<String, Object> item, Person p) {
    Map<String, Object> m = new LinkedHashMap<>(item);
    m.put("ownerName", p.name());
    return m;
  }
}
