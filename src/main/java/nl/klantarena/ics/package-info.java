/**
 * A small iCalendar (RFC 5545) writer shared by {@code plan --ics} and {@code invite}: one
 * VCALENDAR with a VTIMEZONE built from the JDK's time-zone rules and one VEVENT per {@link
 * nl.klantarena.ics.CalendarEvent}.
 *
 * <p>Use: build a {@link nl.klantarena.ics.CalendarEvent} (with {@link nl.klantarena.ics.Ics#uid}
 * for a UID that is the same on every run and {@link nl.klantarena.ics.Ics#stamp} for a DTSTAMP
 * derived from the session date), optionally with an {@link nl.klantarena.ics.Organizer} and {@link
 * nl.klantarena.ics.Attendee}s, then call {@link nl.klantarena.ics.Ics#write(Method,
 * CalendarEvent)}. The result is the whole file as a string: CRLF line ends, TEXT values escaped,
 * parameter values quoted where needed, lines folded at 75 octets without splitting a UTF-8
 * sequence. Write it as UTF-8.
 *
 * <p>Own code rather than a library: the subset we need is small, and owning it keeps the output
 * byte-for-byte stable (no generation timestamps, no library-chosen PRODID or ordering).
 */
package nl.klantarena.ics;
