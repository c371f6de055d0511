package nl.klantarena.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One VEVENT. Start and end are wall-clock times in {@code zone}, written as {@code
 * DTSTART;TZID=zone:...} with a VTIMEZONE for the zone.
 *
 * @param uid stable across runs; see {@link Ics#uid}
 * @param stamp the DTSTAMP; derive it from the session (see {@link Ics#stamp}), never the clock
 * @param summary the title; text fields may be empty, never null
 * @param description plain text; line breaks are kept
 * @param sequence 0 for the first version; raise it when a sent invitation changes
 * @param organizer null for none
 * @param attendees may be empty
 */
public record CalendarEvent(
    String uid,
    Instant stamp,
    ZoneId zone,
    LocalDateTime start,
    LocalDateTime end,
    String summary,
    String location,
    String description,
    int sequence,
    Organizer organizer,
    List<Attendee> attendees) {

  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) throw new IllegalArgumentException("event ends before it starts");
    if (sequence < 0) throw new IllegalArgumentException("sequence < 0");
    summary = summary == null ? "" : summary;
    location = location == null ? "" : location;
    description = description == null ? "" : description;
    attendees = List.copyOf(attendees);
  }
}
