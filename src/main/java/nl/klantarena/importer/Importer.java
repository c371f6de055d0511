package nl.klantarena.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NoteKind;
import nl.klantarena.session.Agenda;
import nl.klantarena.session.Block;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;

/**
 * Turns what the readers found into notes of one session: speakers matched to participants, rounds
 * and themes worked out, the kind decided, and the rules of the game checked.
 */
public final class Importer {

  /** What one notes file gave: how many notes, which speakers were matched and which not. */
  public record FileSummary(
      String shown, int notes, Set<String> matched, Map<String, Integer> unknown) {}

  /**
   * The notes file after merging: every row, how many were added and how many were there already.
   */
  public record Merged(List<Note> notes, int added, int already) {}

  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "wie", "wat", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "kunt",
          "kun", "kan", "zou", "zouden", "heeft", "hebt", "heb", "is", "zijn", "doet", "wilt",
          "wil", "mag", "moet", "who", "what", "where", "when", "why", "how", "which", "can",
          "could", "would", "do", "does", "did", "are", "will", "have", "has", "should", "may");
  private static final Pattern ID = Pattern.compile("^N(\\d{1,9})$");

  private final Session session;
  private final LocalTime recordingStart;
  private final Findings findings;
  private final Map<String, Person> byName = new HashMap<>();
  private final Map<String, Theme> themeByKey = new HashMap<>();

  /**
   * Per theme id the words that point to it: its keywords and its id, as {@link #words} makes them.
   */
  private final Map<String, List<String>> themeWords = new HashMap<>();

  private final List<int[]> windows = new ArrayList<>();
  private boolean continueThemes;

  /**
   * The themes of the notes already in the notes file, by {@link #key}: a hand-filled one counts.
   */
  private final Map<String, String> knownThemes = new HashMap<>();

  /**
   * @param recordingStart the clock time of the recording's 00:00:00, or null when not given
   */
  public Importer(Session session, LocalTime recordingStart, Findings findings) {
    this.session = session;
    this.recordingStart = recordingStart;
    this.findings = findings;
    Map<String, Person> first = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Person p : session.people()) {
      byName.putIfAbsent(Names.key(p.name()), p);
      for (String a : p.aliases()) byName.putIfAbsent(Names.key(a), p);
      String fk = Names.key(p.firstName());
      if (first.containsKey(fk) && first.get(fk) != p) ambiguous.add(fk);
      first.putIfAbsent(fk, p);
    }
    // a first name counts only when one person has it, and never over a full name or alias
    for (var e : first.entrySet())
      if (!ambiguous.contains(e.getKey())) byName.putIfAbsent(e.getKey(), e.getValue());
    for (Theme t : session.themes()) {
      themeByKey.putIfAbsent(Names.key(t.id()), t);
      themeByKey.putIfAbsent(Names.key(t.title()), t);
      Set<String> w = new LinkedHashSet<>();
      for (String k : t.keywords()) w.add(words(k));
      w.add(words(t.id()));
      w.remove("");
      themeWords.putIfAbsent(t.id(), List.copyOf(w));
    }
    if (session.agenda() != null && session.agenda().start() != null) {
      int t = session.agenda().start().toSecondOfDay();
      List<Block> blocks =
          session.agenda().blocks().isEmpty()
              ? Agenda.methodProgramme(session.agenda().at())
              : session.agenda().blocks();
      for (Block b : blocks) {
        windows.add(new int[] {t, t + b.minutes() * 60, b.kind().round()});
        t += b.minutes() * 60;
      }
    }
  }

  /**
   * With {@code true}, a note that names no theme and mentions no keyword continues the theme of
   * the note before it in the same round of the same file ({@code --continue-themes}); by default
   * such a note has no theme, as the product contract says.
   */
  public Importer continueThemes(boolean on) {
    this.continueThemes = on;
    return this;
  }

  /**
   * The notes already in the notes file. A note read again that has a theme there (filled in by
   * hand, say) is not reported as without a theme (KA613): the report will use the file's theme.
   */
  public Importer known(List<Note> existing) {
    // by words and by place, as merge() recognises a note (a speaker fixed by hand keeps its place)
    for (Note n : existing) {
      knownThemes.merge(key(n), n.theme(), (a, b) -> a.isEmpty() ? b : a);
      knownThemes.merge(sourceKey(n), n.theme(), (a, b) -> a.isEmpty() ? b : a);
    }
    return this;
  }

  /** The person {@code name} means, or null. */
  Person match(String name) {
    return byName.get(Names.key(name));
  }

  /**
   * Reads one notes file and matches its notes; faults are added to the findings.
   *
   * @param shown how findings name the file
   * @param name the file's name, recorded in each note's source
   */
  public List<Note> read(
      String shown, String name, byte[] bytes, Map<String, FileSummary> summaries) {
    List<Raw> raws =
        Readers.read(shown, bytes, findings, new DueDates(session.language(), session.date()));
    List<Note> out = new ArrayList<>(raws.size());
    Set<String> matched = new LinkedHashSet<>();
    Map<String, Integer> unknown = new LinkedHashMap<>();
    Map<String, Integer> unknownLine = new HashMap<>();
    Map<String, String> unknownShown = new HashMap<>();
    boolean timesWithoutStart = false;
    // the theme under discussion (the last one a note of this round named): it wins a tie between
    // keywords, and with continueThemes a note that names no theme continues it
    String current = "";
    int currentRound = -1;
    for (Raw r : raws) {
      SourcePos pos = new SourcePos(shown, r.line(), 1);
      Person p = r.speaker().isEmpty() ? null : match(r.speaker());
      String speaker = p == null ? r.speaker() : p.name();
      String role = p == null ? "unknown" : p.role().word();
      if (p != null) matched.add(p.name());
      else if (!(r.type().equals("action") && r.speaker().isEmpty())) {
        // "Zoë" and "zoe" are one unknown speaker, shown as first written
        String who = r.speaker().isEmpty() ? "?" : r.speaker();
        String k = Names.key(who);
        who = unknownShown.computeIfAbsent(k, x -> r.speaker().isEmpty() ? "?" : r.speaker());
        unknown.merge(who, 1, Integer::sum);
        unknownLine.putIfAbsent(who, r.line());
      }
      int round = r.round();
      if (round == 0 && r.seconds() >= 0) {
        if (recordingStart == null) timesWithoutStart = true;
        else round = roundAt(r.seconds(), pos);
      }
      NoteKind kind = kind(r, round, pos);
      if (round != currentRound) {
        current = "";
        currentRound = round;
      }
      String theme = theme(r, pos, current);
      if (kind != NoteKind.ACTION) {
        if (!theme.isEmpty()) current = theme;
        else if (continueThemes && r.theme().isEmpty() && round != 0) theme = current;
      }
      String owner = r.owner();
      if (kind == NoteKind.ACTION && !owner.isEmpty()) {
        Person o = match(owner);
        if (o != null) owner = o.name();
        speaker = owner;
        role = o == null ? "unknown" : o.role().word();
      }
      Note n =
          new Note(
              "",
              r.seconds() >= 0 ? Times.format(r.seconds()) : "",
              round,
              speaker,
              role,
              theme,
              kind,
              r.text(),
              name + ":" + r.line(),
              owner,
              r.due(),
              pos);
      rules(n, p, pos);
      out.add(n);
    }
    flushGap();
    for (var e : unknown.entrySet()) {
      findings.add(
          "KA610", new SourcePos(shown, unknownLine.get(e.getKey()), 1), e.getKey(), e.getValue());
    }
    if (timesWithoutStart) findings.add("KA615", new SourcePos(shown, 1, 1));
    if (raws.isEmpty() && !findings.hasErrors()) findings.add("KA609", new SourcePos(shown, 1, 1));
    summaries.put(shown, new FileSummary(shown, out.size(), matched, unknown));
    return out;
  }

  // a run of notes outside every round is one finding (at its first note), not one per note
  private SourcePos gapPos;
  private String gapTime;
  private int gapCount;

  private int roundAt(double seconds, SourcePos pos) {
    long clock = recordingStart.toSecondOfDay() + (long) seconds;
    for (int[] w : windows) {
      if (clock >= w[0] && clock < w[1]) {
        if (w[2] == 0) break;
        flushGap();
        return w[2];
      }
    }
    if (gapCount++ == 0) {
      gapPos = pos;
      gapTime = Times.format(clock % 86400).substring(0, 5);
    }
    return 0;
  }

  private void flushGap() {
    if (gapCount > 0) findings.add("KA614", gapPos, gapTime, gapCount);
    gapCount = 0;
  }

  private NoteKind kind(Raw r, int round, SourcePos pos) {
    String t = Names.key(r.type()).replace('_', ' ').replace('-', ' ');
    switch (t) {
      case "action", "actie" -> {
        return NoteKind.ACTION;
      }
      case "quick win", "quickwin", "snel resultaat" -> {
        return NoteKind.QUICK_WIN;
      }
      case "question", "vraag" -> {
        return NoteKind.QUESTION;
      }
      case "remark", "opmerking" -> {
        return NoteKind.REMARK;
      }
      case "" -> {}
      default ->
          findings.add("KA606", pos, r.type(), "type", "remark | question | quick win | action");
    }
    return round == 2 && isQuestion(r.text()) ? NoteKind.QUESTION : NoteKind.REMARK;
  }

  static boolean isQuestion(String text) {
    String s = text.strip();
    if (s.endsWith("?")) return true;
    int sp = 0;
    while (sp < s.length() && Character.isLetter(s.charAt(sp))) sp++;
    return sp > 0 && QUESTION_WORDS.contains(s.substring(0, sp).toLowerCase(Locale.ROOT));
  }

  /**
   * The theme of a note: its explicit one, else the theme whose keywords (and id) the text mentions
   * most; on a tie the theme under discussion ({@code current}) wins, else the earlier theme.
   */
  private String theme(Raw r, SourcePos pos, String current) {
    if (!r.theme().isEmpty()) {
      Theme t = themeByKey.get(Names.key(r.theme()));
      if (t != null) return t.id();
      findings.add("KA607", pos, r.theme());
      return "";
    }
    String words = " " + words(r.text()) + " ";
    Theme best = null;
    int bestHits = 0;
    for (Theme t : session.themes()) {
      int hits = 0;
      for (String kw : themeWords.get(t.id())) {
        if (mentions(words, kw)) hits++;
      }
      if (hits > bestHits || (hits > 0 && hits == bestHits && t.id().equals(current))) {
        best = t;
        bestHits = hits;
      }
    }
    return best == null ? "" : best.id();
  }

  /** The length from which a keyword also matches the start of a longer word. */
  static final int PREFIX_MIN = 5;

  /**
   * Whether {@code words} (from {@link #words}, padded with a space each side) mentions the keyword
   * {@code kw}: as a whole word or words, or, for a keyword of {@value #PREFIX_MIN} letters or
   * more, as the start of a word, so that {@code reparatie} finds {@code reparaties} and {@code
   * reparatieverzoek} (Dutch writes compounds as one word) while {@code app} does not find {@code
   * appartement}.
   */
  static boolean mentions(String words, String kw) {
    if (kw.length() < PREFIX_MIN) return words.contains(" " + kw + " ");
    return words.contains(" " + kw);
  }

  /** Lower case, accents off, every run of non-letters one space: whole words can then be found. */
  static String words(String s) {
    String k = Names.key(s);
    StringBuilder sb = new StringBuilder(k.length());
    boolean space = false;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) sb.append(' ');
        space = false;
        sb.append(c);
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  private void rules(Note n, Person p, SourcePos pos) {
    if (p == null || n.kind() == NoteKind.ACTION) return;
    if (p.role() == Role.STAFF && n.round() == 1) findings.add("KA611", pos, p.name());
    if (p.role() == Role.STAFF && n.round() == 2 && n.kind() != NoteKind.QUESTION)
      findings.add("KA612", pos, p.name());
    if (p.role() == Role.CUSTOMER
        && !n.hasTheme()
        && knownThemes.getOrDefault(key(n), "").isEmpty()
        && knownThemes.getOrDefault(sourceKey(n), "").isEmpty()) {
      findings.add("KA613", pos, p.name());
    }
  }

  /**
   * The notes file after adding {@code incoming}: existing rows stay exactly as they are; a new
   * note that the file already holds (same source file name, round, speaker and text) is left out;
   * new notes get ids after the highest existing {@code N} number.
   */
  public static Merged merge(List<Note> existing, List<Note> incoming) {
    Set<String> have = new HashSet<>(existing.size() * 2 + 16);
    Set<String> sources = new HashSet<>(existing.size() * 2 + 16);
    long max = 0;
    for (Note n : existing) {
      have.add(key(n));
      sources.add(sourceKey(n));
      Matcher m = ID.matcher(n.id());
      if (m.matches()) max = Math.max(max, Long.parseLong(m.group(1)));
    }
    List<Note> all = new ArrayList<>(existing.size() + incoming.size());
    all.addAll(existing);
    int added = 0;
    int already = 0;
    for (Note n : incoming) {
      // the same words, or the same place in the same file: a note whose speaker or text was
      // corrected by hand in the notes file is still the note it was
      if (have.contains(key(n)) || sources.contains(sourceKey(n))) {
        already++;
        continue;
      }
      max++;
      all.add(n.withId(String.format(Locale.ROOT, "N%04d", max)));
      added++;
    }
    return new Merged(all, added, already);
  }

  /** The note's source as file name and line, without the folder: {@code teams.vtt:12}. */
  private static String sourceKey(Note n) {
    String src = n.source();
    return src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\')) + 1);
  }

  private static String key(Note n) {
    String src = n.source();
    int colon = src.lastIndexOf(':');
    String file = colon < 0 ? src : src.substring(0, colon);
    file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    return file + '\u0000' + n.round() + '\u0000' + n.speaker() + '\u0000' + n.text();
  }
}
