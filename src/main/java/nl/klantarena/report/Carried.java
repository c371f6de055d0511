package nl.klantarena.report;

import nl.klantarena.session.Action;

/**
 * An open action from an earlier session of the series, shown in its own section of the staff
 * report. The series feature supplies these; a single session has none and the section is left out.
 *
 * @param session the earlier session's file as shown to the user
 * @param owner the owner's full name as the earlier session names them, else as written
 */
public record Carried(String session, Action action, String owner) {

  public Carried(String session, Action action) {
    this(session, action, action.owner());
  }
}
