package nl.klantarena.check;

import java.time.LocalTime;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Block;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Session;

/**
 * The programme: three rounds in order, each within the method's durations, a break between round 1
 * and round 2; the staff's preparation before the session.
 */
final class AgendaRule implements Rule {

  @Override
  public String name() {
    return "agenda";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    var agenda = s.agenda();
    Block[] first = new Block[4];
    Block lastRound = null;
    int minutes = 0;
    for (Block b : agenda.blocks()) {
      minutes += b.minutes();
      int r = b.kind().round();
      if (r == 0) continue;
      if (first[r] == null) first[r] = b;
      if (lastRound != null && lastRound.kind().round() > r) {
        out.add("KA403", b.at().of("kind"), lastRound.kind().round(), r);
      }
      lastRound = b;
      checkDuration(b, out);
    }
    SourcePos at = agenda.at().of("blocks");
    // a block that could not be read may be the round (or the break) that seems missing; it has
    // its finding
    boolean blocksRead = !agenda.at().unread("blocks");
    for (int r = 1; r <= 3 && blocksRead; r++) {
      if (first[r] == null) out.add("KA402", at, r);
    }
    if (blocksRead
        && first[1] != null
        && first[2] != null
        && !breakBetween(agenda.blocks(), first[1], first[2])) {
      out.add("KA405", agenda.defaulted() ? at : first[2].at().of("kind"));
    }
    var prep = s.preparation();
    if (prep != null
        && prep.date() != null
        && s.date() != null
        && !prep.date().isBefore(s.date())) {
      out.add("KA406", prep.at().of("date"), prep.date(), s.date());
    }
    if (s.replyBy() != null && s.date() != null && !s.replyBy().isBefore(s.date())) {
      out.add("KA407", s.at().of("reply_by"), s.replyBy(), s.date());
    }
    LocalTime start = agenda.start();
    if (start != null && start.toSecondOfDay() / 60 + minutes > 24 * 60) {
      out.add("KA404", agenda.at().of("start"), start.plusMinutes(minutes));
    }
  }

  private static void checkDuration(Block b, Findings out) {
    int m = b.minutes();
    String range;
    boolean ok;
    switch (b.kind()) {
      case ROUND1 -> {
        ok = m >= 60 && m <= 75;
        range = "60–75";
      }
      case ROUND2 -> {
        ok = m <= 60;
        range = "≤ 60";
      }
      case ROUND3 -> {
        ok = m >= 15 && m <= 30;
        range = "15–30";
      }
      default -> {
        return;
      }
    }
    if (!ok) out.add("KA401", b.at().of("minutes"), b.kind().round(), m, range);
  }

  /**
   * Whether a break comes after round 1 and before round 2: staff need it to sort their notes and
   * their questions ("voor de pauze", "na de pauze").
   */
  private static boolean breakBetween(List<Block> blocks, Block round1, Block round2) {
    boolean after1 = false;
    for (Block b : blocks) {
      if (b == round2) return false;
      if (b == round1) after1 = true;
      else if (after1 && b.kind() == BlockKind.BREAK) return true;
    }
    return false;
  }
}
