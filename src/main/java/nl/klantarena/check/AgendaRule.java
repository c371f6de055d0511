package nl.klantarena.check;

import java.time.LocalTime;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Block;
import nl.klantarena.session.Session;

/** The programme: three rounds in order, each within the method's durations. */
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
        out.add("KA403", b.at().of("kind"), lastRound.kind().word(), b.kind().word());
      }
      lastRound = b;
      checkDuration(b, out);
    }
    SourcePos at = agenda.at().of("blocks");
    // a block that could not be read may be the round that seems missing; it has its finding
    for (int r = 1; r <= 3 && !agenda.at().unread("blocks"); r++) {
      if (first[r] == null) out.add("KA402", at, "round" + r);
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
    if (!ok) out.add("KA401", b.at().of("minutes"), b.kind().word(), m, range);
  }
}
