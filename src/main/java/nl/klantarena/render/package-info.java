/**
 * Rendering for people: dates in the session's language, Markdown escaping of user text, and the
 * Mustache templates (built in, with a user folder laid over them).
 */
package nl.klantarena.render;
