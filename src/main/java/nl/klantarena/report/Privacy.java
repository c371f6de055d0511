package nl.klantarena.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.session.Names;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * What keeps a report from exposing people: e-mail addresses and phone numbers are replaced in
 * every text; in the letter to customers each customer is a stable pseudonym ("klant A" for the
 * first customer in the session file), also where a note's text names them.
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

  private final boolean pseudonyms;
  private final String emailWord;
  private final String phoneWord;

  /** Names.key of a customer's name, alias or unique first name → pseudonym. */
  private final Map<String, String> byKey = new HashMap<>();

  private final Pattern names;

  /** The customers' names as spelled, lower case: a cheap test before the pattern runs. */
  private final List<String> lowerNames = new ArrayList<>();

  Privacy(Session s, boolean pseudonyms, String prefix, String emailWord, String phoneWord) {
    this.pseudonyms = pseudonyms;
    this.emailWord = emailWord;
    this.phoneWord = phoneWord;
    List<String> spelled = new ArrayList<>();
    Map<String, Integer> firstNames = new HashMap<>();
    for (Person p : s.participants()) firstNames.merge(Names.key(p.firstName()), 1, Integer::sum);
    int i = 0;
    for (Person c : s.customers()) {
      String alias = prefix + " " + letters(i++);
      List<String> forms = new ArrayList<>();
      forms.add(c.name());
      forms.addAll(c.aliases());
      if (firstNames.getOrDefault(Names.key(c.firstName()), 0) == 1) forms.add(c.firstName());
      for (String f : forms) {
        if (f.isBlank()) continue;
        byKey.putIfAbsent(Names.key(f), alias);
        spelled.add(f.strip());
      }
    }
    spelled.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (String f : spelled) lowerNames.add(lower(f));
    StringBuilder re = new StringBuilder();
    for (String f : spelled) {
      if (re.length() > 0) re.append('|');
      re.append(Pattern.quote(f));
    }
    names =
        re.length() == 0
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + re + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
    return byKey.get(Names.key(name));
  }

  /** Text with e-mail addresses and phone numbers replaced; in the letter, customers' names too. */
  String text(String s) {
    if (s.isEmpty()) return s;
    String t = s;
    if (t.indexOf('@') >= 0) t = EMAIL.matcher(t).replaceAll(Matcher.quoteReplacement(emailWord));
    if (digits(t) >= 9) t = PHONE.matcher(t).replaceAll(Matcher.quoteReplacement(phoneWord));
    if (pseudonyms && names != null && mentionsName(t)) {
      Matcher m = names.matcher(t);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String a = byKey.get(Names.key(m.group()));
        m.appendReplacement(sb, Matcher.quoteReplacement(a == null ? m.group() : a));
      }
      m.appendTail(sb);
      t = sb.toString();
    }
    return t;
  }

  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) n++;
    return n;
  }

  private boolean mentionsName(String t) {
    String l = lower(t);
    for (String n : lowerNames) if (l.contains(n)) return true;
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
