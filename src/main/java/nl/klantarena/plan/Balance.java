package nl.klantarena.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.klantarena.finding.Finding;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * The two rings counted: who sits where, the mix of customers by segment and by experience, staff
 * by department, and the balance findings of {@code check} (in the session's language).
 *
 * @param facilitator null when the session has none
 * @param segments segment to count, in name order; customers without a segment under ""
 * @param experiences positive, neutral, negative (all three, also at 0), then null for "not given"
 *     when any customer gave none
 * @param departments department to count, in name order; staff without a department under ""
 * @param findings the balance findings, in file order
 */
public record Balance(
    List<Person> customers,
    List<Person> staff,
    Person facilitator,
    Map<String, Integer> segments,
    Map<Experience, Integer> experiences,
    Map<String, Integer> departments,
    List<Finding> findings) {

  public Balance {
    customers = List.copyOf(customers);
    staff = List.copyOf(staff);
    segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    experiences = Collections.unmodifiableMap(new LinkedHashMap<>(experiences));
    departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
    findings = List.copyOf(findings);
  }

  static Balance of(Session s, List<Finding> findings) {
    Map<String, Integer> segments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<Experience, Integer> experiences = new LinkedHashMap<>();
    for (Experience e : Experience.values()) experiences.put(e, 0);
    int unknown = 0;
    for (Person c : s.customers()) {
      segments.merge(c.segment().strip(), 1, Integer::sum);
      if (c.experience() == null) unknown++;
      else experiences.merge(c.experience(), 1, Integer::sum);
    }
    if (unknown > 0) experiences.put(null, unknown);
    Map<String, Integer> departments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Person p : s.staff()) departments.merge(p.department().strip(), 1, Integer::sum);
    return new Balance(
        s.customers(),
        s.staff(),
        s.facilitator(),
        sortedEmptyLast(segments),
        experiences,
        sortedEmptyLast(departments),
        new ArrayList<>(findings));
  }

  /** Name order, with "not given" (the empty name) last. */
  private static Map<String, Integer> sortedEmptyLast(Map<String, Integer> m) {
    Map<String, Integer> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (!k.isEmpty()) out.put(k, v);
        });
    if (m.containsKey("")) out.put("", m.get(""));
    return out;
  }

  /** The inner ring: the customers and, when there is one, the facilitator. */
  public int inner() {
    return customers.size() + (facilitator == null ? 0 : 1);
  }

  /** The outer ring: the staff. */
  public int outer() {
    return staff.size();
  }
}
