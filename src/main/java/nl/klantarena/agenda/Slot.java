package nl.klantarena.agenda;

import java.time.LocalDateTime;
import java.util.Objects;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Round3Format;

/**
 * One block of the agenda with its clock times and what happens in it, in the session's language.
 *
 * @param format round 3's format; null for every other block
 * @param name e.g. "Ronde 1"; with round 3's short format: "Ronde 3 (plenair)"
 * @param who who speaks
 * @param what what happens, with round 3's format appended
 */
public record Slot(
    BlockKind kind,
    LocalDateTime start,
    LocalDateTime end,
    int minutes,
    Round3Format format,
    String name,
    String who,
    String what) {

  public Slot {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
