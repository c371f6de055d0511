/**
 * Findings as values (position, severity, stable code, message, hint), the message catalogue in two
 * languages, and the printers for text, JSON and GitHub Actions output.
 */
package nl.klantarena.finding;
