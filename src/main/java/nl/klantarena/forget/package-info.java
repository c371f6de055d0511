/**
 * {@code klantarena forget}: finds a person in every file of a folder (session files, {@code
 * klantarena.yaml}, notes files, transcripts, generated invitations, letters and reports) and plans
 * the edits that remove or pseudonymise them, byte for byte outside those edits.
 */
package nl.klantarena.forget;
