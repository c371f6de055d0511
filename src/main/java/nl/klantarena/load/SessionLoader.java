package nl.klantarena.load;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Action;
import nl.klantarena.session.Agenda;
import nl.klantarena.session.Block;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Consent;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Feedback;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Location;
import nl.klantarena.session.Names;
import nl.klantarena.session.Origin;
import nl.klantarena.session.Person;
import nl.klantarena.session.Preparation;
import nl.klantarena.session.Recording;
import nl.klantarena.session.Role;
import nl.klantarena.session.Round3Format;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;
import nl.klantarena.session.Theme;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a session file into a {@link Session}, reporting every fault of the file as a finding. The
 * session comes back whenever the file is a YAML mapping, even with errors, so that the rules can
 * still run and report everything at once.
 */
public final class SessionLoader {

  /** The format version this build reads. */
  public static final int FORMAT_VERSION = 1;

  /** Months after the session date that due dates default to. */
  public static final int DEFAULT_DUE_MONTHS = 2;

  public static final String DEFAULT_TIMEZONE = "Europe/Amsterdam";

  static final Set<String> TOP =
      Set.of(
          "klantarena",
          "title",
          "organisation",
          "language",
          "date",
          "timezone",
          "location",
          "contact",
          "participants",
          "themes",
          "agenda",
          "actions",
          "feedback",
          "preparation",
          "reply_by",
          "owners",
          "uid",
          "recording");
  static final Set<String> LOCATION = Set.of("name", "address", "route", "accessibility");
  static final Set<String> CONTACT = Set.of("name", "email", "role", "phone");
  static final Set<String> PARTICIPANTS = Set.of("facilitator", "customers", "staff");
  static final Set<String> FACILITATOR =
      Set.of("name", "email", "external", "experienced", "aliases", "salutation");
  static final Set<String> CUSTOMER =
      Set.of("name", "email", "segment", "experience", "aliases", "salutation", "consent");
  static final Set<String> STAFF = Set.of("name", "email", "department", "aliases", "salutation");
  static final Set<String> OWNER = Set.of("name", "email", "department", "aliases");
  static final Set<String> THEME = Set.of("id", "title", "questions", "statements", "keywords");
  static final Set<String> AGENDA = Set.of("start", "blocks", "staff_arrival");
  static final Set<String> PREPARATION = Set.of("date", "start", "minutes", "place");

  /** The most minutes before the start that staff can be asked to come. */
  static final int MAX_STAFF_ARRIVAL = 180;

  static final Set<String> BLOCK = Set.of("kind", "minutes", "format");
  static final Set<String> ACTION =
      Set.of(
          "id",
          "title",
          "theme",
          "decision",
          "why",
          "owner",
          "due",
          "status",
          "quick_win",
          "source",
          "why_customers",
          "first_due");
  static final Set<String> FEEDBACK = Set.of("due", "channel", "sent");
  static final Set<String> RECORDING = Set.of("recorded", "how", "access", "retention", "contact");

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s<>,;:\"()\\[\\]]+@[^@\\s<>,;:\"()\\[\\]]+\\.[A-Za-z]{2,}");

  private final Findings findings;
  private final Loader loader;

  /** A loader of its own, for reading one file outside a run (tests, tools). */
  public SessionLoader(Findings findings) {
    this(findings, new Loader(Path.of(""), findings.messages()));
  }

  SessionLoader(Findings findings, Loader loader) {
    this.findings = findings;
    this.loader = loader;
  }

  /**
   * Loads {@code path}, shown in findings as {@code shown}: through the loader, so that a file that
   * is not a regular file, or is too large, is a finding and is never read.
   */
  public Optional<Session> load(Path path, String shown) {
    Loader.Loaded l = loader.session(path, shown);
    findings.addAll(l.own());
    return l.session();
  }

  /** Loads from bytes already read (the loader, tests, fuzzing). */
  public Optional<Session> parse(byte[] bytes, Path path, String shown) {
    Prefetch.Composed prefetched = loader == null ? null : loader.prefetched(shown, bytes);
    Optional<Node> root;
    if (prefetched != null) {
      findings.addAll(prefetched.findings());
      root = Optional.of(prefetched.root());
    } else {
      Optional<String> text = YamlText.decode(bytes, shown, findings);
      if (text.isEmpty()) return Optional.empty();
      root = YamlText.compose(text.get(), shown, findings);
    }
    if (root.isEmpty()) return Optional.empty();
    if (!(root.get() instanceof MappingNode)) {
      if (MapView.isNull(root.get())) findings.add("KA117", new SourcePos(shown, 1, 1));
      else
        findings.add(
            "KA102",
            MapView.posOf(root.get(), shown),
            findings.messages().get("type.mapping"),
            MapView.describe(root.get(), findings));
      return Optional.empty();
    }
    ControlCharacters.check(root.get(), shown, findings);
    // klantarena.yaml above the session
    (path == null ? Defaults.none(shown) : loader.defaults(path, shown))
        .apply(root.get(), shown, findings);
    MapView top = MapView.of(root.get(), shown, findings, TOP);
    return Optional.of(session(top, path, shown));
  }

  private Session session(MapView m, Path path, String file) {
    Integer version = m.integer("klantarena", true);
    if (version != null && version != FORMAT_VERSION) {
      findings.add("KA114", m.valuePos("klantarena"), version, FORMAT_VERSION);
    }
    String title = m.requiredStr("title");
    String organisation = m.requiredStr("organisation");
    Lang language = Lang.NL;
    if (m.has("language")) {
      String code = m.str("language").toLowerCase(Locale.ROOT);
      Lang l = Lang.fromCode(code);
      if (l == null) findings.add("KA107", m.valuePos("language"), m.str("language"));
      else language = l;
    }
    LocalDate date = m.date("date", true);
    String zone = DEFAULT_TIMEZONE;
    if (m.has("timezone")) {
      String tz = m.str("timezone");
      if (!knownZone(tz)) {
        String near = Names.nearest(tz, ZoneId.getAvailableZoneIds());
        findings.add(
            "KA108",
            m.valuePos("timezone"),
            tz,
            near == null ? "" : "; " + findings.messages().get("hint.didyoumean", near));
      } else zone = tz;
    }
    Location location = null;
    MapView loc = m.map("location", LOCATION);
    if (loc != null)
      location =
          new Location(
              loc.str("name"),
              loc.str("address"),
              loc.str("route"),
              loc.str("accessibility"),
              origin(loc));

    Person contact = null;
    MapView c = m.map("contact", CONTACT);
    if (c != null) contact = person(c, Role.CONTACT);

    Person facilitator = null;
    List<Person> customers = new ArrayList<>();
    List<Person> staff = new ArrayList<>();
    MapView p = m.map("participants", PARTICIPANTS);
    if (p == null && !m.has("participants")) m.missing("participants");
    // where "customers:", "staff:" and "facilitator:" were written, for the balance findings
    Map<String, SourcePos> sections = new LinkedHashMap<>(m.positions());
    if (p != null) {
      for (String k : PARTICIPANTS) if (p.has(k)) sections.put("participants." + k, p.keyPos(k));
    }
    if (p != null) {
      MapView f = p.map("facilitator", FACILITATOR);
      if (f != null) facilitator = person(f, Role.FACILITATOR);
      for (Node n : p.list("customers")) {
        MapView cm = item(n, file, CUSTOMER, p, "customers");
        if (cm != null) customers.add(person(cm, Role.CUSTOMER));
      }
      for (Node n : p.list("staff")) {
        MapView sm = item(n, file, STAFF, p, "staff");
        if (sm != null) staff.add(person(sm, Role.STAFF));
      }
    }

    // people outside the rings who answer for actions
    List<Person> owners = new ArrayList<>();
    for (Node n : m.list("owners")) {
      MapView om = MapView.of(n, file, findings, OWNER);
      if (om != null) owners.add(person(om, Role.OWNER));
    }

    List<Theme> themes = new ArrayList<>();
    for (Node n : m.list("themes")) {
      MapView t = item(n, file, THEME, m, "themes");
      if (t == null) continue;
      String id = t.requiredStr("id");
      themes.add(
          new Theme(
              id,
              t.str("title"),
              t.strList("questions"),
              t.strList("statements"),
              keywords(t),
              origin(t)));
    }

    Agenda agenda = agenda(m, file);

    List<Action> actions = new ArrayList<>();
    for (Node n : m.list("actions")) {
      MapView a = MapView.of(n, file, findings, ACTION);
      if (a != null) actions.add(action(a, date));
    }

    Feedback feedback;
    MapView fb = m.map("feedback", FEEDBACK);
    if (fb != null) {
      LocalDate due = fb.date("due", false);
      boolean defaulted = !fb.has("due");
      if (defaulted && date != null) due = date.plusMonths(DEFAULT_DUE_MONTHS);
      feedback =
          new Feedback(due, defaulted, fb.str("channel"), fb.date("sent", false), origin(fb));
    } else {
      feedback =
          new Feedback(
              date == null ? null : date.plusMonths(DEFAULT_DUE_MONTHS),
              true,
              "",
              null,
              Origin.at(m.keyPos("feedback")));
    }

    Preparation preparation = null;
    MapView prep = m.map("preparation", PREPARATION);
    if (prep != null) {
      LocalDate day = prep.date("date", true);
      LocalTime at = prep.time("start", true);
      Integer minutes = prep.integer("minutes", false);
      if (minutes != null && (minutes <= 0 || minutes > 24 * 60)) {
        findings.add("KA122", prep.valuePos("minutes"), minutes);
        minutes = null;
      }
      preparation =
          new Preparation(
              day,
              at,
              minutes == null ? Preparation.DEFAULT_MINUTES : minutes,
              prep.str("place"),
              origin(prep));
    }

    return new Session(
        path,
        file,
        version == null ? 0 : version,
        title,
        organisation,
        language,
        date,
        zone,
        location,
        contact,
        facilitator,
        customers,
        staff,
        owners,
        themes,
        agenda,
        actions,
        feedback,
        preparation,
        m.date("reply_by", false),
        m.str("uid").strip(),
        recording(m),
        new Origin(m.pos(), sections, unread(m, p)));
  }

  private Recording recording(MapView m) {
    MapView r = m.map("recording", RECORDING);
    if (r == null) return null;
    if (!r.has("recorded")) r.missing("recorded");
    return new Recording(
        r.bool("recorded", false),
        r.str("how"),
        r.str("access"),
        r.str("retention"),
        r.str("contact"),
        origin(r));
  }

  private Agenda agenda(MapView m, String file) {
    MapView a = m.map("agenda", AGENDA);
    if (a == null) {
      if (!m.wrote("agenda")) m.missing("agenda");
      Origin at = Origin.at(m.pos());
      return new Agenda(null, Agenda.methodProgramme(at), true, Agenda.DEFAULT_STAFF_ARRIVAL, at);
    }
    LocalTime start = a.time("start", true);
    int staffArrival = Agenda.DEFAULT_STAFF_ARRIVAL;
    Integer arrival = a.integer("staff_arrival", false);
    if (arrival != null && (arrival < 0 || arrival > MAX_STAFF_ARRIVAL)) {
      findings.add("KA122", a.valuePos("staff_arrival"), arrival);
    } else if (arrival != null) staffArrival = arrival;
    if (!a.has("blocks")) {
      Origin at = origin(a);
      return new Agenda(start, Agenda.methodProgramme(at), true, staffArrival, at);
    }
    List<Block> blocks = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (BlockKind k : BlockKind.values()) kinds.add(k.word());
    List<String> formats = new ArrayList<>();
    for (Round3Format r : Round3Format.values()) formats.add(r.word());
    for (Node n : a.list("blocks")) {
      // a block that cannot be read leaves its round unknown: no "missing round" for it
      MapView b = item(n, file, BLOCK, a, "blocks");
      if (b == null) continue;
      if (!b.has("kind")) {
        b.missing("kind");
        a.unread("blocks");
        continue;
      }
      String kw = b.oneOf("kind", kinds);
      if (kw == null) {
        a.unread("blocks");
        continue;
      }
      BlockKind kind = BlockKind.fromWord(kw);
      Integer minutes = b.integer("minutes", false);
      if (minutes != null && (minutes <= 0 || minutes > 24 * 60)) {
        findings.add("KA122", b.valuePos("minutes"), minutes);
        minutes = null;
      }
      Round3Format format = null;
      if (b.has("format")) {
        if (kind != BlockKind.ROUND3) findings.add("KA123", b.keyPos("format"), kw);
        String fw = b.oneOf("format", formats);
        if (fw != null && kind == BlockKind.ROUND3)
          format = Round3Format.valueOf(fw.toUpperCase(Locale.ROOT));
      }
      if (kind == BlockKind.ROUND3 && format == null) format = Round3Format.PLENARY;
      blocks.add(
          new Block(kind, minutes == null ? kind.defaultMinutes() : minutes, format, origin(b)));
    }
    return new Agenda(start, blocks, false, staffArrival, origin(a));
  }

  private Action action(MapView a, LocalDate sessionDate) {
    String id = a.requiredStr("id");
    String title = a.requiredStr("title");
    String dw = a.oneOf("decision", List.of("do", "dont", "investigate"));
    String sw = a.oneOf("status", List.of("open", "done", "dropped"));
    LocalDate due = a.date("due", false);
    boolean defaulted = !a.wrote("due");
    if (a.wrote("due") && !a.has("due")) {
      findings.add("KA502", a.keyPos("due"), id.isEmpty() ? title : id);
    }
    Decision decision = dw == null ? Decision.DO : Decision.valueOf(dw.toUpperCase(Locale.ROOT));
    // what will not be done has no deadline of its own
    if (decision == Decision.DONT) defaulted = false;
    if (defaulted && sessionDate != null) due = sessionDate.plusMonths(DEFAULT_DUE_MONTHS);
    return new Action(
        id,
        title,
        a.str("theme"),
        decision,
        a.str("why"),
        a.str("owner"),
        due,
        defaulted,
        sw == null ? Status.OPEN : Status.valueOf(sw.toUpperCase(Locale.ROOT)),
        a.bool("quick_win", false),
        // note ids as a list ([N0012, N0014]) or as text ("N0012, N0014")
        a.node("source") instanceof SequenceNode
            ? String.join(", ", a.strList("source"))
            : a.str("source"),
        a.str("why_customers"),
        a.date("first_due", false),
        origin(a));
  }

  /**
   * A theme's keywords: a list of texts (one text is a list of one), and a comma inside a text
   * separates keywords, as in {@code keywords: telefoon, wachttijd}; kept whole, such a text would
   * be one keyword that no note ever has.
   */
  private static List<String> keywords(MapView t) {
    List<String> out = new ArrayList<>();
    for (String k : t.strList("keywords")) {
      for (String w : k.split(",")) if (!w.isBlank()) out.add(w.strip());
    }
    return out;
  }

  private Person person(MapView p, Role role) {
    String name = p.requiredStr("name");
    String email = p.str("email");
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      findings.add("KA106", p.valuePos("email"), email);
    }
    Experience exp = null;
    if (role == Role.CUSTOMER) {
      String w = p.oneOf("experience", List.of("positive", "neutral", "negative"));
      if (w != null) exp = Experience.valueOf(w.toUpperCase(Locale.ROOT));
    }
    boolean external = role != Role.FACILITATOR || p.bool("external", true);
    Boolean experienced =
        role == Role.FACILITATOR && p.has("experienced") ? p.bool("experienced", true) : null;
    Consent consent = null;
    if (role == Role.CUSTOMER) {
      String w = p.oneOf("consent", List.of("quote", "anonymous", "none"));
      if (w != null) consent = Consent.valueOf(w.toUpperCase(Locale.ROOT));
    }
    return new Person(
        role,
        name,
        email,
        p.str("segment"),
        exp,
        p.str("department"),
        external,
        experienced,
        p.strList("aliases"),
        role == Role.CONTACT ? p.str("role") : "",
        p.str("salutation"),
        p.str("phone"),
        consent,
        origin(p));
  }

  static Origin origin(MapView m) {
    return new Origin(m.pos(), m.positions(), m.unread());
  }

  /**
   * A view of one item of the list {@code key} of {@code in}; an item that is written but is not a
   * mapping has its finding, and makes the list unread (a rule cannot count on what it held).
   */
  private MapView item(Node n, String file, Set<String> known, MapView in, String key) {
    if (n.getProperty(Defaults.UNRESOLVED) != null) {
      in.unread(key); // a name of klantarena.yaml that names nothing there, with its finding
      return null;
    }
    MapView v = MapView.of(n, file, findings, known);
    if (v == null && !MapView.isNull(n)) in.unread(key);
    return v;
  }

  /** The unread keys of the session, with those of participants as "participants.staff". */
  private static Set<String> unread(MapView top, MapView participants) {
    Set<String> out = new HashSet<>(top.unread());
    if (participants != null) {
      for (String k : participants.unread()) out.add("participants." + k);
    }
    return out;
  }

  /**
   * The zones sessions are held in most, taken as known without asking the JDK: its zone database
   * is read whole on the first question (several milliseconds of a {@code check}).
   */
  private static final Set<String> COMMON_ZONES = Set.of(DEFAULT_TIMEZONE, "Europe/Brussels");

  /** Whether {@code id} is an IANA region id the JDK knows, such as Europe/Amsterdam (or UTC). */
  static boolean knownZone(String id) {
    if (COMMON_ZONES.contains(id)) return true;
    if (id.isEmpty()) return false;
    // The rules provider knows exactly the ids that ZoneId.getAvailableZoneIds() lists, and asking
    // it for one id does not copy the set of all ~600 (as that method does on every call)
    try {
      ZoneRulesProvider.getRules(id, false);
      ZoneId.of(id);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
