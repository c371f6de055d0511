package nl.klantarena.check;

import java.util.List;
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
    // the notes file through the run's loader, which reads it once for every rule that needs it
    if (!ctx.notesSettled() || ctx.loader() == null) return;
    List<Note> notes = ctx.loader().notes(s).notes().orElse(List.of());
    for (Note n : ActionNotes.notTakenUp(s, notes)) {
      String who = n.owner().isEmpty() ? "" : " (" + n.owner() + ")";
      out.add("KA540", n.pos(), n.id().isEmpty() ? "?" : n.id(), n.text(), who, s.file());
    }
  }
}
