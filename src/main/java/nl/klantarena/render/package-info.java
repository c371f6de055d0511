/**
 * Rendering for people: dates in the session's language, Markdown escaping of user text, the
 * Mustache templates (built in, with a user folder laid over them), and the tool's Markdown read
 * back for other readers (plain text here, a web page in {@code render.html}).
 */
package nl.klantarena.render;
