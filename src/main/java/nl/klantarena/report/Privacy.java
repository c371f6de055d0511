package nl.klantarena.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.session.Consent;
import nl.klantarena.session.Mentions;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;

/**
 * What keeps a report from exposing people: e-mail addresses and phone numbers are replaced in
 * every text; in the letter to customers each customer is a stable pseudonym ("klant A" for the
 * first customer in the session file), also wherever a text names them, in any of the forms {@link
 * Mentions} finds. In the report for staff, so is a customer whose {@code consent} is {@code
 * anonymous} or {@code none}, under the same pseudonym (docs/privacy.md).
 */
final class Privacy {

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+");

  /**
   * A phone number: an optional +, then at least 9 digits with spaces, dots, dashes or brackets
   * between them. Nine, because a date such as 2026-11-05 has eight and must stay.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w])\\+?\\(?\\d(?:[ .\\-()]{0,2}\\d){8,}(?![\\w])");

  /** The customers whose names the report replaces: all in the letter, by consent for staff. */
  private final Set<Person> hidden = new HashSet<>();

  private final String prefix;
  private final String emailWord;
  private final String phoneWord;

  /** Everyone the session names, to know whom a speaker's name means. */
  private final People people;

  /** Where a text names a hidden customer; null when no name is hidden. */
  private final Mentions customers;

  /** Each customer's letter, in the order of the session file: A, B, ... */
  private final Map<Person, String> letters = new HashMap<>();

  Privacy(Session s, boolean pseudonyms, String prefix, String emailWord, String phoneWord) {
    this.prefix = prefix;
    this.emailWord = emailWord;
    this.phoneWord = phoneWord;
    this.people = People.of(s);
    int i = 0;
    for (Person c : s.customers()) {
      letters.putIfAbsent(c, letters(i++));
      if (pseudonyms || c.consent() != Consent.QUOTE) hidden.add(c);
    }
    this.customers = hidden.isEmpty() ? null : Mentions.of(hidden, s.everyone());
  }

  /** A, B, ..., Z, AA, AB, ... */
  static String letters(int i) {
    String s = "";
    int n = i;
    do {
      s = (char) ('A' + n % 26) + s;
      n = n / 26 - 1;
    } while (n >= 0);
    return s;
  }

  /** The pseudonym of a customer's name as written, or null when it is not a customer. */
  String pseudonym(String name) {
    Person p = people.find(name);
    String letter = p == null ? null : letters.get(p);
    return letter == null ? null : prefix + " " + letter;
  }

  /** Whether the report replaces the name of the person {@code name} finds. */
  boolean hidden(String name) {
    Person p = people.find(name);
    return p != null && hidden.contains(p);
  }

  /** Whether the person {@code name} finds is a customer who does not want to be quoted. */
  boolean withheld(String name) {
    Person p = people.find(name);
    return p != null && p.role() == Role.CUSTOMER && p.consent() == Consent.NONE;
  }

  /** Text with e-mail addresses and phone numbers replaced; in the letter, customers' names too. */
  String text(String s) {
    if (s.isEmpty()) return s;
    String t = s;
    if (t.indexOf('@') >= 0) t = EMAIL.matcher(t).replaceAll(Matcher.quoteReplacement(emailWord));
    if (digits(t) >= 9) t = PHONE.matcher(t).replaceAll(Matcher.quoteReplacement(phoneWord));
    if (customers == null) return t;
    List<Mentions.Mention> found = customers.find(t);
    if (found.isEmpty()) return t;
    StringBuilder sb = new StringBuilder(t.length());
    int at = 0;
    for (Mentions.Mention m : found) {
      sb.append(t, at, m.start());
      sb.append(pseudonym(m, Mentions.sentenceStart(t, m.start())));
      at = m.end();
    }
    return sb.append(t, at, t.length()).toString();
  }

  /**
   * "klant A", or "klant A/C" for a name two customers share; with the possessive as Dutch and
   * English write it after a letter ("klant A's"), and a capital at the start of a sentence.
   */
  private String pseudonym(Mentions.Mention m, boolean capital) {
    List<String> l = new ArrayList<>();
    for (Person p : m.people()) l.add(letters.get(p));
    // in the order of the letters (A before D, Z before AA), whatever order the mention found them
    l.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    String out = prefix + " " + String.join("/", l);
    if (!m.possessive().isEmpty()) {
      char apostrophe = m.possessive().charAt(0) == '’' ? '’' : '\'';
      out += apostrophe + "s";
    }
    if (capital && !out.isEmpty())
      out = out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
    return out;
  }

  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) n++;
    return n;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
