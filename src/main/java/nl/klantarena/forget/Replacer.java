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
 * and where it holds their e-mail address or phone number. A part of their name that someone else
 * has too (a first name two people share) is replaced as well, as the letter's pseudonyms are: one
 * mention too many is the safer mistake; such places are said, to be checked.
 */
final class Replacer {

  /** A mention that was replaced although it could be someone else too. */
  record Left(int start, int end, List<String> names) {}

  private final Set<Person> targets = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Mentions mentions;

  /** Everyone's mentions: to see whether a mention of the person could be someone else's. */
  private final Mentions all;

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
    this.all = Mentions.of(everyone, everyone);
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

  /** As {@link #edits(String)}; mentions that could be someone else too are added to left. */
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
    List<Left> shared = new ArrayList<>();
    if (!text.isEmpty()) {
      List<Mentions.Mention> found = mentions.find(text);
      List<Mentions.Mention> anyone = found.isEmpty() ? List.of() : all.find(text);
      for (Mentions.Mention m : found) {
        String possessive =
            m.possessive().isEmpty() ? "" : m.possessive().startsWith("’") ? "’s" : "'s";
        names.add(Edit.of(m.start(), m.end(), pseudonym + possessive, text));
        for (Mentions.Mention a : anyone) {
          if (a.start() != m.start()) continue;
          List<String> who = new ArrayList<>();
          boolean other = false;
          for (Person p : a.people()) {
            other |= !targets.contains(p);
            if (!who.contains(p.name())) who.add(p.name());
          }
          if (other) shared.add(new Left(m.start(), m.end(), who));
        }
      }
    }
    List<Edit> merged = Edit.merge(out, names);
    for (Left l : shared) {
      for (Edit e : merged) if (e.start() == l.start() && e.end() == l.end()) left.add(l);
    }
    return merged;
  }
}
