package nl.klantarena.session;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme: a start time and blocks in order.
 *
 * @param start null only in a session with an error finding
 * @param defaulted true when the file gave no blocks and the method's programme is used
 * @param staffArrival how many minutes before the start staff arrive ({@code staff_arrival},
 *     default {@link #DEFAULT_STAFF_ARRIVAL})
 */
public record Agenda(
    LocalTime start, List<Block> blocks, boolean defaulted, int staffArrival, Origin at) {

  /** Staff arrive half an hour before the customers unless the session says otherwise. */
  public static final int DEFAULT_STAFF_ARRIVAL = 30;

  public Agenda {
    blocks = List.copyOf(blocks);
  }

  /**
   * The method's programme: reception 30, round 1 75, break 30, round 2 60, round 3 15, drinks 60.
   */
  public static List<Block> methodProgramme(Origin at) {
    List<Block> blocks = new ArrayList<>();
    for (BlockKind k : BlockKind.values()) {
      blocks.add(
          new Block(
              k, k.defaultMinutes(), k == BlockKind.ROUND3 ? Round3Format.PLENARY : null, at));
    }
    return List.copyOf(blocks);
  }
}
