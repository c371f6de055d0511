package nl.klantarena.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantarena.agenda.Slot;
import nl.klantarena.io.Json;
import nl.klantarena.notes.Note;
import nl.klantarena.render.Dates;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Theme;

/**
 * The report as data (for dashboards): the same content as the Markdown, unescaped, with dates in
 * ISO form. The shape is documented in docs/commands/report.md.
 */
public final class ReportJson {

  private ReportJson() {}

  public static String render(Report r) {
    return Json.write(data(r)) + "\n";
  }

  static Map<String, Object> data(Report r) {
    boolean staff = r.options.audience() == Audience.STAFF;
    var s = r.session;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("audience", r.options.audience().word());
    m.put("language", s.language().code());
    m.put("title", r.text(s.title()));
    m.put("organisation", r.text(s.organisation()));
    m.put("date", Dates.iso(s.date()));
    m.put("today", Dates.iso(r.options.today()));
    if (s.location() != null) {
      Map<String, Object> loc = new LinkedHashMap<>();
      loc.put("name", r.text(s.location().name()));
      loc.put("address", r.text(s.location().address()));
      m.put("location", loc);
    } else {
      m.put("location", null);
    }
    m.put("facilitator", s.facilitator() == null ? null : r.text(s.facilitator().name()));
    m.put("customers", s.customers().size());
    m.put("staff", s.staff().size());
    if (staff) {
      List<Object> agenda = new ArrayList<>();
      for (Slot sl : r.programme.slots()) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("block", sl.kind().word());
        b.put("name", sl.name());
        b.put("start", Dates.time(sl.start().toLocalTime()));
        b.put("end", Dates.time(sl.end().toLocalTime()));
        b.put("minutes", sl.minutes());
        agenda.add(b);
      }
      m.put("agenda", agenda);
    }
    m.put("notesImported", r.hasNotes());
    List<Object> themes = new ArrayList<>();
    for (Theme t : s.themes()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("id", t.id());
      tm.put("title", r.text(t.label()));
      tm.put("discussed", !r.byTheme.get(t.id()).isEmpty());
      tm.put("notes", r.byTheme.get(t.id()).size());
      tm.put("round1", notes(r, r.round(t, 1)));
      tm.put("round2", notes(r, r.round(t, 2)));
      tm.put("other", notes(r, r.otherRounds(t)));
      themes.add(tm);
    }
    m.put("themes", themes);
    m.put("notDiscussed", r.notDiscussed().stream().map(Theme::id).toList());
    m.put("unthemed", notes(r, r.unthemed));
    Map<String, Object> qw = new LinkedHashMap<>();
    qw.put("actions", r.quickWinActions().stream().map(Action::id).toList());
    qw.put("notes", notes(r, r.quickWinNotes));
    m.put("quickWins", qw);
    List<Object> actions = new ArrayList<>();
    for (Action a : r.actions) actions.add(action(r, a, staff));
    m.put("actions", actions);
    m.put("actionNotes", notes(r, r.actionNotes));
    m.put("wontDo", r.decided(Decision.DONT).stream().map(Action::id).toList());
    m.put("investigate", r.decided(Decision.INVESTIGATE).stream().map(Action::id).toList());
    Map<String, Object> fb = new LinkedHashMap<>();
    fb.put("due", date(s.feedback() == null ? null : s.feedback().due()));
    fb.put("channel", s.feedback() == null ? "" : r.text(s.feedback().channel()));
    m.put("feedback", fb);
    if (staff) {
      List<Object> carried = new ArrayList<>();
      for (Carried c : r.options.carried()) {
        Map<String, Object> cm = action(r, c.action(), true);
        cm.put("session", c.session());
        carried.add(cm);
      }
      m.put("carriedOver", carried);
      List<Object> trends = new ArrayList<>();
      for (Trend t : r.options.trends()) {
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("session", t.session());
        tm.put("date", date(t.date()));
        tm.put("theme", t.theme());
        tm.put("notes", t.notes());
        trends.add(tm);
      }
      m.put("trends", trends);
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("imported", r.imported());
      rec.put("shown", r.shown());
      m.put("reconciliation", rec);
    }
    return m;
  }

  private static Map<String, Object> action(Report r, Action a, boolean staff) {
    Map<String, Object> am = new LinkedHashMap<>();
    am.put("id", a.id());
    am.put("title", r.text(a.title()));
    am.put("theme", a.theme());
    am.put("decision", a.decision().word());
    // the letter's data gives the reason written for customers, never the organisation's note
    am.put("why", r.text(staff ? a.why() : a.whyCustomers()));
    if (staff) am.put("whyCustomers", r.text(a.whyCustomers()));
    else am.put("letter", Letter.word(Letter.part(a, r.options.today())));
    if (staff) am.put("owner", r.text(r.owner(a)));
    am.put("due", date(a.due()));
    // what will not be done is decided, as in klantarena actions
    am.put("status", a.decision() == Decision.DONT ? "decided" : a.status().word());
    am.put("overdue", r.overdue(a));
    am.put("quickWin", a.quickWin());
    if (staff) {
      Report.Origin o = r.origin(a);
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("theme", o.theme());
      om.put("round", o.round() == 0 ? null : o.round());
      om.put("source", r.text(o.source()));
      om.put("notes", o.notes());
      am.put("origin", om);
    }
    return am;
  }

  private static List<Object> notes(Report r, List<Note> notes) {
    // the letter quotes nobody unless asked to (--quotes), and its data neither
    if (r.options.audience() == Audience.CUSTOMERS && !r.options.quotes()) return List.of();
    List<Object> out = new ArrayList<>(notes.size());
    for (Note n : notes) {
      Map<String, Object> nm = new LinkedHashMap<>();
      nm.put("id", n.id());
      nm.put("round", n.round() == 0 ? null : n.round());
      boolean withheld = r.withheld(n);
      nm.put("speaker", withheld ? r.word("role.customer") : r.speaker(n));
      nm.put("role", n.role());
      nm.put("theme", n.theme());
      nm.put("kind", n.kind().word());
      nm.put("text", withheld ? "" : r.text(n.text()));
      // a customer who does not want to be quoted: the note is there, its words are not
      if (withheld) nm.put("withheld", true);
      out.add(nm);
    }
    return out;
  }

  private static String date(LocalDate d) {
    return d == null ? null : Dates.iso(d);
  }
}
