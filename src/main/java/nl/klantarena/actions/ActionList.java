package nl.klantarena.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.klantarena.session.Action;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;

/**
 * Every action of a set of sessions as of a date, in the order of {@link ActionRow#ORDER}, with the
 * filters of {@code klantarena actions}. Linear in the number of actions (plus the sort).
 */
public final class ActionList {

  private ActionList() {}

  /** What to keep; null or false means "no filter". */
  public record Filter(String owner, Status status, boolean overdueOnly) {
    public static final Filter NONE = new Filter(null, null, false);

    boolean keeps(ActionRow r) {
      if (overdueOnly && !r.overdue()) return false;
      if (status != null && r.action().status() != status) return false;
      return owner == null || r.ownedBy(owner);
    }
  }

  public static List<ActionRow> of(List<Session> sessions, LocalDate today, Filter filter) {
    List<ActionRow> rows = new ArrayList<>();
    for (Session s : sessions) {
      for (Action a : s.actions()) {
        ActionRow r = ActionRow.of(s, a, today);
        if (filter.keeps(r)) rows.add(r);
      }
    }
    rows.sort(ActionRow.ORDER);
    return List.copyOf(rows);
  }

  /** How many rows are overdue, open (not overdue), done and dropped. */
  public record Counts(int overdue, int open, int done, int dropped) {
    public static Counts of(List<ActionRow> rows) {
      int o = 0;
      int op = 0;
      int d = 0;
      int dr = 0;
      for (ActionRow r : rows) {
        switch (r.rank()) {
          case 0 -> o++;
          case 1 -> op++;
          case 2 -> d++;
          default -> dr++;
        }
      }
      return new Counts(o, op, d, dr);
    }
  }
}
