package nl.klantarena.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NoteKind;
import nl.klantarena.session.Agenda;
import nl.klantarena.session.Block;
import nl.klantarena.session.Names;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Recording;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;
import nl.klantarena.text.Controls;

/**
 * Turns what the readers found into notes of one session: speakers matched to participants, rounds
 * and themes worked out, the kind decided, and the rules of the game checked.
 */
public final class Importer {

  /**
   * What one notes file gave: how many notes, which speakers were matched and which not (with how
   * many notes each), and the reconciliation: of the {@code read} cues (rows, segments) of the
   * file, {@code inNotes} went into the notes and {@code skipped} were skipped with a finding.
   *
   * @param unit what the file holds: {@code cues}, {@code rows}, {@code segments}, ...
   * @param noSpeakers whether the file names no speaker at all
   */
  public record FileSummary(
      String shown,
      int notes,
      Set<String> matched,
      Map<String, Integer> unknown,
      String unit,
      int read,
      int inNotes,
      int skipped,
      boolean noSpeakers) {}

  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "wie", "wat", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "kunt",
          "kun", "kan", "zou", "zouden", "heeft", "hebt", "heb", "is", "zijn", "doet", "wilt",
          "wil", "mag", "moet", "who", "what", "where", "when", "why", "how", "which", "can",
          "could", "would", "do", "does", "did", "are", "will", "have", "has", "should", "may");

  private final Session session;
  private final LocalTime recordingStart;
  private final Findings findings;

  /** The people who may speak: the participants and the contact. */
  private final People speakers;

  /** The people who may own an action: everyone the session names. */
  private final People owners;

  private final ThemeFiling themes;
  private final List<int[]> windows = new ArrayList<>();
  private boolean merging = true;
  private int round;
  private Map<String, String> givenSpeakers = Map.of();
  private Map<String, Map<String, String>> rememberedSpeakers = Map.of();

  /** Per file name, the speaker mappings (label as written to name) its import used. */
  private final Map<String, Map<String, String>> used = new LinkedHashMap<>();

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
    this.speakers = People.of(session.people());
    this.owners = People.of(session);
    this.themes = new ThemeFiling(session, findings);
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
   * With {@code false} ({@code --no-continue-themes}), a note without a tag or words of a theme has
   * no theme; by default it continues the theme under discussion in its round of the same file (see
   * {@link ThemeFiling}).
   */
  public Importer continueThemes(boolean on) {
    themes.continueThemes(on);
    return this;
  }

  /**
   * With {@code false}, every cue is a note of its own ({@code --no-merge}); by default cues in a
   * row by one speaker are one note, with the first cue's time and line.
   */
  public Importer merge(boolean on) {
    this.merging = on;
    return this;
  }

  /** The round of notes whose file gives none and no time ({@code --round}); 0 for none. */
  public Importer round(int r) {
    this.round = r;
    return this;
  }

  /**
   * Speaker labels to names: {@code given} on the command line ({@code --speaker "SPEAKER_00=Henk
   * Visser"}, for every file of the run), {@code remembered} per file name from earlier imports.
   * Keys are labels as written; a given one wins over a remembered one.
   */
  public Importer speakers(Map<String, String> given, Map<String, Map<String, String>> remembered) {
    Map<String, String> g = new HashMap<>();
    for (var e : given.entrySet()) g.put(Names.key(e.getKey()), e.getValue());
    this.givenSpeakers = g;
    Map<String, Map<String, String>> r = new HashMap<>();
    for (var file : remembered.entrySet()) {
      Map<String, String> m = new HashMap<>();
      for (var e : file.getValue().entrySet()) m.put(Names.key(e.getKey()), e.getValue());
      r.put(file.getKey(), m);
    }
    this.rememberedSpeakers = r;
    return this;
  }

  /** Per file name, the label mappings the files read so far used (to remember them). */
  public Map<String, Map<String, String>> usedSpeakers() {
    return used;
  }

  /**
   * The notes already in the notes file. A note read again that has a theme there (filled in by
   * hand, say) is not reported as without a theme (KA613): the report will use the file's theme.
   */
  public Importer known(List<Note> existing) {
    // by words and by place, as NotesMerge recognises a note (a speaker fixed by hand keeps its
    // place)
    for (Note n : existing) {
      knownThemes.merge(key(n), n.theme(), (a, b) -> a.isEmpty() ? b : a);
      knownThemes.merge(sourceKey(n), n.theme(), (a, b) -> a.isEmpty() ? b : a);
    }
    return this;
  }

  /** The person {@code name} means when it speaks, or null. */
  Person match(String name) {
    return speakers.find(name);
  }

  /**
   * Reads one notes file and matches its notes; faults are added to the findings.
   *
   * @param shown how findings name the file
   * @param name the file's name, recorded in each note's source
   */
  public List<Note> read(
      String shown, String name, byte[] bytes, Map<String, FileSummary> summaries) {
    return read(shown, name, new Readers.Input(bytes), summaries);
  }

  /** As {@link #read(String, String, byte[], Map)}, letting go of the bytes once they are read. */
  public List<Note> read(
      String shown, String name, Readers.Input input, Map<String, FileSummary> summaries) {
    FileRun run = new FileRun(shown, name);
    Tally t =
        Readers.read(
            shown, input, findings, new DueDates(session.language(), session.date()), run::accept);
    return run.finish(t, summaries);
  }

  /** How many cues at the start of a file decide whether its {@code Name:} openings are labels. */
  static final int LABEL_WINDOW = 200;

  /**
   * One file being imported: raw notes come in one by one, get their speaker, and join the note
   * before them when the same person speaks on (unless merging is off); a finished note is matched
   * and checked at once, so a long transcript is never held as cues.
   */
  private final class FileRun {
    final String shown;
    final String name;
    final List<Note> out = new ArrayList<>();
    final Set<String> matched = new LinkedHashSet<>();
    final Map<String, Integer> unknown = new LinkedHashMap<>();
    final Map<String, Integer> unknownLine = new HashMap<>();
    final Map<String, String> unknownShown = new HashMap<>();
    final Map<String, String> mapping;
    final Map<String, String> usedMapping = new LinkedHashMap<>();
    boolean timesWithoutStart;
    int inNotes;
    int withSpeaker;
    int withoutSpeaker;
    // each note's tag as the file wrote it, for the theme filing when the file is read
    final List<String> tags = new ArrayList<>();
    // each note's cells when it is a spreadsheet's row (else null), for a finding about its theme
    final List<CsvNotes.Cells> cells = new ArrayList<>();
    // labels at the start of the words: decided on the first cues of the file
    final List<Raw> window = new ArrayList<>();
    boolean decided;
    boolean labelsInText;
    // the note being gathered
    Raw pending;
    String pendingKey;
    int pendingRound;
    int pendingCues;
    StringBuilder pendingText = new StringBuilder();
    int tooLong;
    int tooLongLine;
    int tooLongSize;

    FileRun(String shown, String name) {
      this.shown = shown;
      this.name = name;
      Map<String, String> m = new HashMap<>();
      Map<String, String> remembered = rememberedSpeakers.get(name);
      if (remembered != null) m.putAll(remembered);
      m.putAll(givenSpeakers);
      this.mapping = m;
    }

    void accept(Raw r) {
      if (r.text().length() > Tally.MAX_TEXT) {
        if (tooLong++ == 0) {
          tooLongLine = r.line();
          tooLongSize = r.text().length();
        }
        return;
      }
      if (!decided && r.label() == Raw.Label.IN_TEXT) {
        window.add(r);
        if (window.size() >= LABEL_WINDOW) decide();
        return;
      }
      if (!decided && !window.isEmpty()) decide();
      take(r);
    }

    /**
     * Whether {@code Words:} at the start of a cue is a speaker in this file: it is when most of
     * the first cues start so (as Zoom writes every cue); else only a known name or alias, a
     * diarization label or a label given with --speaker is one, and a sentence such as "Mijn vraag
     * is: wanneer..." keeps its words.
     */
    void decide() {
      decided = true;
      int labelled = 0;
      for (Raw w : window) if (Labels.prefix(w.text()) != null) labelled++;
      labelsInText = labelled * 2 > window.size();
      for (Raw w : window) take(w);
      window.clear();
    }

    void take(Raw r) {
      Raw raw = r;
      if (raw.label() == Raw.Label.IN_TEXT) {
        Labels.Split split = Labels.prefix(raw.text());
        if (split != null && (labelsInText || isLabel(split.label())))
          raw = raw.withSpeaker(split.label(), split.rest());
        else raw = raw.withSpeaker("", raw.text());
        // a label alone on a cue's first line kept its line end; the words are one line
        raw = raw.withText(raw.text().replace('\n', ' ').strip());
      }
      if (raw.text().isEmpty()) return;
      if (raw.round() == 0 && round > 0 && raw.seconds() < 0) raw = raw.withRound(round);
      String label = raw.speaker();
      Who w = who(label);
      String mapped = w.mapped;
      if (mapped != null) usedMapping.put(label, mapped);
      String key = w.key;
      int rnd = raw.round() != 0 ? raw.round() : windowRound(raw);
      if (pending != null
          && merging
          && raw.merge()
          && pending.merge()
          && !key.isEmpty()
          && key.equals(pendingKey)
          && rnd == pendingRound) {
        pendingText.append(' ').append(raw.text());
        pendingCues += raw.cues();
        return;
      }
      flush();
      pending = mapped != null ? raw.withSpeaker(mapped, raw.text()) : raw;
      pendingKey = key;
      pendingRound = rnd;
      pendingCues = raw.cues();
      pendingText.setLength(0);
      pendingText.append(raw.text());
    }

    /** Who a label is: its mapping (--speaker), the person it means, and a key for merging. */
    private record Who(String mapped, Person person, String key) {}

    // labels repeat in every cue: they are resolved once
    private final Map<String, Who> whoByLabel = new HashMap<>();

    Who who(String label) {
      Who w = whoByLabel.get(label);
      if (w != null) return w;
      String mapped = label.isEmpty() ? null : mapping.get(Names.key(label));
      String name = mapped != null ? mapped : label;
      Person p = name.isEmpty() ? null : match(name);
      String key = p != null ? "p:" + p.name() : name.isEmpty() ? "" : "l:" + Names.key(name);
      w = new Who(mapped, p, key);
      if (whoByLabel.size() < 10_000) whoByLabel.put(label, w);
      return w;
    }

    boolean isLabel(String label) {
      return Labels.isDiarization(label)
          || Labels.isPseudonym(label)
          || mapping.containsKey(Names.key(label))
          || match(label) != null;
    }

    void flush() {
      if (pending == null) return;
      Raw r = pending.withText(pendingText.toString());
      pending = null;
      inNotes += pendingCues;
      note(r);
    }

    /** A finished note: matched, given its round, kind and theme, and held to the rules. */
    void note(Raw r) {
      SourcePos pos = new SourcePos(shown, r.line(), 1);
      controls(r, pos);
      Person p = r.speaker().isEmpty() ? null : who(r.speaker()).person();
      String speaker = p == null ? r.speaker() : p.name();
      String role = p == null ? "unknown" : p.role().word();
      boolean action = r.type().equals("action");
      if (p != null) matched.add(p.name());
      if (!action) {
        if (r.speaker().isEmpty()) withoutSpeaker++;
        else withSpeaker++;
      }
      if (p == null && !(action && r.speaker().isEmpty())) {
        // "Zoë" and "zoe" are one unknown speaker, shown as first written
        String who = r.speaker().isEmpty() ? "?" : r.speaker();
        String k = Names.key(who);
        who = unknownShown.computeIfAbsent(k, x -> r.speaker().isEmpty() ? "?" : r.speaker());
        unknown.merge(who, 1, Integer::sum);
        unknownLine.putIfAbsent(who, r.line());
      }
      int rnd = r.round();
      double offset = r.seconds();
      if (r.clock()) {
        offset = recordingStart == null ? -1 : r.seconds() - recordingStart.toSecondOfDay();
        if (rnd == 0) rnd = roundAtClock((long) r.seconds(), pos);
      } else if (rnd == 0 && r.seconds() >= 0) {
        if (recordingStart == null) timesWithoutStart = true;
        else rnd = roundAt(r.seconds(), pos);
      }
      NoteKind kind = kind(r, rnd, pos);
      String owner = r.owner();
      if (kind == NoteKind.ACTION && !owner.isEmpty()) {
        Person o = owners.find(owner);
        if (o != null) owner = o.name();
        speaker = owner;
        role = o == null ? "unknown" : o.role().word();
      }
      Note n =
          new Note(
              "",
              offset >= 0 ? Times.format(offset) : "",
              rnd,
              speaker,
              role,
              "",
              kind,
              r.text(),
              name + ":" + r.line(),
              owner,
              r.due(),
              pos);
      rules(n, p, pos);
      tags.add(r.theme());
      cells.add(r.cells());
      out.add(n);
    }

    /**
     * Where note {@code i}'s theme is, for a finding about it: a spreadsheet's theme cell (its text
     * cell when it has no theme column), else the note.
     */
    SourcePos themeAt(int i) {
      CsvNotes.Cells c = cells.get(i);
      if (c == null) return out.get(i).pos();
      SourcePos theme = c.at("theme");
      return theme != null ? theme : c.at("text");
    }

    List<Note> finish(Tally t, Map<String, FileSummary> summaries) {
      if (!decided) decide();
      flush();
      flushGap();
      // a theme follows the talk, so the notes of a file are filed once they are all read
      themes.file(out, tags, this::themeAt);
      for (int i = 0; i < out.size(); i++) {
        int at = i;
        themeless(out.get(i), () -> themeAt(at));
      }
      boolean noSpeakers = withSpeaker == 0 && withoutSpeaker > 0;
      if (noSpeakers) {
        findings.add("KA628", new SourcePos(shown, 1, 1), withoutSpeaker);
        unknown.remove("?");
      }
      for (var e : unknown.entrySet()) {
        findings.add(
            "KA610",
            new SourcePos(shown, unknownLine.get(e.getKey()), 1),
            e.getKey(),
            e.getValue(),
            hint(e.getKey()));
      }
      if (tooLong > 0)
        findings.add(
            "KA626", new SourcePos(shown, tooLongLine, 1), tooLongSize, Tally.MAX_TEXT, tooLong);
      if (timesWithoutStart) findings.add("KA615", new SourcePos(shown, 1, 1));
      // a transcript means the session was recorded: the participants must have been told
      if (t.transcript && !out.isEmpty()) {
        Recording rec = session.recording();
        if (rec == null) findings.add("KA633", new SourcePos(shown, 1, 1), shown);
        else if (!rec.recorded())
          findings.addVariant("KA633", "notrecorded", new SourcePos(shown, 1, 1), shown);
      }
      if (out.isEmpty() && !findings.hasErrors()) findings.add("KA609", new SourcePos(shown, 1, 1));
      if (!usedMapping.isEmpty()) used.put(name, Map.copyOf(usedMapping));
      summaries.put(
          shown,
          new FileSummary(
              shown,
              out.size(),
              matched,
              unknown,
              t.unit,
              t.read,
              inNotes,
              t.skipped + tooLong,
              noSpeakers));
      return out;
    }
  }

  /** The round of a note at {@code seconds} into the recording, without any finding; 0 if none. */
  private int windowRound(Raw r) {
    if (r.seconds() < 0) return 0;
    long clock;
    if (r.clock()) clock = (long) r.seconds();
    else if (recordingStart == null) return 0;
    else clock = recordingStart.toSecondOfDay() + (long) r.seconds();
    for (int[] w : windows) if (clock >= w[0] && clock < w[1]) return w[2];
    return 0;
  }

  /** KA610's hint: the people an unknown speaker could be, or the nearest name, or what to do. */
  private String hint(String speaker) {
    var msg = findings.messages();
    People.Match m = speakers.match(speaker);
    if (m.ambiguous())
      return msg.get(
          "import.speaker.candidates", People.names(m.candidates(), msg.get("word.or")), speaker);
    String near = speakers.suggest(speaker);
    return near == null
        ? msg.get("import.speaker.none", "", speaker)
        : msg.get("import.speaker.near", near, speaker);
  }

  // a run of notes outside every round is one finding (at its first note), not one per note
  private SourcePos gapPos;
  private String gapTime;
  private int gapCount;

  private int roundAt(double seconds, SourcePos pos) {
    return roundAtClock(recordingStart.toSecondOfDay() + (long) seconds, pos);
  }

  private int roundAtClock(long clock, SourcePos pos) {
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

  /** The types a note may be given, as KA606 names them. */
  static final String KINDS = "remark | question | quick win | action";

  /** The kind a type (a spreadsheet's type cell, in English or Dutch) names, or null for none. */
  static NoteKind kindNamed(String type) {
    return switch (Names.key(type).replace('_', ' ').replace('-', ' ')) {
      case "action", "actie" -> NoteKind.ACTION;
      case "quick win", "quickwin", "snel resultaat" -> NoteKind.QUICK_WIN;
      case "question", "vraag" -> NoteKind.QUESTION;
      case "chat" -> NoteKind.CHAT;
      case "remark", "opmerking" -> NoteKind.REMARK;
      default -> null;
    };
  }

  private NoteKind kind(Raw r, int round, SourcePos pos) {
    NoteKind named = kindNamed(r.type());
    if (named != null) return named;
    // a reader that knows where the type is (a spreadsheet's cell) reports it there itself
    if (!r.type().isBlank()) findings.add("KA606", pos, r.type(), "type", KINDS);
    return round == 2 && isQuestion(r.text()) ? NoteKind.QUESTION : NoteKind.REMARK;
  }

  static boolean isQuestion(String text) {
    String s = text.strip();
    if (s.endsWith("?")) return true;
    int sp = 0;
    while (sp < s.length() && Character.isLetter(s.charAt(sp))) sp++;
    return sp > 0 && QUESTION_WORDS.contains(s.substring(0, sp).toLowerCase(Locale.ROOT));
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
  }

  /** KA613: a customer's note that no theme was found for, and none filled in by hand. */
  private void themeless(Note n, Supplier<SourcePos> at) {
    if (n.role().equals(Role.CUSTOMER.word())
        && n.kind() != NoteKind.ACTION
        && !n.hasTheme()
        && knownThemes.getOrDefault(key(n), "").isEmpty()
        && knownThemes.getOrDefault(sourceKey(n), "").isEmpty()) {
      findings.add("KA613", at.get(), n.speaker());
    }
  }

  /**
   * KA640: a note (its text or its speaker) that holds a control character or a bidirectional
   * override. It is imported as it is; every output shows the character as a code.
   */
  private void controls(Raw r, SourcePos pos) {
    String both = r.speaker() + " " + r.text();
    int at = Controls.find(both);
    if (at < 0) return;
    // in a spreadsheet, at the cell that holds it
    if (r.cells() != null) pos = r.cells().at(at < r.speaker().length() ? "speaker" : "text");
    findings.add("KA640", pos, Controls.name(both.charAt(at)));
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
