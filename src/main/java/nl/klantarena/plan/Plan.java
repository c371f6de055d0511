package nl.klantarena.plan;

import java.util.List;
import nl.klantarena.agenda.Programme;
import nl.klantarena.agenda.Words;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.check.Rules;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.session.Session;

/**
 * What {@code klantarena plan} shows of one session: the agenda with clock times and the balance of
 * the rings. Built only from a session without error findings.
 */
public record Plan(Session session, Words words, Programme programme, Balance balance) {

  /**
   * The plan of a session that passed its error rules. The balance findings are found again here,
   * by the same rule as {@code check}, so that they read in the session's language like the rest of
   * the plan.
   */
  public static Plan of(CheckedSession checked, CheckContext cc) {
    Session s = checked.session();
    Words w = Words.of(s.language());
    Findings f = new Findings(w.messages());
    Rules.check(s, cc, f, List.of("balance"));
    List<Finding> balance = f.sorted();
    return new Plan(s, w, Programme.of(s, w), Balance.of(s, balance));
  }

  /**
   * A finding as the first line of {@code check}'s text format: {@code file:line:col:
   * severity[CODE]: message}.
   */
  static String findingLine(Finding f) {
    return f.pos()
        + ": "
        + f.severity().word()
        + "["
        + f.code()
        + "]: "
        + f.message().replace('\n', ' ');
  }
}
