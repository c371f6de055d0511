package nl.klantarena.check;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * The rings: enough staff, a facilitator who is external (and experienced enough for a first
 * klantarena), a representative group of customers.
 */
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
    } else {
      if (!s.facilitator().external() && !s.facilitator().at().unread("external")) {
        out.add("KA203", s.facilitator().at().of("external"), s.facilitator().name());
      }
      if (Boolean.FALSE.equals(s.facilitator().experienced())
          && !s.facilitator().at().unread("experienced")
          && first(s, ctx)) {
        out.add("KA208", s.facilitator().at().of("experienced"), s.facilitator().name());
      }
    }
    if (!customersRead) return;
    mix(s.customers(), customerList, out);
    if (customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
      out.add("KA205", customerList, customers);
    }
  }

  /** From this group size on, each kind of experience should be there. */
  static final int EVERY_KIND_FROM = 5;

  /**
   * A representative mix: not only unhappy or only happy customers (KA204), in a larger group every
   * kind of experience (KA206), and the experience known for at least half of them (KA207).
   */
  private static void mix(List<Person> customers, SourcePos at, Findings out) {
    Map<Experience, Integer> count = new EnumMap<>(Experience.class);
    for (Experience e : Experience.values()) count.put(e, 0);
    int known = 0;
    for (Person c : customers) {
      if (c.experience() != null) {
        count.put(c.experience(), count.get(c.experience()) + 1);
        known++;
      }
    }
    int unknown = customers.size() - known;
    boolean judged = unknown * 2 <= customers.size();
    if (!judged) out.add("KA207", at, unknown, customers.size());
    // the counts are words of the messages: made only for a finding (no message file is read
    // when the mix is right)
    var msg = out.messages();
    int positive = count.get(Experience.POSITIVE);
    int negative = count.get(Experience.NEGATIVE);
    if (known >= 2 && (positive == 0 || negative == 0)) {
      String missing =
          positive == 0 && negative == 0
              ? msg.get("mix.missing.both")
              : msg.get("mix.missing." + (positive == 0 ? "positive" : "negative"));
      out.add("KA204", at, missing, counts(count, msg));
    } else if (judged
        && customers.size() >= EVERY_KIND_FROM
        && count.get(Experience.NEUTRAL) == 0
        && known > 0) {
      out.add("KA206", at, customers.size(), counts(count, msg));
    }
  }

  /** "3 negatief, 1 neutraal": the kinds that occur, negative first. */
  private static String counts(Map<Experience, Integer> count, Messages msg) {
    List<String> parts = new ArrayList<>();
    for (Experience e : List.of(Experience.NEGATIVE, Experience.NEUTRAL, Experience.POSITIVE)) {
      int n = count.get(e);
      if (n > 0) parts.add(n + " " + msg.get("experience." + e.word()));
    }
    return String.join(", ", parts);
  }

  /**
   * Whether no earlier session of this organisation is known in the session's series (docs/series):
   * then this may well be its first klantarena. Without the run's loader nothing is known.
   */
  private static boolean first(Session s, CheckContext ctx) {
    if (s.date() == null || ctx.loader() == null) return true;
    try {
      String org = Names.key(s.organisation());
      for (Session e : ctx.loader().earlier(s)) {
        if (Names.key(e.organisation()).equals(org)) return false;
      }
      return true;
    } catch (UncheckedIOException e) {
      return true; // a series folder that cannot be read shows no earlier session
    }
  }
}
