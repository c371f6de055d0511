/**
 * Text as people see it, below every other package: the characters that must never reach a terminal
 * or a document raw (control characters, bidirectional overrides) and how wide a text is on a
 * screen.
 */
package nl.klantarena.text;
