package nl.klantarena.check;

import java.util.HashMap;
import java.util.Map;
import nl.klantarena.finding.Findings;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;

/** Duplicate people, one person in two roles, duplicate theme and action ids, unknown themes. */
final class PeopleRule implements Rule {

  @Override
  public String name() {
    return "people";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    Map<String, Person> seen = new HashMap<>();
    for (Person p : s.participants()) {
      if (p.name().isEmpty()) continue;
      String key = Names.key(p.name());
      Person first = seen.putIfAbsent(key, p);
      if (first == null) continue;
      if (first.role() == p.role()) {
        out.add("KA110", p.at().of("name"), p.name(), first.at().of("name").line());
      } else {
        out.add(
            "KA111",
            p.at().of("name"),
            p.name(),
            roleWord(out, first.role()),
            roleWord(out, p.role()),
            first.at().of("name").line());
      }
    }
    // the contact may be a staff member too (the organiser often sits in the outer ring), but not a
    // customer or the facilitator
    if (s.contact() != null && !s.contact().name().isEmpty()) {
      Person same = seen.get(Names.key(s.contact().name()));
      if (same != null && same.role() != Role.STAFF) {
        out.add(
            "KA111",
            s.contact().at().of("name"),
            s.contact().name(),
            roleWord(out, same.role()),
            roleWord(out, Role.CONTACT),
            same.at().of("name").line());
      }
    }
    // an owner outside the rings may sit in the outer ring or be the contact this time, but is not
    // a customer or the facilitator, and is listed once
    Map<String, Person> owners = new HashMap<>();
    for (Person o : s.owners()) {
      if (o.name().isEmpty()) continue;
      String key = Names.key(o.name());
      Person first = owners.putIfAbsent(key, o);
      Person same = seen.get(key);
      if (first != null) {
        out.add("KA110", o.at().of("name"), o.name(), first.at().of("name").line());
      } else if (same != null && same.role() != Role.STAFF) {
        out.add(
            "KA111",
            o.at().of("name"),
            o.name(),
            roleWord(out, same.role()),
            roleWord(out, Role.OWNER),
            same.at().of("name").line());
      }
    }
    Map<String, Integer> themeIds = new HashMap<>();
    for (var t : s.themes()) {
      if (t.id().isEmpty()) continue;
      Integer line = themeIds.putIfAbsent(t.id(), t.at().of("id").line());
      if (line != null)
        out.add("KA109", t.at().of("id"), out.messages().get("word.theme"), t.id(), line);
    }
    // the themes an action may name are unknown while a theme or its id could not be read
    boolean themesKnown = !s.at().unread("themes");
    for (Theme t : s.themes()) themesKnown &= !t.at().unread("id");
    Map<String, Integer> actionIds = new HashMap<>();
    for (var a : s.actions()) {
      if (a.id().isEmpty()) continue;
      Integer line = actionIds.putIfAbsent(a.id(), a.at().of("id").line());
      if (line != null)
        out.add("KA109", a.at().of("id"), out.messages().get("word.action"), a.id(), line);
      if (themesKnown && !a.theme().isEmpty() && !themeIds.containsKey(a.theme())) {
        out.add(
            "KA124",
            a.at().of("theme"),
            a.theme(),
            String.join(", ", themeIds.keySet().stream().sorted().toList()));
      }
    }
  }

  static String roleWord(Findings out, Role r) {
    return out.messages().get("role." + r.word());
  }
}
