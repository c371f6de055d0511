package nl.klantarena.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Names;
import nl.klantarena.session.Origin;
import nl.klantarena.text.IsoDates;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, position-aware reading of one YAML mapping. Building a view reports duplicate and unknown
 * keys; each accessor reports a wrong type, a missing required key or an invalid value as a finding
 * and returns a neutral value (empty string, null, empty list), so that loading goes on and every
 * fault of a file is reported in one run.
 */
public final class MapView {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final Set<String> PLAIN_TAGS =
      Set.of(
          Tag.STR.getValue(),
          Tag.INT.getValue(),
          Tag.FLOAT.getValue(),
          Tag.BOOL.getValue(),
          Tag.NULL.getValue(),
          Tag.MAP.getValue(),
          Tag.SEQ.getValue());

  private final Node node;
  private final String file;
  private final Findings findings;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  /** Known keys that an unknown key of this mapping was taken for (KA101 "did you mean"). */
  private final Set<String> misspelled = new HashSet<>();

  /**
   * Keys meant but not read as written: misspelt, required and missing, or of a value that could
   * not be read (each with its finding). Rules that depend on them stay silent.
   */
  private final Set<String> unread = new HashSet<>();

  private MapView(MappingNode node, String file, Findings findings, Set<String> known) {
    this.node = node;
    this.file = file;
    this.findings = findings;
    for (NodeTuple t : node.getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode sk) || isNull(k)) {
        findings.add("KA102", pos(k), findings.messages().get("type.text"), describe(k));
        continue;
      }
      String key = sk.getValue();
      NodeTuple first = entries.get(key);
      if (first != null) {
        findings.add("KA112", pos(k), key, pos(first.getKeyNode()).line());
        continue;
      }
      entries.put(key, t);
      if (!known.contains(key)) {
        String near = Names.nearest(key, known);
        if (near != null) {
          findings.add("KA101", pos(k), key, near);
          misspelled.add(near);
        } else
          findings.add("KA121", pos(k), key, String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  /**
   * A view of {@code n} when it is a mapping; otherwise reports a wrong type (or, for a null node,
   * nothing) and returns null.
   */
  public static MapView of(Node n, String file, Findings findings, Set<String> known) {
    if (n == null || isNull(n)) return null;
    checkTag(n, file, findings);
    if (n instanceof MappingNode m) return new MapView(m, file, findings, known);
    findings.add(
        "KA102", posOf(n, file), findings.messages().get("type.mapping"), describe(n, findings));
    return null;
  }

  public Findings findings() {
    return findings;
  }

  public String file() {
    return file;
  }

  /** Where the mapping starts. */
  public SourcePos pos() {
    return posOf(node, file);
  }

  /** The position of every key's value, for {@link Origin}. */
  public Map<String, SourcePos> positions() {
    Map<String, SourcePos> m = new LinkedHashMap<>();
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      m.put(e.getKey(), posOf(e.getValue().getValueNode(), file));
    }
    return m;
  }

  /**
   * The keys whose value was meant but could not be read: a misspelt key (KA101), a missing
   * required key (KA103), a value of the wrong kind or an invalid one; each has its finding
   * already.
   */
  public Set<String> unread() {
    Set<String> out = new HashSet<>(unread);
    for (String k : misspelled) if (!wrote(k)) out.add(k);
    return out;
  }

  /** Marks {@code key} as meant but not read (see {@link #unread()}). */
  public void unread(String key) {
    unread.add(key);
  }

  public boolean has(String key) {
    NodeTuple t = entries.get(key);
    return t != null && !isNull(t.getValueNode());
  }

  /** Whether the key is written at all, even with no value. */
  public boolean wrote(String key) {
    return entries.containsKey(key);
  }

  public Node node(String key) {
    NodeTuple t = entries.get(key);
    return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
  }

  /** Position of the value of {@code key}, or of the mapping when the key is absent. */
  public SourcePos valuePos(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? pos() : posOf(t.getValueNode(), file);
  }

  public SourcePos keyPos(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? pos() : posOf(t.getKeyNode(), file);
  }

  /** Text, or "" when absent. */
  public String str(String key) {
    Node n = node(key);
    if (n == null) return "";
    String s = scalar(n, "type.text");
    if (s == null) unread.add(key);
    return s == null ? "" : s.strip();
  }

  /** Text that must be present and not empty. */
  public String requiredStr(String key) {
    if (!has(key)) {
      missing(key);
      return "";
    }
    String s = str(key);
    if (s.isEmpty() && node(key) instanceof ScalarNode) missing(key);
    return s;
  }

  public void missing(String key) {
    unread.add(key);
    // "particpants" has had its KA101 with "did you mean participants?": one fault, one finding
    if (!wrote(key) && misspelled.contains(key)) return;
    findings.add("KA103", wrote(key) ? keyPos(key) : pos(), key);
  }

  /** An ISO date (yyyy-mm-dd), or null when absent or invalid (then with a finding). */
  public LocalDate date(String key, boolean required) {
    if (!has(key)) {
      if (required) missing(key);
      return null;
    }
    String s = scalar(node(key), "type.date");
    if (s == null) {
      unread.add(key);
      return null;
    }
    s = s.strip();
    if (DATE.matcher(s).matches()) {
      try {
        return IsoDates.parse(s);
      } catch (DateTimeException e) {
        // falls through to the finding
      }
    }
    findings.add("KA104", valuePos(key), s);
    unread.add(key);
    return null;
  }

  /** A clock time (HH:MM), or null when absent or invalid (then with a finding). */
  public LocalTime time(String key, boolean required) {
    if (!has(key)) {
      if (required) missing(key);
      return null;
    }
    String s = scalar(node(key), "type.time");
    if (s == null) {
      unread.add(key);
      return null;
    }
    s = s.strip();
    var m = TIME.matcher(s);
    if (m.matches())
      return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    findings.add("KA105", valuePos(key), s);
    unread.add(key);
    return null;
  }

  /** A whole number, or null when absent or not a whole number (then with a finding). */
  public Integer integer(String key, boolean required) {
    if (!has(key)) {
      if (required) missing(key);
      return null;
    }
    String s = scalar(node(key), "type.integer");
    if (s == null) {
      unread.add(key);
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      findings.add("KA102", valuePos(key), findings.messages().get("type.integer"), quote(s));
      unread.add(key);
      return null;
    }
  }

  /** true or false (YAML 1.2: not yes/no), or {@code dflt} when absent. */
  public boolean bool(String key, boolean dflt) {
    if (!has(key)) return dflt;
    Node n = node(key);
    String s = scalar(n, "type.boolean");
    if (s != null && n.getTag().equals(Tag.BOOL)) {
      return Boolean.parseBoolean(s.toLowerCase(Locale.ROOT));
    }
    if (s != null) {
      findings.add("KA102", valuePos(key), findings.messages().get("type.boolean"), quote(s));
    }
    unread.add(key);
    return dflt;
  }

  /**
   * One of the allowed words (exact, lower case), or null when absent or not allowed (then KA113
   * with the allowed words and the nearest one).
   */
  public String oneOf(String key, List<String> allowed) {
    if (!has(key)) return null;
    String s = scalar(node(key), "type.text");
    if (s == null) {
      unread.add(key);
      return null;
    }
    s = s.strip();
    if (allowed.contains(s)) return s;
    unread.add(key);
    String near = Names.nearest(s, allowed);
    findings.add(
        "KA113",
        valuePos(key),
        s,
        key,
        String.join(" | ", allowed),
        near == null ? "" : "; " + findings.messages().get("hint.didyoumean", near));
    return null;
  }

  /** A list of texts; a single text is taken as a list of one. */
  public List<String> strList(String key) {
    Node n = node(key);
    if (n == null) return List.of();
    checkTag(n, file, findings);
    if (n instanceof ScalarNode) {
      String s = scalar(n, "type.text");
      return s == null || s.isBlank() ? List.of() : List.of(s.strip());
    }
    if (!(n instanceof SequenceNode seq)) {
      findings.add(
          "KA102", posOf(n, file), findings.messages().get("type.list"), describe(n, findings));
      unread.add(key);
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (isNull(item)) continue;
      String s = scalar(item, "type.text");
      if (s == null) unread.add(key);
      else if (!s.isBlank()) out.add(s.strip());
    }
    return out;
  }

  /** The items of a list; a wrong type is reported and gives an empty list. */
  public List<Node> list(String key) {
    Node n = node(key);
    if (n == null) return List.of();
    checkTag(n, file, findings);
    if (n instanceof SequenceNode seq) return seq.getValue();
    findings.add(
        "KA102", posOf(n, file), findings.messages().get("type.list"), describe(n, findings));
    unread.add(key);
    return List.of();
  }

  /** A nested mapping, or null (absent, or a wrong type with a finding). */
  public MapView map(String key, Set<String> known) {
    Node n = node(key);
    MapView m = of(n, file, findings, known);
    if (m == null && n != null) unread.add(key);
    return m;
  }

  /** The scalar text of {@code n}, or null with a KA102 finding when it is not a scalar. */
  String scalar(Node n, String expectedKey) {
    checkTag(n, file, findings);
    if (n instanceof ScalarNode s) return s.getValue();
    findings.add(
        "KA102", posOf(n, file), findings.messages().get(expectedKey), describe(n, findings));
    return null;
  }

  private String describe(Node n) {
    return describe(n, findings);
  }

  static String describe(Node n, Findings findings) {
    if (n instanceof MappingNode) return findings.messages().get("type.found.mapping");
    if (n instanceof SequenceNode) return findings.messages().get("type.found.list");
    if (n instanceof ScalarNode s) return quote(s.getValue());
    return "?";
  }

  private static String quote(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return "\"" + t + "\"";
  }

  private SourcePos pos(Node n) {
    return posOf(n, file);
  }

  static SourcePos posOf(Node n, String file) {
    return YamlText.pos(n.getStartMark(), file);
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
  }

  /** Reports a tag that is not one of YAML's plain ones; nothing is ever built from a tag. */
  static void checkTag(Node n, String file, Findings findings) {
    String tag = n.getTag().getValue();
    if (!PLAIN_TAGS.contains(tag)) {
      String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
      findings.add("KA120", posOf(n, file), shown);
    }
  }
}
