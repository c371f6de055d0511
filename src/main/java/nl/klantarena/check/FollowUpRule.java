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
import nl.klantarena.session.Status;

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
    for (Action a : s.actions()) {
      String label = a.id().isEmpty() ? a.title() : a.id();
      if (a.owner().isEmpty()) {
        out.add("KA501", a.at().wrote("owner") ? a.at().of("owner") : a.at().pos(), label);
      } else if (!owners.contains(Names.key(a.owner()))) {
        out.add("KA503", a.at().of("owner"), a.owner(), label);
      }
      if (a.due() != null && s.date() != null && a.due().isBefore(s.date())) {
        out.add("KA504", a.at().of("due"), label, a.due(), s.date());
      }
      if (a.decision() == Decision.DONT && a.why().isEmpty() && a.whyCustomers().isEmpty()) {
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
      if (a.overdue(ctx.today())) {
        out.add(
            "KA507",
            ctx.failOnOverdue() ? Severity.ERROR : Severity.WARNING,
            a.at().of("due"),
            label,
            a.due());
      }
    }
    var fb = s.feedback();
    if (fb.dueDefaulted() && fb.due() != null) {
      out.add("KA506", fb.at().pos(), fb.due());
    }
    if (!fb.dueDefaulted() && fb.due() != null && s.date() != null && fb.due().isBefore(s.date())) {
      out.add("KA508", fb.at().of("due"), fb.due(), s.date());
    }
    if (fb.overdue(ctx.today())) {
      // the promise to customers is the first action a series must not let slip
      out.add(
          "KA521",
          ctx.failOnOverdue() ? Severity.ERROR : Severity.WARNING,
          fb.at().of("due"),
          fb.due());
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

  private static void addNames(Set<String> into, Person p) {
    if (!p.name().isEmpty()) into.add(Names.key(p.name()));
    for (String al : p.aliases()) into.add(Names.key(al));
  }
}
