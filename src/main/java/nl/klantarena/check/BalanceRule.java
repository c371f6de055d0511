package nl.klantarena.check;

import java.util.EnumSet;
import java.util.Set;
import nl.klantarena.finding.Findings;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/** The rings: enough staff, a facilitator who is external, a representative group of customers. */
final class BalanceRule implements Rule {

  static final int MIN_CUSTOMERS = 4;
  static final int MAX_CUSTOMERS = 15;

  @Override
  public String name() {
    return "balance";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    // a section that is missing, misspelt or unreadable has its own finding (KA103, KA101,
    // KA102): "no facilitator" or "0 customers" would only repeat it, and weigh what is not there
    var at = s.at();
    if (at.unread("participants")) return;
    boolean customersRead = !at.unread("participants.customers");
    boolean staffRead = !at.unread("participants.staff");
    boolean facilitatorRead = !at.unread("participants.facilitator");
    var participants = s.at().of("participants");
    // point at the list the finding asks to change, where it was written
    var customerList =
        s.at().wrote("participants.customers") ? s.at().of("participants.customers") : participants;
    var staffList =
        s.at().wrote("participants.staff") ? s.at().of("participants.staff") : participants;
    int customers = s.customers().size();
    int staff = s.staff().size();
    if (staff < customers && staffRead && customersRead) {
      out.add("KA201", staffList, staff, customers);
    }
    if (!facilitatorRead) {
      // its own finding says what is wrong with it
    } else if (s.facilitator() == null) {
      out.add("KA202", participants);
    } else if (!s.facilitator().external() && !s.facilitator().at().unread("external")) {
      out.add("KA203", s.facilitator().at().of("external"), s.facilitator().name());
    }
    Set<Experience> kinds = EnumSet.noneOf(Experience.class);
    int known = 0;
    for (Person c : s.customers()) {
      if (c.experience() != null) {
        kinds.add(c.experience());
        known++;
      }
    }
    if (!customersRead) return;
    if (known >= 2 && kinds.size() == 1) {
      Experience only = kinds.iterator().next();
      out.add("KA204", customerList, known, out.messages().get("experience." + only.word()));
    }
    if (customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
      out.add("KA205", customerList, customers);
    }
  }
}
