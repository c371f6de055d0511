/**
 * Text as people see it, below every other package: the characters that must never reach a terminal
 * or a document raw (control characters, bidirectional overrides) how wide a text is on a screen,
 * and dates as files write them (yyyy-mm-dd).
 */
package nl.klantarena.text;
