package nl.klantarena.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.klantarena.session.Action;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;

/**
 * Every action of a set of sessions as of a date, in the order of {@link ActionRow#ORDER}, with the
 * filters of {@code klantarena actions}. Linear in the number of actions (plus the sort).
 */
public final class ActionList {

  private ActionList() {}

  /**
   * What to keep; null or false means "no filter". The owner is a name as people write it (see
   * {@link People}): in each session it means the person it finds there, else the owner written so.
   */
  public record Filter(String owner, Status status, boolean overdueOnly) {
    public static final Filter NONE = new Filter(null, null, false);

    /** {@code who}: the person {@link #owner} finds in the row's session, or null. */
    boolean keeps(ActionRow r, Person who) {
      if (overdueOnly && !r.overdue()) return false;
      if (status != null && !r.statusWord().equals(status.word())) return false;
      return owner == null || r.ownedBy(who, owner);
    }
  }

  public static List<ActionRow> of(List<Session> sessions, LocalDate today, Filter filter) {
    List<ActionRow> rows = new ArrayList<>();
    for (Session s : sessions) {
      People owners = People.of(s.possibleOwners());
      Person who = filter.owner() == null ? null : owners.find(filter.owner());
      for (Action a : s.actions()) {
        ActionRow r = ActionRow.of(s, a, today, owners);
        if (filter.keeps(r, who)) rows.add(r);
      }
    }
    rows.sort(ActionRow.ORDER);
    return List.copyOf(rows);
  }

  /**
   * Whom a name means across sessions, for {@code actions --owner}: the full names it finds, else
   * the people it could be, else the nearest full name (null when none is near).
   */
  public record Whom(Set<String> found, Set<String> candidates, String nearest) {}

  public static Whom whom(List<Session> sessions, String name) {
    Set<String> found = new TreeSet<>();
    Set<String> candidates = new TreeSet<>();
    String nearest = null;
    for (Session s : sessions) {
      People owners = People.of(s.possibleOwners());
      People.Match m = owners.match(name);
      if (m.found()) found.add(m.person().name());
      for (Person p : m.candidates()) candidates.add(p.name());
      if (nearest == null) nearest = owners.suggest(name);
    }
    return new Whom(found, found.isEmpty() ? candidates : Set.of(), nearest);
  }

  /** How many rows are overdue, open (not overdue), done, dropped and decided not to do. */
  public record Counts(int overdue, int open, int done, int dropped, int decided) {
    public static Counts of(List<ActionRow> rows) {
      int o = 0;
      int op = 0;
      int d = 0;
      int dr = 0;
      int dc = 0;
      for (ActionRow r : rows) {
        switch (r.rank()) {
          case 0 -> o++;
          case 1 -> op++;
          case 2 -> d++;
          case 3 -> dr++;
          default -> dc++;
        }
      }
      return new Counts(o, op, d, dr, dc);
    }
  }
}
