/**
 * The organiser's view before a session: the agenda with clock times, the balance of the two rings,
 * and the renderers of {@code klantarena plan} (Markdown, text, JSON, the calendar file and the
 * seating plan). Everything generated here is in the session's language.
 */
package nl.klantarena.plan;
