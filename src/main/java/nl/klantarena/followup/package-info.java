/**
 * Following the session through: from the action notes taken during it to the session's agreed
 * actions ({@link nl.klantarena.followup.ActionNotes}, {@link nl.klantarena.followup.Proposal}),
 * and reminders to the owners of the actions still open ({@link nl.klantarena.followup.Reminders}).
 */
package nl.klantarena.followup;
