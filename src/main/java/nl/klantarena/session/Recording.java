package nl.klantarena.session;

/**
 * Whether and how the session is recorded, and what happens to the recording and the notes made
 * from it ({@code recording:}): what the invitations tell participants, and what customers are
 * asked to consent to. Text fields are never null.
 *
 * @param recorded whether the session is recorded (sound, video or a transcription service)
 * @param how how it is recorded and transcribed: "Teams neemt het geluid op en schrijft het uit"
 * @param access who sees the recording, the transcript and the notes
 * @param retention how long they are kept, and when they are deleted
 * @param contact whom to ask, or to tell an objection; empty means the session's contact
 */
public record Recording(
    boolean recorded, String how, String access, String retention, String contact, Origin at) {
  public Recording {
    how = how == null ? "" : how;
    access = access == null ? "" : access;
    retention = retention == null ? "" : retention;
    contact = contact == null ? "" : contact;
  }
}
