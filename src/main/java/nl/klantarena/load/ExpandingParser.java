package nl.klantarena.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The parser's events with every alias replaced by a copy of the value it repeats, placed where the
 * alias is written: a finding about a repeated theme then points at the alias, not at the anchor.
 * It also keeps what the error messages need: the brackets still open when the parser gives up, and
 * where each alias and anchor is.
 *
 * <p>Aliases are capped as the composer caps them, counting the aliases inside a repeated value
 * again with each repetition, so that nested aliases (a "billion laughs") stop at the first alias
 * past the limit; the values that aliases repeat are capped in number as well.
 */
final class ExpandingParser implements Parser {

  /** An alias that cannot be expanded: what is wrong, and where. */
  static final class AliasProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Kind {
      UNKNOWN,
      RECURSIVE,
      TOO_MANY,
      TOO_LARGE
    }

    final Kind kind;
    final String name;
    final Optional<Mark> at;
    final Optional<Mark> anchor;

    AliasProblem(Kind kind, String name, Optional<Mark> at, Optional<Mark> anchor) {
      super(kind + " " + name, null, false, false);
      this.kind = kind;
      this.name = name;
      this.at = at;
      this.anchor = anchor;
    }
  }

  /**
   * How deep collections may nest. A session file needs a few levels; the composer builds a tree by
   * recursion, and thousands of levels would end in a stack overflow (also caught, but slowly and
   * without a place).
   */
  static final int MAX_DEPTH = 100;

  /** A collection that opens one level deeper than {@link #MAX_DEPTH}, and where. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final Optional<Mark> at;

    TooDeep(Optional<Mark> at) {
      super("nested deeper than " + MAX_DEPTH, null, false, false);
      this.at = at;
    }
  }

  /** One alias that was expanded: where it is written and where its anchor is. */
  record Expanded(Optional<Mark> alias, Optional<Mark> anchor, String name) {}

  /** A collection that has started and not ended yet. */
  private static final class Open {
    final String anchor; // null when the collection has none
    final Optional<Mark> start;
    final boolean flow;
    final int from; // where its events start in recorded, when it has an anchor
    int aliases; // aliases expanded inside it, each counted with those inside what it repeats

    Open(String anchor, Optional<Mark> start, boolean flow, int from) {
      this.anchor = anchor;
      this.start = start;
      this.flow = flow;
      this.from = from;
    }
  }

  /** A finished anchored value: its events in {@link #recorded}, and its aliases. */
  private record Anchored(int from, int to, int aliases, Optional<Mark> at) {}

  private final Parser in;
  private final int maxAliases;
  private final int maxRepeated;
  private final Deque<Event> pending = new ArrayDeque<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final List<Expanded> expanded = new ArrayList<>();

  /** The events of anchored values, recorded only while one is open. */
  private final List<Event> recorded = new ArrayList<>();

  private Optional<Mark> last = Optional.empty();
  private int anchoredOpen;
  private int aliases;
  private int repeated;

  /**
   * @param maxAliases how many aliases of collections the file may hold, nested ones counted
   * @param maxRepeated how many values all aliases together may repeat
   */
  ExpandingParser(Parser in, int maxAliases, int maxRepeated) {
    this.in = in;
    this.maxAliases = maxAliases;
    this.maxRepeated = maxRepeated;
  }

  /** The aliases expanded so far, in the order of the file. */
  List<Expanded> expanded() {
    return List.copyOf(expanded);
  }

  /** Where the event the composer looked at last starts: the node it was building, if any. */
  Optional<Mark> last() {
    return last;
  }

  /** Where the innermost "[" or "{" that is still open starts; empty when none is. */
  Optional<Mark> openFlow() {
    for (Open o : open) if (o.flow) return o.start;
    return Optional.empty();
  }

  @Override
  public boolean hasNext() {
    return fill();
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return fill() && pending.peekFirst().getEventId() == id;
  }

  @Override
  public Event peekEvent() {
    if (!fill()) throw new NoSuchElementException("No more Events found.");
    last = pending.peekFirst().getStartMark();
    return pending.peekFirst();
  }

  @Override
  public Event next() {
    Event e = peekEvent();
    pending.removeFirst();
    delivered(e);
    return e;
  }

  private boolean fill() {
    if (!pending.isEmpty()) return true;
    if (!in.hasNext()) return false;
    Event e = in.next();
    if (e instanceof AliasEvent a) expand(a);
    else pending.add(e);
    return true;
  }

  /** Keeps the bookkeeping of anchors and open collections in step with what the composer got. */
  private void delivered(Event e) {
    String anchor = null;
    if (e instanceof NodeEvent n && n.getAnchor().isPresent())
      anchor = n.getAnchor().get().getValue();
    if (e instanceof CollectionStartEvent c) {
      if (open.size() >= MAX_DEPTH) throw new TooDeep(e.getStartMark());
      if (anchor != null) anchoredOpen++;
      if (anchoredOpen > 0) recorded.add(e);
      open.push(new Open(anchor, e.getStartMark(), c.isFlow(), recorded.size() - 1));
      return;
    }
    if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
      if (anchoredOpen > 0) recorded.add(e);
      Open o = open.pop();
      if (o.anchor != null) {
        anchors.put(o.anchor, new Anchored(o.from, recorded.size(), o.aliases, o.start));
        anchoredOpen--;
      }
      return;
    }
    if (e instanceof ScalarEvent) {
      if (anchoredOpen > 0 || anchor != null) recorded.add(e);
      if (anchor != null) {
        anchors.put(
            anchor, new Anchored(recorded.size() - 1, recorded.size(), 0, e.getStartMark()));
      }
    }
  }

  private void expand(AliasEvent a) {
    String name = a.getAlias().getValue();
    for (Open o : open) {
      if (name.equals(o.anchor)) {
        throw new AliasProblem(AliasProblem.Kind.RECURSIVE, name, a.getStartMark(), o.start);
      }
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw new AliasProblem(AliasProblem.Kind.UNKNOWN, name, a.getStartMark(), Optional.empty());
    }
    int size = target.to() - target.from();
    if (size > 1) {
      int cost = 1 + target.aliases();
      aliases += cost;
      if (aliases > maxAliases) {
        throw new AliasProblem(AliasProblem.Kind.TOO_MANY, name, a.getStartMark(), target.at());
      }
      repeated += size;
      if (repeated > maxRepeated) {
        throw new AliasProblem(AliasProblem.Kind.TOO_LARGE, name, a.getStartMark(), target.at());
      }
      for (Open o : open) o.aliases += cost;
    }
    expanded.add(new Expanded(a.getStartMark(), target.at(), name));
    Optional<Mark> start = a.getStartMark();
    Optional<Mark> end = a.getEndMark();
    for (int i = target.from(); i < target.to(); i++)
      pending.add(copy(recorded.get(i), start, end));
  }

  /** The event without its anchor, at the alias. */
  private static Event copy(Event e, Optional<Mark> start, Optional<Mark> end) {
    if (e instanceof ScalarEvent s) {
      return new ScalarEvent(
          Optional.empty(),
          s.getTag(),
          s.getImplicit(),
          s.getValue(),
          s.getScalarStyle(),
          start,
          end);
    }
    if (e instanceof MappingStartEvent m) {
      return new MappingStartEvent(
          Optional.empty(), m.getTag(), m.isImplicit(), m.getFlowStyle(), start, end);
    }
    if (e instanceof SequenceStartEvent q) {
      return new SequenceStartEvent(
          Optional.empty(), q.getTag(), q.isImplicit(), q.getFlowStyle(), start, end);
    }
    if (e instanceof MappingEndEvent) return new MappingEndEvent(start, end);
    if (e instanceof SequenceEndEvent) return new SequenceEndEvent(start, end);
    throw new IllegalStateException("not part of a value: " + e);
  }
}
