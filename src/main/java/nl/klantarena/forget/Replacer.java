package nl.klantarena.forget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.session.Mentions;
import nl.klantarena.session.Person;

/**
 * Where a text names the person to forget, as names are matched everywhere ({@link Mentions}: the
 * full name, aliases, the surname with its particles, after a title, with initials, a possessive),
 * and where it holds their e-mail address or phone number. A mention that could also be someone
 * else (a first name two people share) is left, and said.
 */
final class Replacer {

  /** A mention left as it was because it could be someone else too. */
  record Left(int start, int end, List<String> names) {}

  private final Set<Person> targets = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Mentions mentions;
  private final List<Pattern> emails = new ArrayList<>();
  private final List<Pattern> phones = new ArrayList<>();
  private final String pseudonym;
  private final String emailWord;
  private final String phoneWord;

  Replacer(
      List<Person> whom,
      Collection<Person> everyone,
      String pseudonym,
      String emailWord,
      String phoneWord) {
    this.targets.addAll(whom);
    this.mentions = Mentions.of(whom, everyone);
    this.pseudonym = pseudonym;
    this.emailWord = emailWord;
    this.phoneWord = phoneWord;
    for (Person p : whom) {
      if (p.hasEmail())
        emails.add(Pattern.compile(Pattern.quote(p.email()), Pattern.CASE_INSENSITIVE));
      Pattern phone = phone(p.phone());
      if (phone != null) phones.add(phone);
    }
  }

  String pseudonym() {
    return pseudonym;
  }

  String emailWord() {
    return emailWord;
  }

  /**
   * A phone number however it is written: its digits with spaces, dots, dashes, slashes or brackets
   * between them. Null for fewer than six digits (no phone number).
   */
  static Pattern phone(String number) {
    String digits = number.replaceAll("\\D", "");
    if (digits.length() < 6) return null;
    StringBuilder re = new StringBuilder("(?<!\\d)");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0) re.append("[ .\\-/()]{0,2}");
      re.append(digits.charAt(i));
    }
    return Pattern.compile(re.append("(?!\\d)").toString());
  }

  /** The edits that forget the person in {@code text}. */
  List<Edit> edits(String text) {
    return edits(text, new ArrayList<>());
  }

  /** As {@link #edits(String)}; the mentions left because they could be someone else go to left. */
  List<Edit> edits(String text, List<Left> left) {
    List<Edit> out = new ArrayList<>();
    for (Pattern p : emails) {
      Matcher m = p.matcher(text);
      while (m.find()) out.add(Edit.of(m.start(), m.end(), emailWord, text));
    }
    for (Pattern p : phones) {
      Matcher m = p.matcher(text);
      while (m.find()) out.add(Edit.of(m.start(), m.end(), phoneWord, text));
    }
    List<Edit> names = new ArrayList<>();
    if (!text.isEmpty()) {
      for (Mentions.Mention m : mentions.find(text)) {
        boolean all = true;
        for (Person p : m.people()) all &= targets.contains(p);
        if (!all) {
          List<String> who = new ArrayList<>();
          for (Person p : m.people()) if (!who.contains(p.name())) who.add(p.name());
          left.add(new Left(m.start(), m.end(), who));
          continue;
        }
        String possessive =
            m.possessive().isEmpty() ? "" : m.possessive().startsWith("’") ? "’s" : "'s";
        names.add(Edit.of(m.start(), m.end(), pseudonym + possessive, text));
      }
    }
    return Edit.merge(out, names);
  }
}
