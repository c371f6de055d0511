package nl.klantarena.actions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Names;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * One action of one session, as of a date.
 *
 * @param owner the staff member, contact or owner outside the rings that the action's owner names
 *     (by any form of the name {@link People} finds), or null when it names nobody in the session
 *     (then {@link #ownerName()} is the text as written)
 * @param daysOverdue days past the due date when open and overdue, else 0
 */
public record ActionRow(
    Session session, Action action, Person owner, boolean overdue, long daysOverdue) {

  public ActionRow {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(action, "action");
  }

  /**
   * Overdue first, then open, done, dropped, and what the organisation decided not to do; within
   * each by due date, session date, file, id.
   */
  public static final Comparator<ActionRow> ORDER =
      Comparator.comparingInt(ActionRow::rank)
          .thenComparing(r -> r.action().due(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.session().date(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.session().file())
          .thenComparing(r -> r.action().id());

  /** The row of {@code a} in {@code s} as of {@code today}. */
  public static ActionRow of(Session s, Action a, LocalDate today) {
    return of(s, a, today, People.of(s.possibleOwners()));
  }

  /**
   * The row of {@code a} in {@code s} as of {@code today}, its owner found among {@code owners}
   * (the session's {@link Session#possibleOwners()}, indexed once for all its actions).
   */
  public static ActionRow of(Session s, Action a, LocalDate today, People owners) {
    boolean overdue = a.overdue(today);
    long days = overdue ? ChronoUnit.DAYS.between(a.due(), today) : 0;
    return new ActionRow(s, a, owners.find(a.owner()), overdue, days);
  }

  /** The owner's full name, or the owner as written when it names nobody in the session. */
  public String ownerName() {
    return owner != null ? owner.name() : action.owner();
  }

  /**
   * Whether the owner is {@code person} (the one a name given by the user finds in this row's
   * session, or null), or is written as {@code name} when it names nobody in the session.
   */
  boolean ownedBy(Person person, String name) {
    if (owner != null) return owner.equals(person);
    String k = Names.key(name);
    return !k.isEmpty() && Names.key(action.owner()).equals(k);
  }

  /** 0 overdue, 1 open, 2 done, 3 dropped, 4 decided not to do. */
  int rank() {
    if (overdue) return 0;
    if (action.decision() == Decision.DONT) return 4;
    return switch (action.status()) {
      case OPEN -> 1;
      case DONE -> 2;
      case DROPPED -> 3;
    };
  }

  public boolean open() {
    return action.open();
  }

  /**
   * Where the action stands, as a stable word: {@code open}, {@code done} or {@code dropped} as the
   * file says, or {@code decided} for an action the organisation decided not to take up.
   */
  public String statusWord() {
    return action.decision() == Decision.DONT ? "decided" : action.status().word();
  }
}
