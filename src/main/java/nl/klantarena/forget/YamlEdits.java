package nl.klantarena.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.YamlText;
import nl.klantarena.session.People;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The edits of a session file or {@code klantarena.yaml} at the person's own entry: the value of
 * {@code name} becomes the pseudonym, and the values of the keys that reach or name them ({@code
 * email}, {@code phone}, {@code aliases}, {@code salutation}) are emptied. The text is edited where
 * the nodes are written, so that the rest of the file, its comments and its layout stay as they
 * were; nothing is written out again from the node tree.
 */
final class YamlEdits {

  /** The keys of a person's entry that are emptied. */
  static final Set<String> EMPTIED = Set.of("email", "phone", "aliases", "salutation");

  private YamlEdits() {}

  /** Whether {@code text} can be read as YAML (an edit must never break a file). */
  static boolean readable(String text, Messages msg) {
    Findings f = new Findings(msg);
    return YamlText.compose(text, "", f).isPresent() && !f.hasErrors();
  }

  /** The edits at every entry in {@code text} whose {@code name} is one of {@code people}. */
  static List<Edit> edits(String text, People people, String pseudonym, Messages msg) {
    Optional<Node> root = YamlText.compose(text, "", new Findings(msg));
    List<Edit> out = new ArrayList<>();
    if (root.isPresent()) walk(root.get(), text, people, pseudonym, out);
    return out;
  }

  private static void walk(Node n, String text, People people, String pseudonym, List<Edit> out) {
    if (n instanceof MappingNode m) {
      if (isPerson(m, people)) {
        for (NodeTuple t : m.getValue()) {
          String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
          if (key.equals("name")) out.add(replace(t.getValueNode(), text, pseudonym));
          else if (EMPTIED.contains(key)) out.add(empty(t.getValueNode(), text));
        }
      }
      for (NodeTuple t : m.getValue()) walk(t.getValueNode(), text, people, pseudonym, out);
    } else if (n instanceof SequenceNode s) {
      for (Node c : s.getValue()) walk(c, text, people, pseudonym, out);
    }
  }

  private static boolean isPerson(MappingNode m, People people) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals("name")
          && t.getValueNode() instanceof ScalarNode v
          && people.find(v.getValue()) != null) return true;
    }
    return false;
  }

  /** The name, in the quotes it was written in. */
  private static Edit replace(Node value, String text, String pseudonym) {
    int[] r = range(value, text);
    String q =
        value instanceof ScalarNode s
            ? switch (s.getScalarStyle()) {
              case DOUBLE_QUOTED -> "\"";
              case SINGLE_QUOTED -> "'";
              default -> "";
            }
            : "";
    return Edit.of(r[0], r[1], q + pseudonym + q, text);
  }

  /** An empty value of the same kind: {@code ""} for text, {@code []} for a list. */
  private static Edit empty(Node value, String text) {
    int[] r = range(value, text);
    boolean list = value instanceof SequenceNode;
    boolean plainEmpty =
        value instanceof ScalarNode s
            && s.getValue().isEmpty()
            && s.getScalarStyle() == ScalarStyle.PLAIN;
    return Edit.of(r[0], r[1], plainEmpty ? "" : list ? "[]" : "\"\"", text);
  }

  /**
   * Where a value is written, in characters of {@code text}: from its start to its last character
   * that is not a space or a line break (a block list's end mark lies at the next key).
   */
  private static int[] range(Node value, String text) {
    int start = offset(value.getStartMark(), text);
    int end = offset(value.getEndMark(), text);
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new int[] {start, end};
  }

  /** A mark's index counts code points; the text's offsets count chars. */
  private static int offset(Optional<Mark> mark, String text) {
    int cp = mark.map(Mark::getIndex).orElse(0);
    return text.offsetByCodePoints(0, Math.min(cp, text.codePointCount(0, text.length())));
  }
}
