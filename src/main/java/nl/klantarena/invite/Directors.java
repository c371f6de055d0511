package nl.klantarena.invite;

import java.util.regex.Pattern;
import nl.klantarena.session.Person;

/**
 * Whether a staff member leads the organisation: customers like to know that a director listens
 * too. Read from the department and the aliases, in Dutch and English ("Bestuur", "Directie",
 * "directeur-bestuurder", "Executive board", "Managing director").
 */
final class Directors {

  private static final Pattern LEADER =
      Pattern.compile(
          "(?iu).*\\b(bestuur|directie|directeur|bestuurder|board|director|ceo|chief executive)"
              + "\\b.*");

  private Directors() {}

  static boolean is(Person p) {
    if (LEADER.matcher(p.department()).matches()) return true;
    for (String a : p.aliases()) if (LEADER.matcher(a).matches()) return true;
    return false;
  }
}
