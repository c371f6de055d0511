package nl.klantarena.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a text names some of a session's people, as people write names in a sentence: the whole
 * name in any case ("margaret hughes"), the surname with its particles ("de Graaf", "El Amrani"),
 * after a title in any case ("meneer visser", "mevr. P. van der Berg"), with initials ("H. de
 * Jong"), the first name, an alias, a possessive ("Hendriks'", "Anna's", "Jans"), accents or not
 * ("hénk").
 *
 * <p>A name that is a single word is a name when it is written with a capital (as names are) or
 * after a title; in lower case only when it is an alias the session gives and not also an ordinary
 * word (see {@code names/common-words.txt}). So "een ton" and "ik ben tevreden" stay as they are
 * with a customer called Ton or Ben, and so does "Ben je tevreden?": a name that is also a word, at
 * the start of a sentence and followed by a pronoun, is the word.
 */
public final class Mentions {

  /**
   * One place where a text names someone.
   *
   * @param start the first character of the mention (its title or initials included)
   * @param end just past the mention (its possessive included)
   * @param people the person it names, or the people it could name when several share the name
   * @param possessive the possessive written after the name ({@code 's}, {@code ’s}, {@code '}, or
   *     {@code s} for the Dutch "Jans"), or empty
   */
  public record Mention(int start, int end, List<Person> people, String possessive) {
    public Mention {
      people = List.copyOf(people);
    }
  }

  /**
   * One way to write a person's name, as words in the normal form of {@link People#words}.
   *
   * @param exact the full name or an alias (not taken apart)
   * @param anyCase found in any case; else only when the word at {@code capital} has a capital
   *     letter, or a title comes before
   */
  private record Form(
      List<String> words, Person person, boolean exact, boolean anyCase, int capital) {}

  /** Words that are also names: in lower case they are the word. */
  static final Set<String> COMMON = new HashSet<>();

  /** Sayings in which a name is a word: "Jan en alleman", "Jan met de pet". */
  static final List<List<String>> SAYINGS = new ArrayList<>();

  static {
    read();
  }

  /** Whether {@code word} is an ordinary word as well as a name ("ben", "will", "visser"). */
  public static boolean ordinaryWord(String word) {
    return COMMON.contains(Names.key(word));
  }

  /**
   * Words that follow a verb at the start of a question or a sentence: "Ben je", "Will you", "Mark
   * the".
   */
  private static final Set<String> PRONOUNS =
      Set.of(
          "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "het", "er", "dat",
          "dit", "die", "de", "een", "men", "i", "you", "he", "she", "it", "they", "there", "this",
          "that", "the", "a", "an", "not", "be", "have", "do", "me", "us", "him", "her", "them");

  private static final Comparator<Form> LONGEST_FIRST =
      Comparator.comparingInt((Form f) -> f.words().size()).reversed();

  /** Per first word, the forms that start with it, longest first. */
  private final Map<String, List<Form>> byFirst = new HashMap<>();

  /** Per person, the name taken apart, for initials. */
  private final Map<Person, List<People.Parts>> parts = new HashMap<>();

  /** Whom the mentions are of; the others' names are read only so as not to take them for these. */
  private final Set<Person> targets;

  /**
   * The mentions of {@code whom} (the customers of a session, say) among {@code everyone}: "Helen
   * Marsh" of the staff is not a mention of the customer Sue Marsh, while "Marsh" alone could be
   * either and is hers.
   */
  public static Mentions of(Collection<Person> whom, Collection<Person> everyone) {
    return new Mentions(whom, everyone);
  }

  private Mentions(Collection<Person> whom, Collection<Person> everyone) {
    this.targets = new LinkedHashSet<>(whom);
    Set<Person> all = new LinkedHashSet<>(whom);
    all.addAll(everyone);
    for (Person p : all) {
      if (p.name().isBlank()) continue;
      for (String v : People.variants(p.name())) {
        exact(People.words(v), p);
        for (People.Parts pp : People.splits(People.bare(v))) {
          parts.computeIfAbsent(p, x -> new ArrayList<>(2)).add(pp);
          if (!pp.given().isEmpty()) {
            add(new Form(pp.given(), p, false, false, 0));
            add(new Form(pp.given().subList(0, 1), p, false, false, 0));
          }
          if (!pp.surname().isEmpty()) {
            int core = pp.surname().size() - pp.core().size();
            add(new Form(pp.surname(), p, false, false, core));
          }
        }
      }
      for (String a : p.aliases()) for (String v : People.variants(a)) exact(People.words(v), p);
    }
    for (List<Form> l : byFirst.values()) l.sort(LONGEST_FIRST);
  }

  /**
   * A full name or an alias: in any case when it has two words that are more than particles and
   * titles, or one that is not also an ordinary word.
   */
  private void exact(List<String> w, Person p) {
    int significant = 0;
    int at = -1;
    for (int i = 0; i < w.size(); i++) {
      String x = w.get(i);
      if (People.PARTICLES.contains(x) || People.TITLES.contains(x)) continue;
      if (at < 0) at = i;
      significant++;
    }
    if (significant == 0) return;
    boolean anyCase = significant > 1 || !COMMON.contains(w.get(at));
    add(new Form(List.copyOf(w), p, true, anyCase, at));
  }

  private void add(Form f) {
    if (f.words().isEmpty()) return;
    List<Form> l = byFirst.computeIfAbsent(f.words().get(0), k -> new ArrayList<>());
    if (!l.contains(f)) l.add(f);
  }

  /** A word of the text, in the normal form of {@link People#words} and spelled out. */
  private record Word(int start, int end, String norm, String alt, boolean capital) {
    boolean is(String w) {
      return norm.equals(w) || alt.equals(w);
    }
  }

  /** Every mention in {@code text}, in order, none overlapping. */
  public List<Mention> find(String text) {
    List<Word> words = words(text);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Mention m = at(text, words, i);
      if (m == null) {
        i++;
        continue;
      }
      List<Person> mine = new ArrayList<>(m.people());
      mine.retainAll(targets);
      if (mine.isEmpty()) {
        // someone else's name: read past it
        while (i < words.size() && words.get(i).start() < m.end()) i++;
        continue;
      }
      m = new Mention(m.start(), m.end(), mine, m.possessive());
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.people().equals(m.people())
          && last.possessive().isEmpty()
          && text.substring(last.end(), m.start()).isBlank()) {
        // "Jan" and "de Vries" of Jan Peter de Vries, found one after the other: one mention
        out.set(out.size() - 1, new Mention(last.start(), m.end(), m.people(), m.possessive()));
      } else {
        out.add(m);
      }
      while (i < words.size() && words.get(i).start() < m.end()) i++;
    }
    return out;
  }

  /** The mention that starts with word {@code i} (titles and initials before it included). */
  private Mention at(String text, List<Word> words, int i) {
    Word w = words.get(i);
    List<Form> a = byFirst.get(w.norm());
    List<Form> b = w.alt().equals(w.norm()) ? null : byFirst.get(w.alt());
    if (a == null && b == null && !(w.capital() && w.norm().endsWith("s"))) return null;
    List<Form> forms;
    if (b == null) forms = a == null ? List.of() : a;
    else if (a == null) forms = b;
    else {
      forms = new ArrayList<>(a);
      forms.addAll(b);
      forms.sort(LONGEST_FIRST);
    }
    // what stands before: initials ("H. de"), then titles ("mevr.", "de heer")
    int k = i;
    List<String> initials = new ArrayList<>();
    while (k > 0
        && words.get(k - 1).norm().length() == 1
        && Character.isLetter(words.get(k - 1).norm().charAt(0))
        && words.get(k - 1).capital()
        && text.substring(words.get(k - 1).end(), words.get(k).start()).startsWith(".")
        && joins(text, words.get(k - 1), words.get(k))) {
      initials.add(0, words.get(k - 1).norm());
      k--;
    }
    int t = k;
    while (t > 0 && joins(text, words.get(t - 1), words.get(t))) {
      String n = words.get(t - 1).norm();
      if (n.equals("heer")
          && t > 1
          && words.get(t - 2).norm().equals("de")
          && joins(text, words.get(t - 2), words.get(t - 1))) t -= 2;
      else if (People.TITLES.contains(n)) t--;
      else break;
    }
    boolean titled = t < k;
    int longest = 0;
    Set<Person> exactly = new LinkedHashSet<>();
    Set<Person> derived = new LinkedHashSet<>();
    boolean needsCapital = true;
    for (Form f : forms) {
      int n = f.words().size();
      if (n < longest) break;
      if (!spells(text, words, i, f.words())) continue;
      boolean capital = words.get(i + f.capital()).capital();
      if (!(f.anyCase() || titled || capital)) continue;
      longest = n;
      if (f.anyCase() || titled) needsCapital = false;
      (f.exact() ? exactly : derived).add(f.person());
    }
    int end;
    String possessive = "";
    Set<Person> people;
    if (longest > 0) {
      people = exactly.isEmpty() ? derived : exactly;
      end = words.get(i + longest - 1).end();
    } else {
      // the Dutch possessive written on: "Jans fiets"
      people = glued(w);
      if (people.isEmpty()) return null;
      longest = 1;
      end = w.end();
      possessive = "s";
    }
    if (!initials.isEmpty()) {
      Set<Person> fit = new LinkedHashSet<>();
      for (Person p : people) {
        for (People.Parts pp : parts.getOrDefault(p, List.of()))
          if (People.fits(initials, pp.given())) fit.add(p);
      }
      // initials of someone else: "H. de Graaf" is not Wilma de Graaf
      if (fit.isEmpty()) return null;
      people = fit;
    }
    if (longest == 1
        && needsCapital
        && !titled
        && initials.isEmpty()
        && COMMON.contains(w.norm())
        && sentenceStart(text, w.start())
        && i + 1 < words.size()
        && text.substring(w.end(), words.get(i + 1).start()).isBlank()
        && PRONOUNS.contains(words.get(i + 1).norm())) {
      return null; // "Ben je tevreden?", "Will you call?"
    }
    if (longest == 1 && needsCapital && !titled && initials.isEmpty() && saying(words, i)) {
      return null;
    }
    if (possessive.isEmpty()) {
      String after = text.substring(end, Math.min(text.length(), end + 3));
      if (after.length() >= 2
          && (after.charAt(0) == '\'' || after.charAt(0) == '’')
          && (after.charAt(1) == 's' || after.charAt(1) == 'S')
          && (after.length() == 2 || !Character.isLetter(after.charAt(2)))) {
        possessive = after.substring(0, 2);
        end += 2;
      } else if (!after.isEmpty()
          && (after.charAt(0) == '\'' || after.charAt(0) == '’')
          && (after.length() == 1 || !Character.isLetter(after.charAt(1)))
          && "sxz".indexOf(Character.toLowerCase(text.charAt(end - 1))) >= 0) {
        possessive = after.substring(0, 1); // Hendriks'
        end += 1;
      }
    }
    return new Mention(words.get(t).start(), end, new ArrayList<>(people), possessive);
  }

  /** Whether word {@code i} is the name in a saying: "Jan en alleman", "Jan met de pet". */
  private static boolean saying(List<Word> words, int i) {
    for (List<String> s : SAYINGS) {
      for (int j = 0; j < s.size(); j++) {
        if (!words.get(i).is(s.get(j)) || i - j < 0 || i - j + s.size() > words.size()) continue;
        boolean all = true;
        for (int x = 0; x < s.size() && all; x++) all = words.get(i - j + x).is(s.get(x));
        if (all) return true;
      }
    }
    return false;
  }

  /** The people a capitalised word ending in s names without its s, as a one-word name. */
  private Set<Person> glued(Word w) {
    Set<Person> out = new LinkedHashSet<>();
    if (!w.capital() || w.norm().length() < 3 || !w.norm().endsWith("s")) return out;
    String bare = w.norm().substring(0, w.norm().length() - 1);
    String bareAlt = w.alt().substring(0, w.alt().length() - 1);
    for (String key : List.of(bare, bareAlt)) {
      for (Form f : byFirst.getOrDefault(key, List.of()))
        if (f.words().size() == 1 && !People.PARTICLES.contains(key)) out.add(f.person());
    }
    return out;
  }

  /** Whether the words from {@code i} on spell {@code form}, joined as a name's words are. */
  private static boolean spells(String text, List<Word> words, int i, List<String> form) {
    if (i + form.size() > words.size()) return false;
    for (int j = 0; j < form.size(); j++) {
      if (!words.get(i + j).is(form.get(j))) return false;
      if (j > 0 && !joins(text, words.get(i + j - 1), words.get(i + j))) return false;
    }
    return true;
  }

  /**
   * Whether two words are joined as the words of one name are: by a space, a hyphen or an
   * apostrophe ("van 't Hof"), or a full stop after an initial or a title ("H. de Jong", "mevr.
   * Visser").
   */
  private static boolean joins(String text, Word a, Word b) {
    int gap = b.start() - a.end();
    if (gap < 1 || gap > 3) return false;
    boolean dot = a.norm().length() == 1 || People.TITLES.contains(a.norm());
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') return false;
      if (Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’' || c == '\u00a0') continue;
      if (c == '.' && dot) continue;
      return false;
    }
    return true;
  }

  /** Whether {@code at} begins a sentence: the text's start, or after ., ! or ? and a space. */
  public static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || "\"“„‘'([".indexOf(text.charAt(i)) >= 0)) i--;
    return i < 0 || ".!?…".indexOf(text.charAt(i)) >= 0;
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!letter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && letter(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
      String raw = text.substring(start, i);
      int first = raw.codePointAt(0);
      boolean capital = Character.isUpperCase(first) || Character.isTitleCase(first);
      if (ascii(raw)) {
        // most words: nothing to take off or spell out, and normalising is the costly part
        String norm = raw.toLowerCase(Locale.ROOT);
        out.add(new Word(start, i, norm, norm, capital));
        continue;
      }
      List<String> v = People.variants(raw);
      String norm = Names.key(raw);
      out.add(new Word(start, i, norm, v.size() == 1 ? norm : Names.key(v.get(1)), capital));
    }
    return out;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  private static boolean letter(int cp) {
    if (Character.isLetterOrDigit(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static void read() {
    try (InputStream in =
            Mentions.class.getResourceAsStream("/nl/klantarena/names/common-words.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) continue;
        List<String> saying = People.words(w);
        if (saying.size() == 1) COMMON.add(saying.get(0));
        else SAYINGS.add(List.copyOf(saying));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
