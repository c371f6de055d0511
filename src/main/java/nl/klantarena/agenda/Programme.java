package nl.klantarena.agenda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.klantarena.session.Agenda;
import nl.klantarena.session.Block;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Session;

/**
 * The agenda with clock times: each block starts where the one before it ends, from {@code
 * agenda.start} on the session date. Blocks of 0 minutes are kept (the user wrote them).
 *
 * @param defaulted true when the session gave no blocks and the method's programme is used
 */
public record Programme(List<Slot> slots, boolean defaulted) {

  public Programme {
    slots = List.copyOf(slots);
    if (slots.isEmpty()) throw new IllegalArgumentException("a programme has blocks");
  }

  /** The programme of a usable session (date and agenda.start present). */
  public static Programme of(Session s, Words w) {
    Agenda a = s.agenda();
    List<Block> blocks = a.blocks().isEmpty() ? Agenda.methodProgramme(a.at()) : a.blocks();
    LocalDateTime t = s.date().atTime(a.start());
    List<Slot> out = new ArrayList<>();
    for (Block b : blocks) {
      LocalDateTime end = t.plusMinutes(b.minutes());
      String name = w.name(b.kind());
      String what = w.what(b.kind());
      if (b.kind() == BlockKind.ROUND3 && b.format() != null) {
        name = name + " (" + w.formatShort(b.format()) + ")";
        what = what + " " + w.format(b.format());
      }
      out.add(new Slot(b.kind(), t, end, b.minutes(), b.format(), name, w.who(b.kind()), what));
      t = end;
    }
    return new Programme(out, a.defaulted() || a.blocks().isEmpty());
  }

  public LocalDateTime start() {
    return slots.get(0).start();
  }

  public LocalDateTime end() {
    return slots.get(slots.size() - 1).end();
  }
}
