package nl.klantarena.session;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * The programme: a start time and blocks in order.
 *
 * @param start null only in a session with an error finding
 * @param defaulted true when the file gave no blocks and the method's programme is used
 */
public record Agenda(LocalTime start, List<Block> blocks, boolean defaulted, Origin at) {
  public Agenda {
    blocks = List.copyOf(blocks);
  }

  /**
   * The method's programme: reception 30, round 1 75, break 30, round 2 60, round 3 15, drinks 60.
   */
  public static List<Block> methodProgramme(Origin at) {
    return Arrays.stream(BlockKind.values())
        .map(
            k ->
                new Block(
                    k, k.defaultMinutes(), k == BlockKind.ROUND3 ? Round3Format.PLENARY : null, at))
        .toList();
  }
}
