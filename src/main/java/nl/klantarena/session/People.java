package nl.klantarena.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a session, found by their names as people and tools write them. One index for
 * everything that turns a written name into a person: the speakers of a transcript, the owners of
 * actions, {@code actions --owner} and the pseudonyms of the letter to customers.
 *
 * <p>A label names a person by (first match wins; two people at one step are candidates, not a
 * match):
 *
 * <ol>
 *   <li>the full name or an alias;
 *   <li>first name(s) or initials and the surname: "Henk de Jong", "H. de Jong", "Jan de Vries" for
 *       Jan Peter de Vries;
 *   <li>the surname with its particles, or the first name(s), when one person has it: "de Jong",
 *       "van der Berg", "Sanne".
 * </ol>
 *
 * Around the name, what tools and people add is set aside first: a Teams or Zoom marker ("(Guest)",
 * "(Gast)", "(Extern)", "(External)"), any other part in brackets when the name alone is found,
 * titles ("meneer", "mevr.", "dhr.", "de heer", "Dr.", "Mrs"), and the directory order "Zwart,
 * Ruud" or "Berg, P. van der". Case, accents and punctuation do not count, and letters a keyboard
 * lacks may be written as people type them: "Yildiz" for Yıldız, "Soren" or "Soeren" for Søren,
 * "Mueller" for Müller, "Weiss" for Weiß. A label with an e-mail address finds the person with that
 * address.
 */
public final class People {

  /**
   * What a label names.
   *
   * @param person the one person it names, or null
   * @param candidates the people it could name when it names more than one (empty otherwise)
   */
  public record Match(Person person, List<Person> candidates) {
    public static final Match NONE = new Match(null, List.of());

    public Match {
      candidates = List.copyOf(candidates);
    }

    public boolean found() {
      return person != null;
    }

    /** Several people fit the label equally well. */
    public boolean ambiguous() {
      return person == null && !candidates.isEmpty();
    }
  }

  /**
   * Words that join a Dutch (or other) surname to the rest of it: {@code van}, {@code de}, {@code
   * van der}, {@code El}, {@code da}, ... Written in the normal form of {@link #words}.
   */
  static final Set<String> PARTICLES =
      Set.of(
          "van", "de", "der", "den", "het", "t", "ten", "ter", "te", "in", "op", "onder", "uit",
          "aan", "bij", "s", "von", "vom", "zu", "zur", "du", "des", "da", "das", "dos", "di",
          "del", "della", "la", "le", "lo", "el", "al", "ben", "bin", "ibn", "abu", "bou", "mac");

  /**
   * Titles and forms of address before a name, in the normal form of {@link #words} (so "mevr." is
   * {@code mevr}); {@code de heer} is handled as two words.
   */
  static final Set<String> TITLES =
      Set.of(
          "meneer",
          "mevrouw",
          "mevr",
          "mw",
          "mvr",
          "dhr",
          "heer",
          "juffrouw",
          "mej",
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "drs",
          "ir",
          "ing",
          "prof",
          "ds",
          "sir",
          "dame",
          "madam",
          "madame",
          "mme",
          "mlle",
          "herr",
          "frau");

  /** What Teams, Zoom and directories add after a name to mark a guest or an outsider. */
  private static final Pattern GUEST =
      Pattern.compile(
          "\\s*[(\\[]\\s*(?:guest|gast|extern|externe|external|unverified|unfamiliar"
              + "|niet[ -]geverifieerd|not verified)\\s*[)\\]]\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The same markers glued on without brackets, as Teams shows them on a tile: "External
   * unfamiliar".
   */
  private static final Pattern BARE_GUEST =
      Pattern.compile(
          "(?:\\s+(?:guest|gast|extern|external|unverified|unfamiliar))+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
  private static final Pattern ANGLE_MAIL =
      Pattern.compile("^(.*?)\\s*<\\s*([^<>\\s]+@[^<>\\s]+)>$");

  /** A person's name taken apart: given names and surname, in the normal form of {@link #words}. */
  record Parts(List<String> given, List<String> surname) {
    /** The surname without its leading particles: {@code berg} for "van der Berg". */
    List<String> core() {
      int i = 0;
      while (i < surname.size() - 1 && PARTICLES.contains(surname.get(i))) i++;
      return surname.subList(i, surname.size());
    }

    // written out: a record's own equals and hashCode cost start-up time (see Person)
    @Override
    public boolean equals(Object other) {
      return other == this
          || other instanceof Parts o && given.equals(o.given) && surname.equals(o.surname);
    }

    @Override
    public int hashCode() {
      return given.hashCode() * 31 + surname.hashCode();
    }
  }

  private final List<Person> all;

  /** Normal form of a full name or alias (both spellings, see {@link #variants}) → people. */
  private final Map<String, Set<Person>> exact = new HashMap<>();

  /** Per person, its name taken apart in both spellings. */
  private final Map<Person, List<Parts>> parts = new LinkedHashMap<>();

  private final Map<String, Match> seen = new ConcurrentHashMap<>();

  private People(Collection<Person> people) {
    List<Person> list = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (Person p : people) {
      // one person under one name: the contact who is also staff is found once, as staff
      if (p == null || p.name().isBlank() || !named.add(Names.key(p.name()))) continue;
      list.add(p);
    }
    this.all = List.copyOf(list);
    for (Person p : all) {
      for (String v : variants(p.name())) {
        put(exact, String.join(" ", words(v)), p);
        List<Parts> ps = parts.get(p);
        if (ps == null) parts.put(p, ps = new ArrayList<>(2));
        for (Parts pp : splits(bare(v))) if (!ps.contains(pp)) ps.add(pp);
      }
      for (String a : p.aliases()) {
        for (String v : variants(a)) {
          List<String> w = words(v);
          if (!w.isEmpty()) put(exact, String.join(" ", w), p);
        }
      }
    }
  }

  /**
   * The index of {@code people}, in their order; blank names are left out, and of two people with
   * one name the first is kept.
   */
  public static People of(Collection<Person> people) {
    return new People(people);
  }

  /** Everyone the session names: participants, the contact and the owners outside the rings. */
  public static People of(Session s) {
    return new People(s.everyone());
  }

  /** The people of this index, in the order given. */
  public List<Person> all() {
    return all;
  }

  /** The one person {@code label} names, or null (none, or more than one). */
  public Person find(String label) {
    return match(label).person();
  }

  /** What {@code label} names: one person, several candidates, or nobody. */
  public Match match(String label) {
    if (label == null) return Match.NONE;
    // a transcript names the same few people thousands of times
    Match m = seen.get(label);
    if (m == null) seen.put(label, m = lookUp(label));
    return m;
  }

  private Match lookUp(String label) {
    String l = clean(label);
    if (l.isEmpty()) return Match.NONE;
    Matcher mail = ANGLE_MAIL.matcher(l);
    if (mail.matches()) {
      Match m = lookUp(mail.group(1));
      return m.found() || m.ambiguous() ? m : byEmail(mail.group(2));
    }
    if (l.indexOf('@') >= 0 && l.indexOf(' ') < 0) return byEmail(l);
    Match m = spellings(l);
    if (m != Match.NONE) return m;
    // "Henk de Jong (Gemeente Utrecht)": the name without what a tool added in brackets
    String bare = l;
    while (true) {
      Matcher b = BRACKETS.matcher(bare);
      if (!b.find() || b.start() == 0) break;
      bare = bare.substring(0, b.start());
      m = spellings(bare);
      if (m != Match.NONE) return m;
    }
    // "Hans Elstner External": the markers without brackets, only when the name alone is found
    Matcher g = BARE_GUEST.matcher(l);
    if (g.find() && g.start() > 0) return spellings(l.substring(0, g.start()));
    return Match.NONE;
  }

  /**
   * The full name of the person {@code label} most likely means when it names nobody, for a "did
   * you mean"; null when no name is close.
   */
  public String suggest(String label) {
    if (label == null) return null;
    String l = String.join(" ", stripTitles(words(clean(label))));
    if (l.isEmpty()) return null;
    Map<String, Person> forms = new LinkedHashMap<>();
    for (Person p : all) {
      forms.putIfAbsent(String.join(" ", words(p.name())), p);
      for (String a : p.aliases()) forms.putIfAbsent(String.join(" ", words(a)), p);
    }
    for (Person p : all) {
      for (Parts pp : parts.get(p)) {
        if (!pp.given().isEmpty()) forms.putIfAbsent(String.join(" ", pp.given()), p);
        if (!pp.surname().isEmpty()) forms.putIfAbsent(String.join(" ", pp.surname()), p);
      }
    }
    forms.remove("");
    String near = Names.nearest(l, forms.keySet());
    return near == null ? null : forms.get(near).name();
  }

  /** The names of {@code people}, joined for a message: "Jan Bakker, Jan de Vries". */
  public static String names(List<Person> people) {
    return names(people, null);
  }

  /**
   * The names of {@code people} for a sentence: "Jan Bakker, Jan Smit or Jan de Vries" with {@code
   * or} the word that joins the last two (null: a comma).
   */
  public static String names(List<Person> people, String or) {
    List<String> n = new ArrayList<>(people.size());
    for (Person p : people) n.add(p.name());
    return join(n, or);
  }

  /** "a, b or c", with {@code or} the word that joins the last two (null: a comma). */
  public static String join(Collection<String> names, String or) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String n : names) {
      if (i > 0) sb.append(or != null && i == names.size() - 1 ? " " + or + " " : ", ");
      sb.append(n);
      i++;
    }
    return sb.toString();
  }

  private Match byEmail(String text) {
    String e = Names.key(text.replaceFirst("(?i)^mailto:", ""));
    Set<Person> hits = new LinkedHashSet<>();
    for (Person p : all) if (p.hasEmail() && Names.key(p.email()).equals(e)) hits.add(p);
    return decide(hits);
  }

  /** The label as written, then with the letters a keyboard lacks spelled out (ü as ue). */
  private Match spellings(String label) {
    for (String v : variants(label)) {
      Match m = forms(v);
      if (m != Match.NONE) return m;
    }
    return Match.NONE;
  }

  private Match forms(String label) {
    Match m = decide(exact.get(String.join(" ", words(label))));
    if (m != Match.NONE) return m;
    int comma = label.indexOf(',');
    if (comma >= 0) {
      // "Zwart, Ruud", "Berg, P. van der", "Berg van der, Piet": the directory's order turned
      // round; else "Ruud Zwart, Klantenservice": the name before the comma
      m = forms(turn(label.substring(0, comma), label.substring(comma + 1)));
      if (m != Match.NONE) return m;
      return comma == 0 ? Match.NONE : forms(label.substring(0, comma));
    }
    List<String> w = stripTitles(words(label));
    if (w.isEmpty()) return Match.NONE;
    m = decide(exact.get(String.join(" ", w)));
    if (m != Match.NONE) return m;
    // first names or initials, then the surname
    Set<Person> hits = new LinkedHashSet<>();
    for (Person p : all) {
      for (Parts pp : parts.get(p)) {
        int s = pp.surname().size();
        if (s == 0 || w.size() <= s) continue;
        if (!w.subList(w.size() - s, w.size()).equals(pp.surname())) continue;
        if (fits(w.subList(0, w.size() - s), pp.given())) hits.add(p);
      }
    }
    m = decide(hits);
    if (m != Match.NONE) return m;
    // the surname alone, or the first name(s) alone, when one person has it
    for (Person p : all) {
      for (Parts pp : parts.get(p)) {
        if (w.equals(pp.surname())) hits.add(p);
        if (w.equals(pp.given())) hits.add(p);
        if (w.size() == 1 && !pp.given().isEmpty() && w.get(0).equals(pp.given().get(0)))
          hits.add(p);
      }
    }
    return decide(hits);
  }

  /**
   * Whether {@code written} (first names or initials as a label gives them) fits a person's given
   * names: each word is the given name at its place or its initial; later names may be left out.
   */
  static boolean fits(List<String> written, List<String> given) {
    if (written.isEmpty() || written.size() > given.size()) return false;
    for (int i = 0; i < written.size(); i++) {
      String w = written.get(i);
      String g = given.get(i);
      if (!(w.equals(g) || (w.length() == 1 && g.startsWith(w)))) return false;
    }
    return true;
  }

  private static Match decide(Set<Person> hits) {
    if (hits == null || hits.isEmpty()) return Match.NONE;
    if (hits.size() == 1) {
      Person p = hits.iterator().next();
      return new Match(p, List.of(p));
    }
    return new Match(null, new ArrayList<>(hits));
  }

  private static void put(Map<String, Set<Person>> map, String key, Person p) {
    Set<Person> set = map.get(key);
    if (set == null) map.put(key, set = new LinkedHashSet<>());
    set.add(p);
  }

  /** A label without control characters, extra spaces and the markers of guests. */
  static String clean(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT) {
        if (Character.isWhitespace(c)) sb.append(' ');
        continue;
      }
      sb.append(c);
    }
    String l = sb.toString().strip().replaceAll("\\s+", " ");
    while (true) {
      Matcher g = GUEST.matcher(l);
      if (!g.find()) return l;
      l = l.substring(0, g.start()).strip();
    }
  }

  /**
   * Leading titles and forms of address left out: "mevr. dr." and "de heer" alike; never the last
   * word, which is then a name ("mevrouw Heer").
   */
  static List<String> stripTitles(List<String> w) {
    int i = 0;
    while (i < w.size() - 1) {
      if (w.get(i).equals("de") && i + 2 < w.size() && w.get(i + 1).equals("heer")) i += 2;
      else if (TITLES.contains(w.get(i))) i++;
      else break;
    }
    return w.subList(i, w.size());
  }

  /** "Berg van der" and "P." → "P. van der Berg"; "Zwart" and "Ruud" → "Ruud Zwart". */
  private static String turn(String surnamePart, String givenPart) {
    List<String> s = new ArrayList<>(List.of(surnamePart.strip().split("\\s+")));
    List<String> moved = new ArrayList<>();
    while (s.size() > 1 && PARTICLES.contains(String.join(" ", words(s.get(s.size() - 1))))) {
      moved.add(0, s.remove(s.size() - 1));
    }
    return (givenPart.strip() + " " + String.join(" ", moved) + " " + String.join(" ", s)).strip();
  }

  /**
   * A name without what it says in brackets at its end: "Jan Bakker (Facturatie)", written so to
   * tell two Jan Bakkers apart, is taken apart as Jan Bakker.
   */
  static String bare(String name) {
    String n = name.strip();
    while (true) {
      Matcher b = BRACKETS.matcher(n);
      if (!b.find() || b.start() == 0) return n;
      n = n.substring(0, b.start()).strip();
    }
  }

  /**
   * The ways a name may be taken apart: as {@link #split} does, and for a name of three words or
   * more also as one given name and a surname of the rest, for double surnames ("Anna Abad
   * Quezada", "Anna Aarts van den Berg").
   */
  static List<Parts> splits(String name) {
    Parts p = split(name);
    String[] raw = name.strip().split("\\s+");
    if (raw.length < 3) return List.of(p);
    Parts rest = new Parts(words(raw[0]), words(name.strip().substring(raw[0].length())));
    return rest.equals(p) ? List.of(p) : List.of(p, rest);
  }

  /**
   * A name taken apart: the surname starts at the first particle after the first word ("Anna de
   * Vries", "Mohamed El Amrani"), or at the first word with a hyphen after the first ("Anna
   * Jansen-de Vries"); else it is the last word. A name of one word is a given name only.
   */
  static Parts split(String name) {
    String[] raw = name.strip().split("\\s+");
    int start = raw.length - 1;
    for (int i = 1; i < raw.length; i++) {
      if (PARTICLES.contains(String.join(" ", words(raw[i]))) || raw[i].indexOf('-') > 0) {
        start = i;
        break;
      }
    }
    if (raw.length < 2) start = raw.length;
    StringBuilder given = new StringBuilder();
    StringBuilder surname = new StringBuilder();
    for (int i = 0; i < raw.length; i++) (i < start ? given : surname).append(raw[i]).append(' ');
    return new Parts(words(given.toString()), words(surname.toString()));
  }

  /**
   * The words of a name in their normal form: {@link Names#key} (lower case, no accents, letters a
   * keyboard lacks spelled out), split at everything that is not a letter or digit, so that "H.J.",
   * "Jan-Willem", "D'Souza" and "van 't Hof" come apart into their words.
   */
  public static List<String> words(String s) {
    String k = Names.key(s);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= k.length(); i++) {
      boolean letter = i < k.length() && Character.isLetterOrDigit(k.charAt(i));
      if (letter && start < 0) start = i;
      else if (!letter && start >= 0) {
        out.add(k.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /**
   * The spellings a name is compared in: as written, and with the letters that German and
   * Scandinavian names lose on a keyboard spelled out as people then type them (ä ae, ö oe, ü ue, ø
   * oe, å aa). "Müller" also matches "Mueller", "Søren" also "Soeren".
   */
  static List<String> variants(String name) {
    String spelled = spellOut(name);
    return spelled.equals(name) ? List.of(name) : List.of(name, spelled);
  }

  private static String spellOut(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case 'ä', 'Ä' -> "ae";
            case 'ö', 'Ö', 'ø', 'Ø' -> "oe";
            case 'ü', 'Ü' -> "ue";
            case 'å', 'Å' -> "aa";
            default -> null;
          };
      if (r == null) {
        if (sb != null) sb.append(c);
        continue;
      }
      if (sb == null) sb = new StringBuilder(s.length() + 4).append(s, 0, i);
      sb.append(r);
    }
    return sb == null ? s : sb.toString();
  }

  @Override
  public String toString() {
    return "People[" + names(all) + "]";
  }
}
