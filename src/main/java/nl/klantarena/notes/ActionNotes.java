package nl.klantarena.notes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.session.Action;
import nl.klantarena.session.Names;
import nl.klantarena.session.Session;

/**
 * The action notes of a session (the {@code ACTIE:} lines and rows of kind {@code action} in its
 * notes file) that none of its actions takes up yet. An action takes up a note when its {@code
 * source} names the note's id ({@code source: N0012, N0014}), or when its title is the note's text
 * (case, accents and spacing aside), as for actions written before sources named notes.
 */
public final class ActionNotes {

  private ActionNotes() {}

  private static final Pattern NOTE_ID = Pattern.compile("\\bN\\d+\\b");

  /** The note ids that {@code source} names, in order. */
  public static List<String> ids(String source) {
    List<String> ids = new ArrayList<>();
    Matcher m = NOTE_ID.matcher(source);
    while (m.find()) if (!ids.contains(m.group())) ids.add(m.group());
    return ids;
  }

  /** The action notes among {@code notes} that no action of {@code s} takes up, in file order. */
  public static List<Note> notTakenUp(Session s, List<Note> notes) {
    Set<String> ids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (Action a : s.actions()) {
      ids.addAll(ids(a.source()));
      titles.add(Names.key(a.title()));
    }
    List<Note> out = new ArrayList<>();
    for (Note n : notes) {
      if (n.kind() != NoteKind.ACTION) continue;
      if (!n.id().isEmpty() && ids.contains(n.id())) continue;
      if (titles.contains(Names.key(n.text()))) continue;
      out.add(n);
    }
    return out;
  }
}
