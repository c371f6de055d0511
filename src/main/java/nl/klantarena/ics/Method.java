package nl.klantarena.ics;

/** The iTIP method of a calendar file: what the receiver is asked to do with it. */
public enum Method {
  /** Information only: put it in your calendar (the whole session, {@code plan --ics}). */
  PUBLISH,
  /** An invitation that asks the attendee to reply ({@code invite}). */
  REQUEST
}
