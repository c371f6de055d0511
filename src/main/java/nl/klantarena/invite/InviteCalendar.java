package nl.klantarena.invite;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import nl.klantarena.agenda.Programme;
import nl.klantarena.ics.Attendee;
import nl.klantarena.ics.CalendarEvent;
import nl.klantarena.ics.Ics;
import nl.klantarena.ics.Method;
import nl.klantarena.ics.Organizer;
import nl.klantarena.plan.PlanIcs;
import nl.klantarena.session.Person;
import nl.klantarena.session.Preparation;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;

/**
 * The calendar invitation of one participant (RFC 5545, {@code METHOD:REQUEST}): the whole
 * programme, drinks included, with the contact as organiser and the participant as the one attendee
 * asked to reply. Everyone in a session gets the same UID, the one {@code plan --ics} uses, so that
 * every file describes the same event; staff and the facilitator see it start earlier, when they
 * are to arrive ({@code agenda.staff_arrival}). The staff's preparation meeting is an event of its
 * own, in a file of its own: an invitation carries one event.
 */
final class InviteCalendar {

  private InviteCalendar() {}

  /**
   * The participant as the one attendee; without an e-mail address there is nobody to address the
   * request to (the event itself is still worth having in a calendar).
   */
  private static List<Attendee> attendees(Person participant) {
    return participant.hasEmail()
        ? List.of(
            new Attendee(participant.name(), participant.email(), role(participant.role()), true))
        : List.of();
  }

  static byte[] ics(
      Session s,
      Programme programme,
      Person organizer,
      Person participant,
      int sequence,
      String description) {
    List<Attendee> attendees = attendees(participant);
    boolean early = participant.role() != Role.CUSTOMER;
    CalendarEvent event =
        new CalendarEvent(
            PlanIcs.uid(s),
            Ics.stamp(s.date()),
            s.timezone(),
            early ? programme.start().minusMinutes(s.agenda().staffArrival()) : programme.start(),
            programme.end(),
            s.title(),
            s.location() == null ? "" : s.location().oneLine(),
            description.stripTrailing(),
            sequence,
            new Organizer(organizer.name(), organizer.email()),
            attendees);
    return Ics.write(Method.REQUEST, event).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The staff's preparation meeting as an invitation for {@code participant}; its UID is made from
   * the session's, so that it too stays the same across runs.
   */
  static byte[] preparation(
      Session s,
      Preparation prep,
      String summary,
      Person organizer,
      Person participant,
      int sequence,
      String description) {
    List<Attendee> attendees = attendees(participant);
    LocalDateTime start = prep.date().atTime(prep.start());
    CalendarEvent event =
        new CalendarEvent(
            Ics.uid(PlanIcs.uid(s), "preparation"),
            Ics.stamp(s.date()),
            s.timezone(),
            start,
            start.plusMinutes(prep.minutes()),
            summary,
            prep.place(),
            description.stripTrailing(),
            sequence,
            new Organizer(organizer.name(), organizer.email()),
            attendees);
    return Ics.write(Method.REQUEST, event).getBytes(StandardCharsets.UTF_8);
  }

  /** The facilitator leads the meeting; customers and staff are expected to take part. */
  static Attendee.Role role(Role r) {
    return r == Role.FACILITATOR ? Attendee.Role.CHAIR : Attendee.Role.REQ_PARTICIPANT;
  }
}
