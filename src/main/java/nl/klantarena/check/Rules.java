package nl.klantarena.check;

import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.session.Session;

/** Every rule, in the order their findings are documented. */
public final class Rules {

  public static final List<Rule> ALL =
      List.of(
          new PeopleRule(),
          new BalanceRule(),
          new ThemesRule(),
          new AgendaRule(),
          new FollowUpRule(),
          new ActionNotesRule(),
          new PrivacyRule());

  private Rules() {}

  /** Runs every rule on {@code s}. */
  public static void checkAll(Session s, CheckContext ctx, Findings out) {
    for (Rule r : ALL) r.check(s, ctx, out);
  }

  /** Runs only the named rules (unknown names are ignored by the caller's validation). */
  public static void check(Session s, CheckContext ctx, Findings out, List<String> names) {
    for (Rule r : ALL) if (names.contains(r.name())) r.check(s, ctx, out);
  }
}
