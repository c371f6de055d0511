package nl.klantarena.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantarena.agenda.Slot;
import nl.klantarena.agenda.Words;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.io.Json;
import nl.klantarena.render.Dates;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * The plan as JSON for scripts; the shape is documented in {@code docs/commands/plan.md}. Keys are
 * English and stable; texts (block names, who speaks, what happens, dates) are in the session's
 * language. No e-mail addresses.
 */
public final class PlanJson {

  private PlanJson() {}

  public static Map<String, Object> tree(Plan p) {
    Session s = p.session();
    Words w = p.words();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", s.file());
    m.put("title", s.title());
    m.put("organisation", s.organisation());
    m.put("language", s.language().code());
    m.put("date", Dates.iso(s.date()));
    m.put("dateText", Dates.longDate(s.date(), s.language()));
    m.put("timezone", s.timezone().getId());
    m.put("uid", PlanIcs.uid(s));
    if (s.location() == null) {
      m.put("location", null);
    } else {
      Map<String, Object> loc = new LinkedHashMap<>();
      loc.put("name", s.location().name());
      loc.put("address", s.location().address());
      m.put("location", loc);
    }
    m.put("contact", s.contact() == null ? null : s.contact().name());

    Map<String, Object> agenda = new LinkedHashMap<>();
    agenda.put("start", Dates.time(p.programme().start().toLocalTime()));
    agenda.put("end", Dates.time(p.programme().end().toLocalTime()));
    agenda.put("defaulted", p.programme().defaulted());
    List<Object> blocks = new ArrayList<>();
    for (Slot sl : p.programme().slots()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("kind", sl.kind().word());
      b.put("round", sl.kind().round());
      b.put("start", Dates.time(sl.start().toLocalTime()));
      b.put("end", Dates.time(sl.end().toLocalTime()));
      b.put("minutes", sl.minutes());
      b.put("format", sl.format() == null ? null : sl.format().word());
      b.put("name", sl.name());
      b.put("who", sl.who());
      b.put("what", sl.what());
      blocks.add(b);
    }
    agenda.put("blocks", blocks);
    m.put("agenda", agenda);

    Balance bal = p.balance();
    Map<String, Object> balance = new LinkedHashMap<>();
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("size", bal.inner());
    Map<String, Object> fac = null;
    if (bal.facilitator() != null) {
      fac = new LinkedHashMap<>();
      fac.put("name", bal.facilitator().name());
      fac.put("external", bal.facilitator().external());
    }
    inner.put("facilitator", fac);
    List<Object> customers = new ArrayList<>();
    for (Person c : bal.customers()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("name", c.name());
      cm.put("segment", c.segment());
      cm.put("experience", c.experience() == null ? null : c.experience().word());
      customers.add(cm);
    }
    inner.put("customers", customers);
    balance.put("innerRing", inner);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("size", bal.outer());
    List<Object> staff = new ArrayList<>();
    for (Person st : bal.staff()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("name", st.name());
      sm.put("department", st.department());
      staff.add(sm);
    }
    outer.put("staff", staff);
    balance.put("outerRing", outer);
    balance.put("segments", counts(bal.segments(), "segment"));
    Map<String, Object> exp = new LinkedHashMap<>();
    for (Experience e : Experience.values())
      exp.put(e.word(), bal.experiences().getOrDefault(e, 0));
    exp.put("unknown", bal.experiences().getOrDefault(null, 0));
    balance.put("experience", exp);
    balance.put("departments", counts(bal.departments(), "department"));
    // the same objects as check --format json
    balance.put("findings", FindingPrinter.tree(bal.findings(), w.messages()));
    m.put("balance", balance);
    return m;
  }

  /**
   * The plans as a JSON array of the objects of {@link #tree}: one shape whether one session was
   * planned or many, so that a script reads {@code .[0]} or {@code .[]} either way.
   */
  public static String render(List<Plan> plans) {
    List<Object> all = new ArrayList<>();
    for (Plan p : plans) all.add(tree(p));
    return Json.write(all) + "\n";
  }

  private static List<Object> counts(Map<String, Integer> m, String key) {
    List<Object> out = new ArrayList<>();
    m.forEach(
        (k, v) -> {
          Map<String, Object> e = new LinkedHashMap<>();
          e.put(key, k);
          e.put("count", v);
          out.add(e);
        });
    return out;
  }
}
