package nl.klantarena.invite;

import java.nio.charset.StandardCharsets;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/** The calendar invitation of one participant (RFC 5545, METHOD:REQUEST). */
final class InviteCalendar {

  private InviteCalendar() {}

  static byte[] ics(Session s, Programme programme, Person organizer, Person attendee, String uid, int sequence, String description) {
    // TODO: written against nl.klantarena.ics once it is merged
    return ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
