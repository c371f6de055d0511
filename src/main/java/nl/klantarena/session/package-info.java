/**
 * The session as immutable values: people, themes, agenda, actions and feedback, each carrying the
 * {@link nl.klantarena.session.Origin} of what the user wrote.
 */
package nl.klantarena.session;
