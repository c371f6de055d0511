package nl.klantarena.plan;

import java.util.List;
import nl.klantarena.agenda.Slot;
import nl.klantarena.ics.CalendarEvent;
import nl.klantarena.ics.Ics;
import nl.klantarena.ics.Method;
import nl.klantarena.session.Session;

/**
 * The whole session as one calendar event ({@code plan --ics}), the programme in the description.
 */
public final class PlanIcs {

  private PlanIcs() {}

  /**
   * The UID of a session's event: the session's {@code uid:} as written, else one made from
   * organisation, title and date, so that it stays the same across runs and {@code invite}'s
   * invitations update the same event. A session whose date or title changes after the first
   * invitations went out keeps its event by setting {@code uid:} to the UID those carried.
   */
  public static String uid(Session s) {
    if (!s.uid().isEmpty()) return s.uid();
    return Ics.uid(s.organisation(), s.title(), s.date().toString());
  }

  public static CalendarEvent event(Plan p) {
    Session s = p.session();
    StringBuilder d = new StringBuilder();
    d.append(p.words().get("plan.ics.programme")).append('\n');
    for (Slot sl : p.programme().slots()) {
      d.append(Facts.span(sl, s.language()))
          .append(' ')
          .append(sl.name())
          .append(" – ")
          .append(sl.who())
          .append('\n');
    }
    return new CalendarEvent(
        uid(s),
        Ics.stamp(s.date()),
        s.timezone(),
        p.programme().start(),
        p.programme().end(),
        p.words().get("plan.ics.summary", s.title()),
        s.location() == null ? "" : s.location().oneLine(),
        d.toString().stripTrailing(),
        0,
        null,
        List.of());
  }

  public static String render(Plan p) {
    return Ics.write(Method.PUBLISH, event(p));
  }
}
