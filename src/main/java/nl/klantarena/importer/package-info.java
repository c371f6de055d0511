/**
 * Reading transcripts and typed notes (WebVTT, SRT, CSV, plain text) and matching them to a session
 * ({@code Importer}), and merging the notes read into the notes file ({@code NotesMerge}).
 */
package nl.klantarena.importer;
