package nl.klantarena.check;

import java.util.HashSet;
import java.util.Set;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Severity;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/** Actions with owners and deadlines, reasons for what will not be done, and a feedback date. */
final class FollowUpRule implements Rule {

  @Override
  public String name() {
    return "follow-up";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    Set<String> owners = new HashSet<>();
    for (Person p : s.staff()) addNames(owners, p);
    if (s.contact() != null) addNames(owners, s.contact());
    // who may own an action is unknown while the staff or the contact could not be read: an owner
    // who would have been staff is not reported on top of the finding for the section
    var at = s.at();
    boolean ownersKnown =
        !at.unread("participants") && !at.unread("participants.staff") && !at.unread("contact");
    for (Action a : s.actions()) {
      String label = a.id().isEmpty() ? a.title() : a.id();
      if (a.at().unread("owner")) {
        // its own finding (a misspelt key, a value that is not text) says what is wrong
      } else if (a.owner().isEmpty()) {
        out.add("KA501", a.at().wrote("owner") ? a.at().of("owner") : a.at().pos(), label);
      } else if (ownersKnown && !owners.contains(Names.key(a.owner()))) {
        out.add("KA503", a.at().of("owner"), a.owner(), label);
      }
      if (a.due() != null && s.date() != null && a.due().isBefore(s.date())) {
        out.add("KA504", a.at().of("due"), label, a.due(), s.date());
      }
      if (a.decision() == Decision.DONT && a.why().isEmpty() && !a.at().unread("why")) {
        out.add("KA505", a.at().of("decision"), label);
      }
      if (a.overdue(ctx.today()) && !a.at().unread("due") && !a.at().unread("status")) {
        out.add(
            "KA507",
            ctx.failOnOverdue() ? Severity.ERROR : Severity.WARNING,
            a.at().of("due"),
            label,
            a.due());
      }
    }
    var fb = s.feedback();
    if (fb.dueDefaulted() && fb.due() != null && !at.unread("feedback") && !fb.at().unread("due")) {
      out.add("KA506", fb.at().pos(), fb.due());
    }
    if (!fb.dueDefaulted() && fb.due() != null && s.date() != null && fb.due().isBefore(s.date())) {
      out.add("KA508", fb.at().of("due"), fb.due(), s.date());
    }
  }

  private static void addNames(Set<String> into, Person p) {
    if (!p.name().isEmpty()) into.add(Names.key(p.name()));
    for (String al : p.aliases()) into.add(Names.key(al));
  }
}
