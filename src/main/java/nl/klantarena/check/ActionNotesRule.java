package nl.klantarena.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.followup.ActionNotes;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NotesFile;
import nl.klantarena.session.Session;

/**
 * Action notes that no action takes up yet (KA520, info): what was agreed in the room and noted as
 * {@code ACTIE:} is not yet on the session's list of actions, so nobody will be reminded of it and
 * the customers will not hear of it. {@code klantarena actions --propose} writes the entries.
 */
final class ActionNotesRule implements Rule {

  @Override
  public String name() {
    return "action-notes";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    Path file = NotesFile.of(s);
    if (!Files.isRegularFile(file)) return;
    String shown = shown(s);
    List<Note> notes;
    try {
      // the notes file's own faults are for report and import to tell
      notes = NotesFile.read(file, shown, new Findings(Messages.of("en")));
    } catch (IOException | UncheckedIOException e) {
      return;
    }
    for (Note n : ActionNotes.notTakenUp(s, notes)) {
      String who = n.owner().isEmpty() ? "" : " (" + n.owner() + ")";
      out.add("KA520", n.pos(), n.id().isEmpty() ? "?" : n.id(), n.text(), who, s.file());
    }
  }

  /** The notes file named as the session file is: beside it. */
  private static String shown(Session s) {
    Path p = Path.of(s.file()).resolveSibling(NotesFile.NAME);
    return p.toString().replace('\\', '/');
  }
}
