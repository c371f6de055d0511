package nl.klantarena.plan;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.agenda.Slot;
import nl.klantarena.agenda.Words;
import nl.klantarena.render.Dates;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/** The heading facts of a plan (organisation, date, time, ...), shared by the renderers. */
final class Facts {

  private Facts() {}

  /** Label and value pairs, in the session's language; empty values are left out. */
  static List<String[]> of(Plan p) {
    Session s = p.session();
    Words w = p.words();
    List<String[]> out = new ArrayList<>();
    if (!s.organisation().isBlank())
      out.add(new String[] {w.doc("organisation"), s.organisation()});
    out.add(new String[] {w.doc("date"), Dates.longDate(s.date(), s.language())});
    out.add(
        new String[] {
          w.doc("time"),
          w.doc(
              "timespan",
              Dates.span(
                  p.programme().start().toLocalTime(),
                  p.programme().end().toLocalTime(),
                  s.language()),
              s.timezone().getId())
        });
    int early = s.agenda().staffArrival();
    if (early > 0)
      out.add(
          new String[] {
            w.doc("staffarrival"),
            w.doc(
                "staffarrival.at",
                Dates.clock(p.programme().start().toLocalTime().minusMinutes(early), s.language()))
          });
    var prep = s.preparation();
    if (prep != null && prep.date() != null && prep.start() != null)
      out.add(
          new String[] {
            w.doc("preparation"),
            w.doc(
                    "preparation.at",
                    Dates.longDate(prep.date(), s.language()),
                    Dates.span(
                        prep.start(), prep.start().plusMinutes(prep.minutes()), s.language()))
                + (prep.place().isBlank() ? "" : ", " + prep.place())
          });
    if (s.location() != null && !s.location().oneLine().isBlank())
      out.add(new String[] {w.doc("location"), s.location().oneLine()});
    out.add(new String[] {w.doc("facilitator"), facilitator(w, s.facilitator(), true)});
    if (s.contact() != null && !s.contact().name().isBlank())
      out.add(new String[] {w.doc("contact"), s.contact().name()});
    return out;
  }

  static String facilitator(Words w, Person f, boolean withKind) {
    if (f == null) return w.doc("none");
    return f.name()
        + (withKind ? " (" + (f.external() ? w.doc("external") : w.doc("internal")) + ")" : "");
  }

  /** {@code 15.00–15.30} in Dutch, {@code 15:00–15:30} in English. */
  static String span(Slot s, Lang lang) {
    return Dates.span(s.start().toLocalTime(), s.end().toLocalTime(), lang);
  }
}
