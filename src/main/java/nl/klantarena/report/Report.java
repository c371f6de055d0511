package nl.klantarena.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.agenda.Programme;
import nl.klantarena.agenda.Words;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Messages;
import nl.klantarena.notes.Note;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Lang;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Status;
import nl.klantarena.session.Theme;

/**
 * The content of a follow-up report, built once from a checked session and its notes and shared by
 * the Markdown and the JSON output, so that both always say the same thing.
 *
 * <p>Every imported note is placed in exactly one bucket: a theme's round 1, round 2 or other
 * notes, the notes without a theme, the quick wins, or the action notes. The reconciliation line
 * counts them again from the buckets, so a note that went missing would show as a difference. Notes
 * are indexed by theme in one pass: the report stays linear in the number of notes.
 */
public final class Report {

  /**
   * @param carried open actions of earlier sessions (from the series feature); empty for one
   *     session
   * @param trends notes per theme over earlier sessions (from the series feature); empty for one
   *     session
   * @param seriesMarkdown the series sections as the staff report shows them (carried-over actions
   *     with their overdue days, the trends table), already in the session's language; empty for a
   *     session that is not part of a series with earlier sessions
   * @param quotes whether the letter to customers quotes what customers said (under pseudonyms); by
   *     default it quotes nobody ({@code --quotes})
   */
  public record Options(
      Audience audience,
      LocalDate today,
      List<Carried> carried,
      List<Trend> trends,
      String seriesMarkdown,
      boolean quotes) {
    public Options {
      carried = List.copyOf(carried);
      trends = List.copyOf(trends);
      seriesMarkdown = seriesMarkdown == null ? "" : seriesMarkdown.strip();
    }

    public Options(
        Audience audience,
        LocalDate today,
        List<Carried> carried,
        List<Trend> trends,
        String seriesMarkdown) {
      this(audience, today, carried, trends, seriesMarkdown, false);
    }

    /** These options with the letter quoting customers, or not. */
    public Options quoting(boolean on) {
      return new Options(audience, today, carried, trends, seriesMarkdown, on);
    }

    public Options(Audience audience, LocalDate today, List<Carried> carried, List<Trend> trends) {
      this(audience, today, carried, trends, "");
    }

    public Options(Audience audience, LocalDate today) {
      this(audience, today, List.of(), List.of(), "");
    }
  }

  /** The order of actions in every list of the report: by due date (none last), then by id. */
  static final Comparator<Action> ORDER =
      Comparator.comparing(Action::due, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Action::id);

  private static final Pattern ROUND = Pattern.compile("(?i)\\b(?:round|ronde)\\s*([123])\\b");
  private static final Pattern NOTE_ID = Pattern.compile("\\b(N\\d+)\\b");
  private static final Pattern ONLY_NOTE_IDS = Pattern.compile("[\\s,;]*(N\\d+[\\s,;]*)+");

  final Session session;
  final Options options;
  final Messages msg;
  final Privacy privacy;

  /** Everyone the session names, and who of them may own an action: to write names out in full. */
  final People people;

  final People owners;

  /** null when the session has no notes file. */
  final List<Note> notes;

  final Programme programme;

  /** Per theme id of the session: its notes in file order; notes on unknown themes are unthemed. */
  final Map<String, List<Note>> byTheme = new LinkedHashMap<>();

  final List<Note> unthemed = new ArrayList<>();
  final List<Note> quickWinNotes = new ArrayList<>();
  final List<Note> actionNotes = new ArrayList<>();
  final Map<String, Note> byId = new HashMap<>();
  final List<Action> actions;

  Report(Session s, List<Note> notes, Options o) {
    this.session = s;
    this.options = o;
    this.msg = Messages.of(s.language().code());
    this.people = People.of(s);
    this.owners = People.of(s.possibleOwners());
    this.privacy =
        new Privacy(
            s,
            o.audience() == Audience.CUSTOMERS,
            word("pseudonym"),
            word("email.hidden"),
            word("phone.hidden"));
    this.notes = notes;
    this.programme = Programme.of(s, Words.of(s.language()));
    for (Theme t : s.themes()) byTheme.put(t.id(), new ArrayList<>());
    if (notes != null) {
      for (Note n : notes) {
        if (!n.id().isEmpty()) byId.putIfAbsent(n.id(), n);
        if (o.audience() == Audience.CUSTOMERS && !"customer".equals(n.role())) continue;
        switch (n.kind()) {
          case QUICK_WIN -> quickWinNotes.add(n);
          case ACTION -> actionNotes.add(n);
          default -> {
            List<Note> l = n.hasTheme() ? byTheme.get(n.theme()) : null;
            if (l == null) unthemed.add(n);
            else l.add(n);
          }
        }
      }
    }
    List<Action> sorted = new ArrayList<>(s.actions());
    sorted.sort(ORDER);
    this.actions = List.copyOf(sorted);
  }

  /**
   * The report of a session that passed its error rules; {@code notes} null when there is no notes
   * file.
   */
  public static Report of(CheckedSession s, List<Note> notes, Options o) {
    return new Report(s.session(), notes, o);
  }

  String word(String key, Object... args) {
    return msg.get("report.doc." + key, args);
  }

  Lang lang() {
    return session.language();
  }

  boolean hasNotes() {
    return notes != null;
  }

  int imported() {
    return notes == null ? 0 : notes.size();
  }

  /** How many notes the report shows, counted from the buckets. */
  int shown() {
    int n = unthemed.size() + quickWinNotes.size() + actionNotes.size();
    for (List<Note> l : byTheme.values()) n += l.size();
    return n;
  }

  List<Theme> discussed() {
    return session.themes().stream().filter(t -> !byTheme.get(t.id()).isEmpty()).toList();
  }

  List<Theme> notDiscussed() {
    if (notes == null) return List.of();
    return session.themes().stream().filter(t -> byTheme.get(t.id()).isEmpty()).toList();
  }

  List<Note> round(Theme t, int round) {
    return byTheme.get(t.id()).stream().filter(n -> n.round() == round).toList();
  }

  List<Note> otherRounds(Theme t) {
    return byTheme.get(t.id()).stream().filter(n -> n.round() != 1 && n.round() != 2).toList();
  }

  String themeLabel(String id) {
    return session.theme(id).map(Theme::label).orElse(id);
  }

  /**
   * Who said it, as the audience may see it: a customer's pseudonym in the letter, and in the staff
   * report for a customer whose consent is {@code anonymous} or {@code none}.
   */
  String speaker(Note n) {
    if (options.audience() == Audience.CUSTOMERS || privacy.hidden(n.speaker())) {
      String p = privacy.pseudonym(n.speaker());
      if (p != null) return p;
      return word("role." + n.role());
    }
    return n.speaker().isEmpty() ? word("role.unknown") : privacy.text(fullName(n.speaker()));
  }

  /**
   * Whether a note's words are left out: its speaker is a customer whose consent is {@code none}.
   * The note is still counted and listed, as a line that says a customer spoke, without the words
   * or who it was.
   */
  boolean withheld(Note n) {
    return privacy.withheld(n.speaker());
  }

  /** The full name of the person {@code name} finds in the session, else {@code name}. */
  String fullName(String name) {
    Person p = people.find(name);
    return p == null ? name : p.name();
  }

  /** The full name of an action's owner, else the owner as written. */
  String owner(Action a) {
    Person p = owners.find(a.owner());
    return p == null ? a.owner() : p.name();
  }

  String text(String s) {
    return privacy.text(s);
  }

  boolean overdue(Action a) {
    return a.overdue(options.today());
  }

  /**
   * Where an action came from: its theme, a round and the notes its source names.
   *
   * @param source the source in words; "" when it only names notes (they are in {@code notes})
   */
  record Origin(String theme, int round, String source, List<String> notes) {}

  Origin origin(Action a) {
    int round = 0;
    Set<String> cited = new LinkedHashSet<>();
    Matcher m = ROUND.matcher(a.source());
    if (m.find()) round = Integer.parseInt(m.group(1));
    Matcher id = NOTE_ID.matcher(a.source());
    while (id.find()) if (byId.containsKey(id.group(1))) cited.add(id.group(1));
    for (Note n : actionNotes) {
      if (!n.text().isBlank() && n.text().strip().equalsIgnoreCase(a.title().strip()))
        cited.add(n.id());
    }
    if (round == 0) {
      for (String c : cited) {
        int r = byId.get(c).round();
        if (r > 0) {
          round = r;
          break;
        }
      }
    }
    String words = ONLY_NOTE_IDS.matcher(a.source()).matches() ? "" : a.source();
    return new Origin(a.theme(), round, words, List.copyOf(cited));
  }

  /** A theme's count of notes, for the chart of notes per theme. */
  record ThemeCount(String label, int notes, boolean themed) {}

  /**
   * The chart of notes per theme, in the Markdown's Mermaid block and the page's drawing alike:
   * each theme with notes, in the session's order, then the notes without a theme.
   */
  List<ThemeCount> notesPerTheme() {
    List<ThemeCount> out = new ArrayList<>();
    for (Theme t : session.themes()) {
      int n = byTheme.get(t.id()).size();
      if (n > 0) out.add(new ThemeCount(t.label(), n, true));
    }
    if (!unthemed.isEmpty())
      out.add(new ThemeCount(word("chart.unthemed"), unthemed.size(), false));
    return out;
  }

  /**
   * The actions of a decision that still stand: not dropped. {@link Decision#DONT} also takes the
   * dropped actions of any decision: what will not be done after all.
   */
  List<Action> decided(Decision d) {
    if (d == Decision.DONT)
      return actions.stream()
          .filter(a -> a.decision() == Decision.DONT || a.status() == Status.DROPPED)
          .toList();
    return actions.stream().filter(a -> a.decision() == d && a.status() != Status.DROPPED).toList();
  }

  List<Action> quickWinActions() {
    return actions.stream().filter(Action::quickWin).toList();
  }
}
