package nl.klantarena.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Names;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The defaults file of a series, {@code klantarena.yaml}, and how a session inherits from it.
 *
 * <p>Which file: the nearest {@code klantarena.yaml} above a session — in the session's own folder,
 * else in the folder above, and so on; the walk ends after the first folder that holds {@code .git}
 * (the top of the repository) or at the root of the file system.
 *
 * <p>Inheritance happens on the YAML node tree, before the session is read, so that an inherited
 * value keeps the position where it was written: a finding about it points into {@code
 * klantarena.yaml}. A session inherits every top-level value it leaves out (organisation, language,
 * timezone, location, contact, agenda) and the facilitator; inside {@code agenda}, a session that
 * sets only {@code start} keeps the defaults' {@code blocks} (and the other way round). In {@code
 * participants.staff} a plain name picks a person from the roster, and in {@code themes} a plain id
 * picks a theme from the library. The {@code owners} outside the rings are added to a session's
 * own, except those it names itself.
 */
public final class Defaults {

  /** The name of the defaults file. */
  public static final String FILE = "klantarena.yaml";

  static final Set<String> TOP =
      Set.of(
          "klantarena",
          "organisation",
          "language",
          "timezone",
          "location",
          "contact",
          "facilitator",
          "staff",
          "owners",
          "themes",
          "agenda",
          "templates",
          "recording");

  /** Keys a session inherits as a whole when it leaves them out. */
  private static final List<String> INHERITED =
      List.of("organisation", "language", "timezone", "location", "contact", "agenda", "recording");

  private final String shown;
  private final Path folder;
  private final Map<String, NodeTuple> top = new LinkedHashMap<>();
  private final Map<String, Node> roster = new LinkedHashMap<>();
  private final List<String> rosterNames = new ArrayList<>();
  private final Map<String, Node> library = new LinkedHashMap<>();
  private final List<String> libraryIds = new ArrayList<>();
  private final boolean broken;
  private List<Finding> own;

  private Defaults(String shown, Path folder, boolean broken, List<Finding> own) {
    this.shown = shown;
    this.folder = folder;
    this.broken = broken;
    this.own = List.copyOf(own);
  }

  /**
   * The nearest {@code klantarena.yaml} for {@code sessionFile}: in its folder or a folder above,
   * not above the first folder holding {@code .git}.
   */
  public static Optional<Path> find(Path sessionFile) {
    Path dir = sessionFile.toAbsolutePath().normalize().getParent();
    while (dir != null) {
      Path candidate = dir.resolve(FILE);
      // any file by that name counts, so that one that cannot be read is said, not skipped
      if (Files.exists(candidate)
          && !Files.isDirectory(candidate)
          && !candidate.equals(sessionFile.toAbsolutePath().normalize())) {
        return Optional.of(candidate);
      }
      if (Files.exists(dir.resolve(".git"))) return Optional.empty();
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * The folder a session's series lives in: the folder of its nearest {@code klantarena.yaml}, or
   * the session's own folder when there is none.
   */
  public static Path seriesRoot(Path sessionFile) {
    return find(sessionFile)
        .map(Path::getParent)
        .orElseGet(() -> sessionFile.toAbsolutePath().normalize().getParent());
  }

  /** The defaults file's folder. */
  public Path folder() {
    return folder;
  }

  /** How findings name the defaults file. */
  public String shown() {
    return shown;
  }

  /** The findings about the defaults file itself, found when it was read. */
  public List<Finding> findings() {
    return own;
  }

  /**
   * The user's templates folder named by {@code templates:}, resolved against the folder of the
   * defaults file; empty when it names none.
   */
  public Optional<Path> templates() {
    NodeTuple t = top.get("templates");
    if (t == null || !(t.getValueNode() instanceof ScalarNode s) || s.getValue().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(folder.resolve(s.getValue().strip()).normalize());
  }

  /**
   * Applies these defaults to the node tree of a session (a step of {@link SessionLoader}):
   * inherited values are copied in with their own positions, picks from the roster and the library
   * are replaced by the entries they name. The findings about the defaults file are added too; the
   * same finding reported for several sessions is kept once by {@link Findings}.
   */
  void apply(Node root, String sessionShown, Findings findings) {
    if (!(root instanceof MappingNode session)) return;
    for (Finding f : own) findings.add(f);
    mergeInto(session, sessionShown, findings, folder != null);
  }

  /** No defaults file above the session: a plain name in staff or themes picks nothing. */
  static Defaults none(String sessionShown) {
    return new Defaults(sessionShown, null, false, List.of());
  }

  /**
   * Reads and validates a defaults file from its bytes; faults become findings of the file, kept
   * with it ({@link #findings()}), and the usable part is kept.
   */
  static Defaults parse(byte[] bytes, Path file, String shown, Messages messages) {
    Findings own = new Findings(messages);
    Path folder = file.toAbsolutePath().normalize().getParent();
    Optional<String> text = YamlText.decode(bytes, shown, own);
    if (text.isEmpty()) return new Defaults(shown, folder, true, own.all());
    Optional<Node> root = YamlText.compose(text.get(), shown, own);
    if (root.isEmpty()) return new Defaults(shown, folder, true, own.all());
    if (MapView.isNull(root.get())) return new Defaults(shown, folder, false, own.all());
    MapView m = MapView.of(root.get(), shown, own, TOP);
    if (m == null) return new Defaults(shown, folder, true, own.all());
    // what the sessions inherit is shown as they show their own values: checked the same way
    ControlCharacters.check(root.get(), shown, own);
    Defaults d = new Defaults(shown, folder, false, List.of());
    d.validate(m, (MappingNode) root.get(), own);
    d.own = own.all();
    return d;
  }

  /** A defaults file that could not be read: its finding, and nothing to inherit. */
  static Defaults unreadable(Path file, String shown, Finding why) {
    return new Defaults(shown, file.toAbsolutePath().normalize().getParent(), true, List.of(why));
  }

  private void validate(MapView m, MappingNode root, Findings findings) {
    for (NodeTuple t : root.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && !MapView.isNull(t.getValueNode())
          && TOP.contains(k.getValue())
          && !top.containsKey(k.getValue())) {
        top.put(k.getValue(), t);
      }
    }
    Integer version = m.integer("klantarena", false);
    if (version != null && version != SessionLoader.FORMAT_VERSION) {
      findings.add("KA114", m.valuePos("klantarena"), version, SessionLoader.FORMAT_VERSION);
    }
    m.str("organisation");
    if (m.has("language") && Lang.fromCode(m.str("language").toLowerCase(Locale.ROOT)) == null) {
      findings.add("KA107", m.valuePos("language"), m.str("language"));
    }
    if (m.has("timezone")) {
      String tz = m.str("timezone");
      if (!tz.isEmpty() && !SessionLoader.knownZone(tz)) {
        String near = Names.nearest(tz, ZoneId.getAvailableZoneIds());
        findings.add(
            "KA108",
            m.valuePos("timezone"),
            tz,
            near == null ? "" : findings.messages().get("hint.didyoumean", near));
      }
    }
    m.map("location", SessionLoader.LOCATION);
    m.map("recording", SessionLoader.RECORDING);
    MapView c = m.map("contact", SessionLoader.CONTACT);
    if (c != null) c.requiredStr("name");
    MapView f = m.map("facilitator", SessionLoader.FACILITATOR);
    if (f != null) f.requiredStr("name");
    MapView a = m.map("agenda", SessionLoader.AGENDA);
    if (a != null) {
      a.time("start", false);
      for (Node b : a.list("blocks")) MapView.of(b, shown, findings, SessionLoader.BLOCK);
    }
    for (Node n : m.list("staff")) {
      MapView s = MapView.of(n, shown, findings, SessionLoader.STAFF);
      if (s == null) continue;
      String name = s.requiredStr("name");
      List<String> keys = new ArrayList<>();
      if (!name.isEmpty()) keys.add(name);
      keys.addAll(s.strList("aliases"));
      for (String k : keys) {
        Node first = roster.putIfAbsent(Names.key(k), n);
        if (first != null && first != n) {
          findings.add("KA906", s.valuePos("name"), k, MapView.posOf(first, shown).line());
        }
      }
      if (!name.isEmpty()) rosterNames.add(name);
    }
    for (Node n : m.list("owners")) {
      MapView o = MapView.of(n, shown, findings, SessionLoader.OWNER);
      if (o != null) o.requiredStr("name");
    }
    for (Node n : m.list("themes")) {
      MapView t = MapView.of(n, shown, findings, SessionLoader.THEME);
      if (t == null) continue;
      String id = t.requiredStr("id");
      if (id.isEmpty()) continue;
      Node first = library.putIfAbsent(Names.key(id), n);
      if (first != null)
        findings.add("KA907", t.valuePos("id"), id, MapView.posOf(first, shown).line());
      else libraryIds.add(id);
    }
    if (m.has("templates")) {
      String dir = m.str("templates");
      if (!dir.isEmpty() && !Files.isDirectory(folder.resolve(dir))) {
        findings.add("KA904", m.valuePos("templates"), dir);
      }
    }
  }

  private void mergeInto(
      MappingNode session, String sessionShown, Findings findings, boolean found) {
    List<NodeTuple> tuples = new ArrayList<>(session.getValue());
    for (String key : INHERITED) {
      NodeTuple d = top.get(key);
      if (d == null) continue;
      int i = indexOf(tuples, key);
      if (i < 0) tuples.add(d);
      else if (MapView.isNull(tuples.get(i).getValueNode())) tuples.set(i, d);
      else if (key.equals("agenda")) fillIn(tuples.get(i).getValueNode(), d.getValueNode());
    }
    NodeTuple facilitator = top.get("facilitator");
    int p = indexOf(tuples, "participants");
    if (facilitator != null) {
      if (p < 0 || MapView.isNull(tuples.get(p).getValueNode())) {
        ScalarNode key =
            new ScalarNode(
                Tag.STR,
                true,
                "participants",
                ScalarStyle.PLAIN,
                facilitator.getKeyNode().getStartMark(),
                facilitator.getKeyNode().getEndMark());
        MappingNode value =
            new MappingNode(
                Tag.MAP,
                true,
                new ArrayList<>(List.of(facilitator)),
                FlowStyle.BLOCK,
                facilitator.getKeyNode().getStartMark(),
                facilitator.getValueNode().getEndMark());
        NodeTuple t = new NodeTuple(key, value);
        if (p < 0) tuples.add(t);
        else tuples.set(p, t);
        p = indexOf(tuples, "participants");
      } else {
        fillIn(tuples.get(p).getValueNode(), List.of(facilitator));
      }
    }
    if (p >= 0 && tuples.get(p).getValueNode() instanceof MappingNode participants) {
      List<NodeTuple> pt = new ArrayList<>(participants.getValue());
      int s = indexOf(pt, "staff");
      if (s >= 0 && pt.get(s).getValueNode() instanceof SequenceNode staff) {
        pt.set(
            s,
            new NodeTuple(
                pt.get(s).getKeyNode(),
                pick(staff, roster, rosterNames, "KA901", sessionShown, findings, found)));
        participants.setValue(pt);
      }
    }
    addOwners(tuples);
    int th = indexOf(tuples, "themes");
    if (th >= 0 && tuples.get(th).getValueNode() instanceof SequenceNode themes) {
      tuples.set(
          th,
          new NodeTuple(
              tuples.get(th).getKeyNode(),
              pick(themes, library, libraryIds, "KA902", sessionShown, findings, found)));
    }
    session.setValue(tuples);
  }

  /**
   * The series' owners after the session's own: a session lists whom only it needs, and names an
   * owner itself to write the entry differently.
   */
  private void addOwners(List<NodeTuple> tuples) {
    NodeTuple d = top.get("owners");
    if (d == null || !(d.getValueNode() instanceof SequenceNode from)) return;
    int i = indexOf(tuples, "owners");
    if (i < 0 || MapView.isNull(tuples.get(i).getValueNode())) {
      if (i < 0) tuples.add(d);
      else tuples.set(i, d);
      return;
    }
    if (!(tuples.get(i).getValueNode() instanceof SequenceNode own)) return; // KA102 says so
    Set<String> named = new HashSet<>();
    for (Node n : own.getValue()) named.add(Names.key(nameOf(n)));
    List<Node> all = new ArrayList<>(own.getValue());
    for (Node n : from.getValue()) if (!named.contains(Names.key(nameOf(n)))) all.add(n);
    tuples.set(
        i,
        new NodeTuple(
            tuples.get(i).getKeyNode(),
            new SequenceNode(
                own.getTag(),
                true,
                all,
                own.getFlowStyle(),
                own.getStartMark(),
                own.getEndMark())));
  }

  /** The {@code name} of a person's mapping, or "" when it has none. */
  private static String nameOf(Node n) {
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals("name")
            && t.getValueNode() instanceof ScalarNode v) return v.getValue();
      }
    }
    return "";
  }

  /** The node property of a name in a list that names no entry of the defaults file. */
  static final String UNRESOLVED = "klantarena.unresolved";

  /** Replaces plain names in a list by the entries they pick; an unknown name is a finding. */
  private SequenceNode pick(
      SequenceNode seq,
      Map<String, Node> from,
      List<String> names,
      String code,
      String sessionShown,
      Findings findings,
      boolean found) {
    List<Node> out = new ArrayList<>(seq.getValue().size());
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode s) || MapView.isNull(item) || !s.getTag().equals(Tag.STR)) {
        out.add(item);
        continue;
      }
      String name = s.getValue().strip();
      Node entry = from.get(Names.key(name));
      if (entry != null) {
        out.add(entry);
        continue;
      }
      SourcePos at = MapView.posOf(item, sessionShown);
      if (!found) {
        findings.add("KA903", at, name, FILE);
      } else if (!broken) {
        String near = Names.nearest(name, names);
        String hint =
            near != null
                ? findings.messages().get("hint.didyoumean", near)
                : names.isEmpty() ? "" : String.join(", ", names);
        findings.add(code, at, name, shown, hint);
      }
      // kept, marked, so that the loader knows the list is not whole (and says nothing more of it)
      item.setProperty(UNRESOLVED, Boolean.TRUE);
      out.add(item);
    }
    return new SequenceNode(
        seq.getTag(), true, out, seq.getFlowStyle(), seq.getStartMark(), seq.getEndMark());
  }

  /** Adds to a session mapping the keys of a defaults mapping that it leaves out. */
  private static void fillIn(Node sessionNode, Node defaultsNode) {
    if (defaultsNode instanceof MappingNode dm) fillIn(sessionNode, dm.getValue());
  }

  private static void fillIn(Node sessionNode, List<NodeTuple> defaults) {
    if (!(sessionNode instanceof MappingNode sm)) return;
    List<NodeTuple> tuples = new ArrayList<>(sm.getValue());
    for (NodeTuple d : defaults) {
      if (!(d.getKeyNode() instanceof ScalarNode k)) continue;
      int i = indexOf(tuples, k.getValue());
      if (i < 0) tuples.add(d);
      else if (MapView.isNull(tuples.get(i).getValueNode())) tuples.set(i, d);
    }
    sm.setValue(tuples);
  }

  private static int indexOf(List<NodeTuple> tuples, String key) {
    for (int i = 0; i < tuples.size(); i++) {
      if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return i;
    }
    return -1;
  }
}
