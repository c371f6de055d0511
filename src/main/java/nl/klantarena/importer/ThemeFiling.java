package nl.klantarena.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.notes.Note;
import nl.klantarena.notes.NoteKind;
import nl.klantarena.notes.ThemeBy;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;

/**
 * Files the notes of one imported file under the session's themes, as a facilitator would: by the
 * tag the file gives, else by the words of the note, else by the conversation.
 *
 * <ul>
 *   <li>Words: a theme's keywords and id are strong words; the other words of its title, questions
 *       and statements are weak ones (stop words left out, and a word that two themes share counts
 *       for neither). Words are compared by their stems ({@link Stemming}), so {@code verbruiken}
 *       finds {@code verbruik}; a word of five letters or more also finds the longer words it
 *       starts ({@code reparatieverzoek}); in Dutch a word of four letters or more also finds the
 *       compounds it ends ({@code bellen} in {@code terugbellen}). A strong word weighs twice a
 *       weak one; the theme with the most weight wins, the theme under discussion winning a tie,
 *       and a tie without it is no clue at all.
 *   <li>Staff speak of their own work: a staff member's note without a clue takes the theme their
 *       department names, if it names one.
 *   <li>Conversation: the facilitator's note that names a theme opens it, and so does a staff
 *       member's question in round 2 or remark in round 3; a note without a clue of its own
 *       continues the theme under discussion in its round. A customer who names another theme in
 *       passing does not change a subject the facilitator or staff opened (without them, in typed
 *       notes of the customers alone, the customer's note does); a note that starts by agreeing
 *       ("klopt", "same here") goes with the note before it; staff take turns, so one does not go
 *       on with a colleague's theme. In round 2 a staff member's question and the customers'
 *       answers to it share a theme: the question's, else the first answer's.
 * </ul>
 *
 * Actions take a theme only from their tag or their own words, and pass none on. When the round is
 * not known, neither is the conversation: tags, words and departments only.
 */
final class ThemeFiling {

  /** The length from which a word also finds the longer words it starts. */
  static final int HEAD_MIN = 5;

  /** The length from which a Dutch word also finds the compounds it ends. */
  static final int TAIL_MIN = 4;

  /** What a compound has before the word it ends with: {@code terug} in {@code terugbellen}. */
  static final int TAIL_REST_MIN = 3;

  private static final int STRONG = 2;
  private static final int WEAK = 1;

  private final Findings findings;
  private final Stemming stemming;
  private final Map<String, Theme> byKey = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  /** One-word terms by stem: per theme id, the weight of that word for it. */
  private final Map<String, Map<String, Integer>> byStem = new HashMap<>();

  /**
   * The forms that a word may start or end (a term's stem and how it is written) to the term's
   * stem: {@code telefoon} and {@code telefon} both lead to {@code telefon}.
   */
  private final Map<String, String> forms = new HashMap<>();

  /** Per word of a note, the terms it is or holds (see {@link #terms}). */
  private final Map<String, String[]> termsByWord = new HashMap<>();

  /** The lengths of the forms, longest first. */
  private final TreeSet<Integer> lengths = new TreeSet<>(Collections.reverseOrder());

  /** Terms of more than one word ({@code slimme meter}): their stems, space-separated. */
  private final Map<String, Map<String, Integer>> phrases = new LinkedHashMap<>();

  /** Per staff member (full name), the theme their department's name points to, if any. */
  private final Map<String, String> departments = new HashMap<>();

  private boolean continueThemes = true;

  ThemeFiling(Session session, Findings findings) {
    this.findings = findings;
    this.stemming = Stemming.of(session.language());
    // per theme id, its words as written (no accents, lower case) by their stems
    Map<String, Map<String, Set<String>>> strong = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> weak = new LinkedHashMap<>();
    for (Theme t : session.themes()) {
      byKey.putIfAbsent(Names.key(t.id()), t);
      byKey.putIfAbsent(Names.key(t.title()), t);
      if (strong.containsKey(t.id())) continue;
      ids.add(t.id());
      Map<String, Set<String>> s = new LinkedHashMap<>();
      for (String k : t.keywords()) term(k, s);
      term(t.id(), s);
      strong.put(t.id(), s);
      Map<String, Set<String>> w = new LinkedHashMap<>();
      List<String> texts = new ArrayList<>();
      texts.add(t.title());
      texts.addAll(t.questions());
      texts.addAll(t.statements());
      for (String text : texts) {
        for (String word : Importer.words(text).split(" ")) {
          if (word.length() >= TAIL_MIN && !stemming.stop(word)) term(word, w);
        }
      }
      weak.put(t.id(), w);
    }
    // a weak word that two themes share, or that is another theme's strong word, tells no theme
    Map<String, Integer> owners = new HashMap<>();
    for (String id : ids) {
      Set<String> all = new LinkedHashSet<>(weak.get(id).keySet());
      all.addAll(strong.get(id).keySet());
      for (String w : all) owners.put(w, owners.getOrDefault(w, 0) + 1);
    }
    for (String id : ids) {
      for (var e : strong.get(id).entrySet()) add(id, e.getKey(), e.getValue(), STRONG);
      for (var e : weak.get(id).entrySet()) {
        String w = e.getKey();
        if (owners.get(w) == 1 && !strong.get(id).containsKey(w)) add(id, w, e.getValue(), WEAK);
      }
    }
    for (Person p : session.people()) {
      if (p.role() != Role.STAFF || p.department().isEmpty()) continue;
      String t = clue(p.department(), "").theme();
      if (!t.isEmpty()) departments.putIfAbsent(p.name(), t);
    }
  }

  /**
   * Adds the term {@code text} (one word or more) to {@code terms}: its stems, its written form.
   */
  private void term(String text, Map<String, Set<String>> terms) {
    String written = Importer.words(text);
    if (written.isEmpty()) return;
    String stems = stems(written);
    Set<String> forms = terms.get(stems);
    if (forms == null) terms.put(stems, forms = new LinkedHashSet<>());
    forms.add(written);
  }

  /** With {@code false}, a note without a clue of its own gets no theme. */
  ThemeFiling continueThemes(boolean on) {
    this.continueThemes = on;
    return this;
  }

  private void add(String id, String stem, Set<String> written, int weight) {
    if (stem.contains(" ")) {
      heaviest(phrases, stem, id, weight);
      return;
    }
    heaviest(byStem, stem, id, weight);
    for (String form : written) form(form, stem);
  }

  /**
   * Records in {@code map} that {@code key} weighs {@code weight} for {@code inner}, unless it
   * weighs more already. (No lambdas here: the first one of a run costs start-up time.)
   */
  private static void heaviest(
      Map<String, Map<String, Integer>> map, String key, String inner, int weight) {
    Map<String, Integer> m = map.get(key);
    if (m == null) map.put(key, m = new LinkedHashMap<>());
    Integer had = m.get(inner);
    if (had == null || had < weight) m.put(inner, weight);
  }

  private void form(String form, String stem) {
    if (form.length() < TAIL_MIN) return;
    forms.putIfAbsent(form, stem);
    lengths.add(form.length());
  }

  /** The stems of the words of {@code text}, space-separated. */
  private String stems(String text) {
    String w = Importer.words(text);
    if (w.isEmpty()) return "";
    StringBuilder sb = new StringBuilder(w.length());
    for (String word : w.split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(stemming.stem(word));
    }
    return sb.toString();
  }

  /**
   * Files the notes of one file, in the order they were said, under a theme (or none): each note of
   * {@code notes} is replaced by itself with its theme, in place, so that a long transcript is not
   * held twice. {@code tags} holds each note's tag as the file wrote it (empty for none); an
   * unknown tag is a KA607 finding, at {@code tagAt} of the note's index, and leaves its note
   * without a theme.
   */
  void file(List<Note> notes, List<String> tags, IntFunction<SourcePos> tagAt) {
    int n = notes.size();
    String[] theme = new String[n];
    ThemeBy[] by = new ThemeBy[n];
    // the theme under discussion in this round and who opened it (empty: a customer or a tag): it
    // wins a tie, and a note without a clue continues it; in round 2 also the theme of the question
    // that the notes since then answer (null: none)
    String current = "";
    String opener = "";
    String asked = null;
    String last = ""; // the theme of the note before, in this round
    int round = -1;
    for (int i = 0; i < n; i++) {
      Note note = notes.get(i);
      if (note.round() != round) {
        round = note.round();
        current = "";
        opener = "";
        asked = null;
        last = "";
      }
      // when the round is not known, neither is the conversation: tags and words only
      boolean talk = continueThemes && round != 0;
      boolean question = round == 2 && note.kind() == NoteKind.QUESTION && leads(note);
      String t;
      ThemeBy how;
      if (!tags.get(i).isEmpty()) {
        Theme tagged = byKey.get(Names.key(tags.get(i)));
        if (tagged == null) {
          findings.add("KA607", tagAt.apply(i), tags.get(i));
          continue;
        }
        t = tagged.id();
        how = ThemeBy.TAG;
      } else {
        Clue clue = clue(note.text(), current);
        t = clue.theme();
        how = ThemeBy.KEYWORD;
        if (note.kind() == NoteKind.ACTION) {
          // an action takes a theme from its own words only, and passes none on
          if (!t.isEmpty()) file(theme, by, i, t, how);
          continue;
        }
        if (leads(note)) {
          if (t.isEmpty() && question && talk) {
            t = answered(notes, i);
            how = ThemeBy.CONTINUATION;
          }
          if (t.isEmpty()) {
            // staff speak of their own work: Repairs asks about repairs
            t = departments.getOrDefault(note.speaker(), "");
            how = ThemeBy.DEPARTMENT;
          }
        } else {
          // weak words alone do not change the subject
          if (talk && !clue.strong() && !current.isEmpty() && !t.equals(current)) t = "";
          if (!answers(note)) asked = null;
          if (talk && asked != null && !asked.isEmpty() && !asked.equals(t)) {
            // an answer shares its question's theme, whatever else it mentions
            t = asked;
            how = ThemeBy.CONTINUATION;
          }
        }
        if (t.isEmpty() && talk && stemming.assents(note.text())) {
          // "klopt", "same here": agreeing with what was said just before
          t = last;
          how = ThemeBy.CONTINUATION;
        }
        // staff who lead take turns: one does not go on with the theme a colleague opened
        if (t.isEmpty()
            && talk
            && !(leads(note) && staff(note) && !note.speaker().equals(opener))) {
          t = current;
          how = ThemeBy.CONTINUATION;
        }
      }
      if (note.kind() == NoteKind.ACTION) {
        file(theme, by, i, t, how);
        continue;
      }
      if (!t.isEmpty()) file(theme, by, i, t, how);
      // the facilitator and staff lead the talk: a customer who names another theme in passing
      // does not change a subject they opened (a tag does: typed notes tag where it changes)
      if (leads(note) || how == ThemeBy.TAG || (opener.isEmpty() && !t.isEmpty())) {
        current = t;
        opener = leads(note) ? note.speaker() : "";
      }
      if (leads(note)) asked = question && talk ? t : null;
      last = t;
    }
    for (int i = 0; i < n; i++) {
      if (theme[i] != null) notes.set(i, notes.get(i).withTheme(theme[i], by[i]));
    }
  }

  private static void file(String[] theme, ThemeBy[] by, int i, String id, ThemeBy how) {
    theme[i] = id;
    by[i] = how;
  }

  /**
   * Whether a note leads the conversation: the facilitator's, a staff member's (or the contact's)
   * question in round 2, or a staff member's remark in round 3. Such a note opens the theme it
   * names.
   */
  private static boolean leads(Note n) {
    String role = n.role();
    if (role.equals(Role.FACILITATOR.word())) return true;
    boolean staff = role.equals(Role.STAFF.word()) || role.equals(Role.CONTACT.word());
    return staff && (n.round() == 3 || (n.round() == 2 && n.kind() == NoteKind.QUESTION));
  }

  private static boolean staff(Note n) {
    return n.role().equals(Role.STAFF.word()) || n.role().equals(Role.CONTACT.word());
  }

  /**
   * Whether a note may answer a question: a customer's, or one of a speaker the session does not
   * know (a transcript's "Speaker 3"). What staff say is not an answer to a colleague's question.
   */
  private static boolean answers(Note n) {
    return n.role().equals(Role.CUSTOMER.word()) || n.role().equals("unknown");
  }

  /**
   * The clue of the first answer to the question at {@code q} that has one (the answers are the
   * notes after it up to the next note that is not one), or empty.
   */
  private String answered(List<Note> notes, int q) {
    for (int j = q + 1; j < notes.size(); j++) {
      Note a = notes.get(j);
      if (a.round() != notes.get(q).round() || !answers(a) || a.kind() == NoteKind.ACTION) break;
      String c = clue(a.text(), "").theme();
      if (!c.isEmpty()) return c;
    }
    return "";
  }

  /**
   * The theme the words of {@code text} point to: the most weight of strong and weak words; on a
   * tie {@code current} when it is one of the best, else none.
   */
  /** The theme a note's words point to (empty: none), and whether a strong word is among them. */
  record Clue(String theme, boolean strong) {}

  private static final Clue NONE = new Clue("", false);

  Clue clue(String text, String current) {
    String words = Importer.words(text);
    if (words.isEmpty()) return NONE;
    String[] surface = words.split(" ");
    // the terms the note has, each counted once however often and in whatever form
    Set<String> found = new HashSet<>();
    for (String w : surface) Collections.addAll(found, terms(w));
    if (!phrases.isEmpty()) {
      StringBuilder joined = new StringBuilder(words.length() + 2).append(' ');
      for (String w : surface) joined.append(stemming.stem(w)).append(' ');
      for (String phrase : phrases.keySet()) {
        if (joined.indexOf(" " + phrase + " ") >= 0) found.add(phrase);
      }
    }
    if (found.isEmpty()) return NONE;
    int[] weight = new int[ids.size()];
    boolean[] strong = new boolean[ids.size()];
    for (String term : found) {
      Map<String, Integer> weights = byStem.get(term);
      if (weights == null) weights = phrases.get(term);
      for (var e : weights.entrySet()) {
        int i = ids.indexOf(e.getKey());
        weight[i] += e.getValue();
        if (e.getValue() == STRONG) strong[i] = true;
      }
    }
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < weight.length; i++) {
      if (weight[i] == 0) continue;
      if (best < 0 || weight[i] > weight[best]) {
        best = i;
        tie = false;
      } else if (weight[i] == weight[best]) {
        if (ids.get(i).equals(current)) best = i;
        else if (!ids.get(best).equals(current)) tie = true;
      }
    }
    if (best < 0 || (tie && !ids.get(best).equals(current))) return NONE;
    return new Clue(ids.get(best), strong[best]);
  }

  private static final String[] NO_TERMS = {};

  /**
   * The terms (their stems) that the word {@code w} is or holds: its own stem, and the forms it
   * starts or, in Dutch, ends with. Kept per word, since a transcript says the same words often.
   */
  private String[] terms(String w) {
    String[] t = termsByWord.get(w);
    if (t != null) return t;
    List<String> found = new ArrayList<>(2);
    String stem = stemming.stem(w);
    if (byStem.containsKey(stem)) found.add(stem);
    for (String form : stem.equals(w) ? new String[] {w} : new String[] {w, stem}) {
      for (int len : lengths) {
        if (len >= form.length()) continue;
        if (len >= HEAD_MIN) add(found, forms.get(form.substring(0, len)));
        if (stemming.compounds() && len >= TAIL_MIN && form.length() - len >= TAIL_REST_MIN)
          add(found, forms.get(form.substring(form.length() - len)));
      }
    }
    t = found.isEmpty() ? NO_TERMS : found.toArray(new String[0]);
    // a cap keeps a hostile transcript (every word new) from growing it without end
    if (termsByWord.size() > 100_000) termsByWord.clear();
    termsByWord.put(w, t);
    return t;
  }

  private static void add(List<String> found, String term) {
    if (term != null && !found.contains(term)) found.add(term);
  }
}
