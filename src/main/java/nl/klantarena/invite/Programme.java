package nl.klantarena.invite;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.klantarena.session.Agenda;
import nl.klantarena.session.Block;
import nl.klantarena.session.BlockKind;

/**
 * The agenda with clock times: each block starts where the one before it ended, from {@code
 * agenda.start}. Kept small and private to invite; the plan command owns the fuller model.
 */
record Programme(List<Slot> slots) {

  /** A block with its clock times. */
  record Slot(Block block, LocalTime start, LocalTime end) {}

  Programme {
    slots = List.copyOf(slots);
  }

  static Programme of(Agenda agenda) {
    List<Slot> out = new ArrayList<>();
    LocalTime t = agenda.start();
    for (Block b : agenda.blocks()) {
      LocalTime end = t.plusMinutes(b.minutes());
      out.add(new Slot(b, t, end));
      t = end;
    }
    return new Programme(out);
  }

  /** The first block of {@code kind}, or null when the agenda has none. */
  Slot first(BlockKind kind) {
    for (Slot s : slots) if (s.block().kind() == kind) return s;
    return null;
  }

  LocalTime start() {
    return slots.isEmpty() ? null : slots.get(0).start();
  }

  /**
   * When the meeting itself ends: the end of round 3 (drinks after it are optional for the
   * guests), else the end of the last block.
   */
  LocalTime end() {
    Slot r3 = first(BlockKind.ROUND3);
    if (r3 != null) return r3.end();
    return slots.isEmpty() ? null : slots.get(slots.size() - 1).end();
  }

  /** The end of the last block, drinks included: what a calendar should block out. */
  LocalTime endWithDrinks() {
    return slots.isEmpty() ? null : slots.get(slots.size() - 1).end();
  }
}
