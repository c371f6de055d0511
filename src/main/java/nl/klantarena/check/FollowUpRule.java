package nl.klantarena.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.load.Loader;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;

/**
 * Actions with owners and deadlines (about two months out), reasons for what will not be done,
 * sources that name notes of the notes file, and a feedback date.
 */
final class FollowUpRule implements Rule {

  /**
   * An open action past its due date: a warning here; {@code --fail-on-overdue} makes it an error
   * of the run ({@link Checked}).
   */
  static final String OVERDUE = "KA507";

  /**
   * The promised letter to customers not sent by its date: a warning here; {@code
   * --fail-on-overdue} makes it an error of the run, as {@link #OVERDUE}.
   */
  static final String LETTER_OVERDUE = "KA521";

  @Override
  public String name() {
    return "follow-up";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    People owners = People.of(s.possibleOwners());
    People everyone = null;
    // who may own an action is unknown while the staff, the contact or the owners could not be
    // read: an owner who would have been one of them is not reported on top of the section's
    // finding
    var at = s.at();
    boolean ownersKnown =
        !at.unread("participants")
            && !at.unread("participants.staff")
            && !at.unread("contact")
            && !at.unread("owners");
    // the notes file is read only when an action names a note
    boolean namesNotes = false;
    if (ctx.notesSettled()) {
      for (Action a : s.actions()) {
        if (!Sources.of(a.source()).ids().isEmpty()) {
          namesNotes = true;
          break;
        }
      }
    }
    Set<String> noteIds = namesNotes ? noteIds(s, ctx.loader()) : null;
    for (Action a : s.actions()) {
      String label = a.id().isEmpty() ? a.title() : a.id();
      boolean decided = a.decision() == Decision.DONT;
      if (a.at().unread("owner")) {
        // its own finding (a misspelt key, a value that is not text) says what is wrong
      } else if (a.owner().isEmpty()) {
        // what will not be done needs nobody to carry it out
        if (!decided)
          out.add("KA501", a.at().wrote("owner") ? a.at().of("owner") : a.at().pos(), label);
      } else if (ownersKnown) {
        People.Match m = owners.match(a.owner());
        if (m.ambiguous()) {
          String or = out.messages().get("word.or");
          out.add("KA512", a.at().of("owner"), a.owner(), label, People.names(m.candidates(), or));
        } else if (!m.found()) {
          if (everyone == null) everyone = People.of(s);
          out.add("KA503", a.at().of("owner"), a.owner(), label, hint(out, a, owners, everyone));
        }
      }
      if (a.due() != null && s.date() != null && a.due().isBefore(s.date())) {
        out.add("KA504", a.at().of("due"), label, a.due(), s.date());
      }
      if (decided && a.why().isEmpty() && a.whyCustomers().isEmpty() && !a.at().unread("why")) {
        out.add("KA505", a.at().of("decision"), label);
      } else if (needsReasonForCustomers(a) && a.whyCustomers().isEmpty()) {
        out.add(
            "KA520",
            a.at().of(a.decision() == Decision.DONT ? "decision" : "status"),
            label,
            a.decision() == Decision.DONT ? "dont" : "dropped");
      }
      if (a.firstDue() != null && a.due() != null && !a.firstDue().isBefore(a.due())) {
        out.add("KA523", a.at().of("first_due"), label, a.firstDue(), a.due());
      }
      if (!decided
          && a.due() != null
          && s.date() != null
          && a.due().isAfter(s.date().plusMonths(FAR_MONTHS))) {
        out.add("KA509", a.at().of("due"), label, a.due());
      }
      if (!a.source().isBlank()) {
        Sources src = Sources.of(a.source());
        if (!src.other().isEmpty()) out.add("KA511", a.at().of("source"), label, a.source());
        if (noteIds != null) {
          List<String> missing = new ArrayList<>();
          for (String id : src.ids()) {
            if (!noteIds.contains(id)) missing.add(id);
          }
          if (!missing.isEmpty()) {
            out.add(
                "KA510", a.at().of("source"), label, String.join(", ", missing), NotesFile.NAME);
          }
        }
      }
      if (a.overdue(ctx.today()) && !a.at().unread("due") && !a.at().unread("status")) {
        out.add(OVERDUE, a.at().of("due"), label, a.due());
      }
    }
    var fb = s.feedback();
    if (fb.dueDefaulted() && fb.due() != null && !at.unread("feedback") && !fb.at().unread("due")) {
      out.add("KA506", fb.at().pos(), fb.due());
    }
    if (!fb.dueDefaulted() && fb.due() != null && s.date() != null && fb.due().isBefore(s.date())) {
      out.add("KA508", fb.at().of("due"), fb.due(), s.date());
    }
    if (fb.overdue(ctx.today())) {
      // the promise to customers is the first action a series must not let slip
      out.add(LETTER_OVERDUE, fb.at().of("due"), fb.due());
    }
    if (fb.sent() != null && s.date() != null && fb.sent().isBefore(s.date())) {
      out.add("KA522", fb.at().of("sent"), fb.sent(), s.date());
    }
  }

  /**
   * Customers hear in the letter why something will not be done: a {@code dont}, or an action that
   * was agreed and later dropped.
   */
  static boolean needsReasonForCustomers(Action a) {
    return a.decision() == Decision.DONT || a.status() == Status.DROPPED;
  }

  /** Due dates further out than this many months after the session draw an info (KA509). */
  static final int FAR_MONTHS = 6;

  /**
   * The ids of the notes in the session's notes file, read through the run's loader; null when
   * there is none yet (notes are imported after the session, so there is nothing to check against)
   * or it cannot be read (its faults are for {@code report} and {@code import} to tell).
   */
  private static Set<String> noteIds(Session s, Loader loader) {
    if (loader == null) return null;
    Optional<List<Note>> notes = loader.notes(s).notes();
    if (notes.isEmpty()) return null;
    Set<String> ids = new HashSet<>();
    for (Note n : notes.get()) if (!n.id().isEmpty()) ids.add(n.id());
    return ids;
  }

  /**
   * An action's {@code source}, split at commas, semicolons and spaces: the note ids it names
   * ({@code N0012}) and whatever else it says.
   */
  record Sources(List<String> ids, List<String> other) {
    static final Pattern NOTE_ID = Pattern.compile("N\\d+");

    static Sources of(String source) {
      List<String> ids = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (String part : source.split("[,;\\s]+")) {
        if (part.isEmpty()) continue;
        if (NOTE_ID.matcher(part).matches()) {
          if (!ids.contains(part)) ids.add(part);
        } else other.add(part);
      }
      return new Sources(List.copyOf(ids), List.copyOf(other));
    }
  }

  /**
   * KA503's hint: that the owner is a customer or the facilitator, else the nearest owner's name,
   * else where an owner may come from.
   */
  private static String hint(Findings out, Action a, People owners, People everyone) {
    Person p = everyone.find(a.owner());
    if (p != null) {
      return out.messages()
          .get("followup.owner.role", p.name(), PeopleRule.roleWord(out, p.role()));
    }
    String near = owners.suggest(a.owner());
    return near != null
        ? out.messages().get("followup.owner.near", near, a.owner())
        : out.messages().get("followup.owner.none", a.owner());
  }
}
