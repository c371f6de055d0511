package nl.klantarena.check;

import nl.klantarena.finding.Findings;
import nl.klantarena.session.Session;

/** A named check of a loaded session. Rules add findings; they never throw for a user's mistake. */
public interface Rule {

  /** The stable name, as used in the docs: {@code people}, {@code balance}, ... */
  String name();

  void check(Session s, CheckContext ctx, Findings out);
}
