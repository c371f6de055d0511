package nl.klantarena.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Messages;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Action;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * {@code klantarena actions --propose}: the entries of a session's {@code actions:} list for the
 * action notes that no action takes up yet ({@link ActionNotes}), as YAML to paste into the session
 * file. Each gets the next free id, the owner's full name, the note's due date or the method's
 * default (two months after the session), the note's theme, and the note's id as its {@code
 * source}, so that {@code check} then counts the note as taken up.
 */
public final class Proposal {

  private Proposal() {}

  /** The months after the session that an action is due when the note gives no date. */
  static final int DEFAULT_MONTHS = 2;

  /**
   * The YAML for {@code notes} (action notes of {@code s} not taken up), with comments in the
   * tool's language; empty when there is nothing to propose.
   *
   * @param sessionShown how to name the session file in the comments
   * @param notesShown how to name the notes file
   */
  public static String yaml(
      Session s, List<Note> notes, Messages msg, String sessionShown, String notesShown) {
    if (notes.isEmpty()) return "";
    List<Map<String, Object>> entries = new ArrayList<>();
    Ids ids = Ids.of(s.actions());
    People owners = People.of(s.possibleOwners());
    for (Note n : notes) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", ids.next());
      e.put("title", n.text().strip());
      if (!n.theme().isEmpty() && s.theme(n.theme()).isPresent()) e.put("theme", n.theme());
      e.put("decision", "do");
      Person p = n.owner().isEmpty() ? null : owners.find(n.owner());
      String owner = p != null ? p.name() : n.owner();
      if (!owner.isEmpty()) e.put("owner", owner);
      LocalDate due =
          n.due() != null ? n.due() : s.date() == null ? null : s.date().plusMonths(DEFAULT_MONTHS);
      if (due != null) e.put("due", due.toString());
      e.put("status", "open");
      if (!n.id().isEmpty()) e.put("source", n.id());
      entries.add(e);
    }
    // the entries line up with the session's own, so that they can be pasted below them
    int indent =
        s.actions().isEmpty() ? 2 : Math.max(0, s.actions().get(0).at().pos().column() - 3);
    StringBuilder sb = new StringBuilder();
    String one = notes.size() == 1 ? "one" : "many";
    sb.append(
        comment(msg.get("actions.propose.head." + one, notes.size(), notesShown, sessionShown)));
    if (s.actions().isEmpty()) {
      sb.append(comment(msg.get("actions.propose.paste.new", sessionShown)));
      sb.append("actions:\n");
    } else {
      sb.append(comment(msg.get("actions.propose.paste", sessionShown)));
    }
    for (String line : dump(entries).split("\n", -1)) {
      if (line.isEmpty()) continue;
      sb.append(" ".repeat(indent)).append(line).append('\n');
    }
    return sb.toString();
  }

  private static String comment(String text) {
    StringBuilder sb = new StringBuilder();
    for (String l : text.split("\n")) sb.append("# ").append(l).append('\n');
    return sb.toString();
  }

  /** Block-style YAML, each list item's keys two spaces in, no line folded. */
  private static String dump(List<Map<String, Object>> entries) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(0)
            .setWidth(100_000)
            .setSplitLines(false)
            .build();
    return new Dump(settings).dumpToString(entries);
  }

  /**
   * The next free action ids: the letters of the session's own ids (those of the last action whose
   * id is letters and a number; "A" when there is none) with the next number after the highest of
   * theirs.
   */
  static final class Ids {
    private static final Pattern ID = Pattern.compile("(\\D*)(\\d{1,8})");

    private final String prefix;
    private final Set<String> used;
    private int next;

    private Ids(String prefix, int next, Set<String> used) {
      this.prefix = prefix;
      this.next = next;
      this.used = used;
    }

    static Ids of(List<Action> actions) {
      Set<String> used = new HashSet<>();
      for (Action a : actions) used.add(a.id());
      String prefix = "A";
      for (Action a : actions) {
        Matcher m = ID.matcher(a.id());
        if (m.matches()) prefix = m.group(1);
      }
      int max = 0;
      for (Action a : actions) {
        Matcher m = ID.matcher(a.id());
        if (m.matches() && m.group(1).equals(prefix)) {
          max = Math.max(max, Integer.parseInt(m.group(2)));
        }
      }
      return new Ids(prefix, max + 1, used);
    }

    String next() {
      String id;
      do {
        id = prefix + next++;
      } while (!used.add(id));
      return id;
    }
  }
}
