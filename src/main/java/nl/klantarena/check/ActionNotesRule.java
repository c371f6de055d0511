package nl.klantarena.check;

import nl.klantarena.finding.Findings;
import nl.klantarena.notes.ActionNotes;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Session;

/**
 * Action notes that no action takes up yet (KA540, info): what was agreed in the room and noted as
 * {@code ACTIE:} is not yet on the session's list of actions, so nobody will be reminded of it and
 * the customers will not hear of it. {@code klantarena actions --propose} writes the entries. The
 * notes file's own faults are for report and import to tell.
 */
final class ActionNotesRule implements Rule {

  @Override
  public String name() {
    return "action-notes";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    for (Note n : ActionNotes.notTakenUp(s, ctx.notes().apply(s))) {
      String who = n.owner().isEmpty() ? "" : " (" + n.owner() + ")";
      out.add("KA540", n.pos(), n.id().isEmpty() ? "?" : n.id(), n.text(), who, s.file());
    }
  }
}
