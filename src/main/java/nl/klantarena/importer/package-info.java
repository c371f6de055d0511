/**
 * Reading transcripts and typed notes (WebVTT, SRT, CSV, plain text) and matching them to a
 * session.
 */
package nl.klantarena.importer;
