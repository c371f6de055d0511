package nl.klantarena.report;

import nl.klantarena.session.Action;

/**
 * An open action from an earlier session of the series, shown in its own section of the staff
 * report. The series feature supplies these; a single session has none and the section is left out.
 *
 * @param session the earlier session's file as shown to the user
 */
public record Carried(String session, Action action) {}
