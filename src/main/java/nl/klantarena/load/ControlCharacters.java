package nl.klantarena.load;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import nl.klantarena.finding.Findings;
import nl.klantarena.text.Controls;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * KA140: a value or key that holds a control character or a bidirectional override ({@link
 * Controls}), usually from a YAML escape such as {@code "\e]0;…"} or text pasted from elsewhere.
 * One finding per scalar, at the scalar.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  static void check(Node root, String file, Findings findings) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) continue; // an alias is checked where its anchor is
      if (n instanceof ScalarNode s) {
        int at = Controls.find(s.getValue());
        if (at >= 0) {
          findings.add(
              "KA140", MapView.posOf(s, file), Controls.name(s.getValue().codePointAt(at)));
        }
      } else if (n instanceof MappingNode m) {
        for (int i = m.getValue().size() - 1; i >= 0; i--) {
          NodeTuple t = m.getValue().get(i);
          todo.push(t.getValueNode());
          todo.push(t.getKeyNode());
        }
      } else if (n instanceof SequenceNode q) {
        for (int i = q.getValue().size() - 1; i >= 0; i--) todo.push(q.getValue().get(i));
      }
    }
  }
}
