/**
 * The notes file ({@code notes.csv} beside the session): what was said, by whom, in which round and
 * on which theme. Written by {@code import}, read by {@code report}.
 */
package nl.klantarena.notes;
