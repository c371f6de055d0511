package nl.klantarena.check;

import nl.klantarena.finding.Findings;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;

/** Actions with owners and deadlines, reasons for what will not be done, and a feedback date. */
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
    for (Action a : s.actions()) {
      String label = a.id().isEmpty() ? a.title() : a.id();
      if (a.at().unread("owner")) {
        // its own finding (a misspelt key, a value that is not text) says what is wrong
      } else if (a.owner().isEmpty()) {
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
      if (a.decision() == Decision.DONT
          && a.why().isEmpty()
          && a.whyCustomers().isEmpty()
          && !a.at().unread("why")) {
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
