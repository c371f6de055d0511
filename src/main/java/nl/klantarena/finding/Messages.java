package nl.klantarena.finding;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the tool says, in the tool's language ({@code --lang}, {@code KLANTARENA_LANG}, else the
 * system locale). Texts live in {@code nl/klantarena/messages/<bundle>_<lang>.properties} (UTF-8),
 * one bundle per feature so that features do not share a file; language-neutral facts about a
 * finding code (its severity and name) live in {@code <bundle>.properties}. The build turns those
 * files into the class {@link MessageTexts}, which a run reads them from.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ...; unlike {@link MessageFormat}, an apostrophe is
 * just an apostrophe. {@code {0|notitie|notities}} is the singular when argument 0 is 1, else the
 * plural: {@code {0} {0|notitie|notities}} gives "1 notitie" and "2 notities".
 */
public final class Messages {

  /** Every bundle; a feature adds its name here and its files under {@code messages/}. */
  static final List<String> BUNDLES =
      List.of(
          "core", "cli", "notes", "plan", "invite", "import", "report", "actions", "series",
          "forget");

  private final String lang;
  private final Properties texts = new Properties();
  private final Properties facts = new Properties();

  /** How many of {@link #BUNDLES} are in {@link #texts}, in order; facts are all or none. */
  private int textsLoaded;

  private boolean factsLoaded;

  /**
   * Bundles are read only when a key is missing from those read so far, core first: parsing every
   * properties file took a tenth of a clean {@code check}'s start-up, and most runs need only the
   * core and cli texts (and no finding facts at all when nothing is found).
   */
  private Messages(String lang) {
    this.lang = lang;
  }

  /** The text for {@code key}, reading further bundles until one has it; null when none has. */
  private synchronized String text(String key) {
    String t = texts.getProperty(key);
    while (t == null && textsLoaded < BUNDLES.size()) {
      loadInto(texts, BUNDLES.get(textsLoaded++) + "_" + lang);
      t = texts.getProperty(key);
    }
    return t;
  }

  private synchronized Properties facts() {
    if (!factsLoaded) {
      for (String b : BUNDLES) loadInto(facts, b);
      factsLoaded = true;
    }
    return facts;
  }

  private static Messages dutch;
  private static Messages english;

  /**
   * Messages in {@code nl} or {@code en}; anything else means English. One instance per language
   * for the whole process: a report over hundreds of sessions asks for the session's language once
   * per session, and each new instance would read its bundles again.
   */
  public static synchronized Messages of(String lang) {
    if ("nl".equals(lang)) {
      if (dutch == null) dutch = new Messages("nl");
      return dutch;
    }
    if (english == null) english = new Messages("en");
    return english;
  }

  /** The language these messages are in: {@code nl} or {@code en}. */
  public String lang() {
    return lang;
  }

  public Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  /** The text for {@code key} with its placeholders filled; the key itself when it is missing. */
  public String get(String key, Object... args) {
    String t = text(key);
    return t == null ? key : fill(t, args);
  }

  /** The text for {@code key}, or empty when there is none. */
  public String optional(String key, Object... args) {
    String t = text(key);
    return t == null ? "" : fill(t, args);
  }

  /** Every text key that starts with {@code prefix}. */
  public synchronized Set<String> keys(String prefix) {
    while (textsLoaded < BUNDLES.size()) {
      loadInto(texts, BUNDLES.get(textsLoaded++) + "_" + lang);
    }
    Set<String> out = new TreeSet<>();
    for (String k : texts.stringPropertyNames()) if (k.startsWith(prefix)) out.add(k);
    return out;
  }

  public boolean has(String key) {
    return text(key) != null;
  }

  /** The default severity of a finding code, from {@code <bundle>.properties}. */
  public Severity severity(String code) {
    String s = facts().getProperty(code + ".severity");
    if (s == null) throw new IllegalArgumentException("unknown finding code " + code);
    return Severity.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  /** The stable name of a finding code, such as {@code unknown-key}. */
  public String name(String code) {
    return facts().getProperty(code + ".name", code);
  }

  static String fill(String template, Object... args) {
    if (args.length == 0 || template.indexOf('{') < 0) return template;
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close > i + 1) {
          String idx = template.substring(i + 1, close);
          if (idx.length() < 3 && isDigits(idx)) {
            int n = Integer.parseInt(idx);
            sb.append(n < args.length ? String.valueOf(args[n]) : "");
            i = close + 1;
            continue;
          }
          String[] forms = idx.split("\\|", -1);
          if (forms.length == 3 && forms[0].length() < 3 && isDigits(forms[0])) {
            int n = Integer.parseInt(forms[0]);
            sb.append(n < args.length && isOne(args[n]) ? forms[1] : forms[2]);
            i = close + 1;
            continue;
          }
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /** Whether a count is one, for {@code {0|notitie|notities}}: the singular when it is. */
  private static boolean isOne(Object count) {
    return String.valueOf(count).strip().equals("1");
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  /**
   * Adds the bundle file {@code name} ({@code core_en}) to {@code into}, from {@link MessageTexts},
   * which the build makes from every bundle file (so that a run opens no jar for its texts: the
   * archive holds the class). A name it lacks has no file, as {@code actions.properties}: nothing
   * to add.
   */
  private static void loadInto(Properties into, String name) {
    String[] pairs = MessageTexts.of(name);
    if (pairs == null) return;
    for (int i = 0; i < pairs.length; i += 2) into.put(pairs[i], pairs[i + 1]);
  }
}
