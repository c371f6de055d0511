package nl.klantarena.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.render.Dates;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Status;

/**
 * The letter to customers is the report-back the session promised: every action agreed or
 * considered in the session appears in it, in the words that fit where the action stands on {@code
 * --today}. Nothing is left out because it was turned down or dropped, and a deadline that has
 * passed is told as past, never as a promise still to come.
 */
final class Letter {

  /** Where an action stands, as the letter tells it; the letter's sections in this order. */
  enum Part {
    /** Done (a {@code do} or an {@code investigate} with status done). */
    DONE("done"),
    /** Still to be done, by a date that has not passed. */
    PLANNED("planned"),
    /** Still to be done, and its date has passed (or was moved): in progress. */
    LATE("late"),
    /** Being looked into. */
    INVESTIGATING("investigating"),
    /** Decided against ({@code decision: dont}). */
    NOT_DOING("not-doing"),
    /** Agreed or considered, and later dropped ({@code status: dropped}). */
    DROPPED("dropped");

    final String word;

    Part(String word) {
      this.word = word;
    }
  }

  private Letter() {}

  /** Where {@code a} stands on {@code today}. */
  static Part part(Action a, LocalDate today) {
    if (a.decision() == Decision.DONT) return Part.NOT_DOING;
    if (a.status() == Status.DROPPED) return Part.DROPPED;
    if (a.status() == Status.DONE) return Part.DONE;
    if (a.due() != null && a.due().isBefore(today)) return Part.LATE;
    if (a.firstDue() != null && a.due() != null && a.firstDue().isBefore(today))
      return Part.LATE; // moved: the first date has passed, the new one has not
    return a.decision() == Decision.INVESTIGATE ? Part.INVESTIGATING : Part.PLANNED;
  }

  /** The actions of each part, in the report's order (due date, then id); every part present. */
  static Map<Part, List<Action>> parts(List<Action> actions, LocalDate today) {
    Map<Part, List<Action>> out = new EnumMap<>(Part.class);
    for (Part p : Part.values()) out.put(p, new ArrayList<>());
    for (Action a : actions) out.get(part(a, today)).add(a);
    return out;
  }

  /**
   * The sentence after an action's title: what has happened or will happen, and when, in the
   * report's words {@code letter.<part>...}. Empty for a turned-down action: its reason says it.
   */
  static String sentence(Report r, Action a, Part p) {
    LocalDate today = r.options.today();
    boolean investigate = a.decision() == Decision.INVESTIGATE;
    return switch (p) {
      case DONE -> r.word(investigate ? "letter.done.investigate" : "letter.done");
      case PLANNED ->
          a.due() == null
              ? r.word("letter.planned.nodate")
              : r.word("letter.planned", Dates.date(a.due(), r.lang()));
      case INVESTIGATING ->
          a.due() == null
              ? r.word("letter.investigating.nodate")
              : r.word("letter.investigating", Dates.date(a.due(), r.lang()));
      case LATE -> {
        String kind = investigate ? "investigate" : "do";
        if (a.due() != null && !a.due().isBefore(today))
          yield r.word("letter.late.moved." + kind, Dates.date(a.due(), r.lang()));
        yield a.due() == null
            ? r.word("letter.late.nodate." + kind)
            : r.word("letter.late." + kind, Dates.date(a.due(), r.lang()));
      }
      case NOT_DOING -> "";
      case DROPPED -> r.word(investigate ? "letter.dropped.investigate" : "letter.dropped");
    };
  }

  /**
   * The reason customers read: {@code why_customers}, never {@code why} (the organisation's own
   * note). Without one, a turned-down or dropped action gets a neutral sentence (and {@code check}
   * warns, KA520); any other action simply has no reason in the letter.
   */
  static String reason(Report r, Action a, Part p) {
    if (!a.whyCustomers().isEmpty()) return r.text(a.whyCustomers());
    return switch (p) {
      case NOT_DOING -> r.word("letter.notdoing.noreason");
      case DROPPED -> r.word("letter.dropped.noreason");
      default -> "";
    };
  }

  /** Joins sentences with a space, each ending with a full stop (or its own ? or !). */
  static String sentences(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String s : parts) {
      String t = s.strip();
      if (t.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(t);
      char last = t.charAt(t.length() - 1);
      if (last != '.' && last != '?' && last != '!') b.append('.');
    }
    return b.toString();
  }

  /** The part's word for JSON: {@code done}, {@code planned}, ... */
  static String word(Part p) {
    return p.word.toLowerCase(Locale.ROOT);
  }
}
