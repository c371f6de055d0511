package nl.klantarena.actions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import nl.klantarena.session.Action;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;

/**
 * One action of one session, as of a date.
 *
 * @param owner the staff member or contact the action's owner names, or null when it names nobody
 *     in the session (then {@link #ownerName()} is the text as written)
 * @param daysOverdue days past the due date when open and overdue, else 0
 */
public record ActionRow(
    Session session, Action action, Person owner, boolean overdue, long daysOverdue) {

  public ActionRow {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(action, "action");
  }

  /**
   * Overdue first, then open, done and dropped; within each by due date, session date, file, id.
   */
  public static final Comparator<ActionRow> ORDER =
      Comparator.comparingInt(ActionRow::rank)
          .thenComparing(r -> r.action().due(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.session().date(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.session().file())
          .thenComparing(r -> r.action().id());

  /** The row of {@code a} in {@code s} as of {@code today}. */
  public static ActionRow of(Session s, Action a, LocalDate today) {
    boolean overdue = a.overdue(today);
    long days = overdue ? ChronoUnit.DAYS.between(a.due(), today) : 0;
    return new ActionRow(s, a, ownerOf(s, a.owner()), overdue, days);
  }

  /** The staff member or contact that {@code owner} names (by name or alias), or null. */
  static Person ownerOf(Session s, String owner) {
    if (owner.isEmpty()) return null;
    String k = Names.key(owner);
    for (Person p : s.staff()) if (names(p, k)) return p;
    if (s.contact() != null && names(s.contact(), k)) return s.contact();
    return null;
  }

  private static boolean names(Person p, String key) {
    if (Names.key(p.name()).equals(key)) return true;
    for (String a : p.aliases()) if (Names.key(a).equals(key)) return true;
    return false;
  }

  /** The owner's full name, or the owner as written when it names nobody in the session. */
  public String ownerName() {
    return owner != null ? owner.name() : action.owner();
  }

  /**
   * Whether {@code name} (a name or an alias, in any case and with or without accents) is the
   * owner.
   */
  public boolean ownedBy(String name) {
    String k = Names.key(name);
    if (k.isEmpty()) return false;
    if (Names.key(action.owner()).equals(k)) return true;
    return owner != null && names(owner, k);
  }

  /** 0 overdue, 1 open, 2 done, 3 dropped. */
  int rank() {
    if (overdue) return 0;
    return switch (action.status()) {
      case OPEN -> 1;
      case DONE -> 2;
      case DROPPED -> 3;
    };
  }

  public boolean open() {
    return action.status() == Status.OPEN;
  }
}
