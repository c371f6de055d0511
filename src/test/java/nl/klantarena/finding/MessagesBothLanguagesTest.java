package nl.klantarena.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding code named in any messages/*.properties file has a severity and a name, and a
 * message in both Dutch and English, with the same placeholders; a hint in one language has one in
 * the other. Reads the folder itself, so a new bundle is covered without touching this test.
 */
class MessagesBothLanguagesTest {

  static final Path DIR = Path.of("src/main/resources/nl/klantarena/messages");
  private static final Pattern CODE_KEY = Pattern.compile("(KA\\d{3})\\.(\\w+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

  /** All keys and values of the files whose names end with {@code suffix}. */
  private static Map<String, String> merged(String suffix) throws IOException {
    Map<String, String> all = new HashMap<>();
    try (Stream<Path> s = Files.list(DIR)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        String name = p.getFileName().toString();
        if (suffix.equals(".properties")
            && (name.endsWith("_en.properties") || name.endsWith("_nl.properties"))) continue;
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          props.load(r);
        }
        for (String k : props.stringPropertyNames()) all.put(k, props.getProperty(k));
      }
    }
    return all;
  }

  private static Set<String> codes(Map<?, ?>... maps) {
    Set<String> codes = new TreeSet<>();
    for (Map<?, ?> m : maps) {
      for (Object k : m.keySet()) {
        Matcher x = CODE_KEY.matcher((String) k);
        if (x.matches()) codes.add(x.group(1));
      }
    }
    return codes;
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void everyCodeInBothLanguages() throws IOException {
    Map<String, String> facts = merged(".properties");
    Map<String, String> en = merged("_en.properties");
    Map<String, String> nl = merged("_nl.properties");
    Set<String> codes = codes(facts, en, nl);
    assertFalse(codes.isEmpty());
    List<String> faults = new ArrayList<>();
    for (String c : codes) {
      for (String fact : List.of("severity", "name")) {
        if (!facts.containsKey(c + "." + fact)) faults.add(c + " has no " + fact);
      }
      String sev = facts.get(c + ".severity");
      if (sev != null && !Set.of("error", "warning", "info").contains(sev.strip()))
        faults.add(c + " has severity " + sev);
      String me = en.get(c + ".message");
      String mn = nl.get(c + ".message");
      if (me == null || me.isBlank()) faults.add(c + " has no English message");
      if (mn == null || mn.isBlank()) faults.add(c + " has no Dutch message");
      if (me != null && mn != null && !placeholders(me).equals(placeholders(mn))) {
        faults.add(
            c
                + " message placeholders differ: en "
                + placeholders(me)
                + ", nl "
                + placeholders(mn));
      }
      boolean he = en.containsKey(c + ".hint");
      boolean hn = nl.containsKey(c + ".hint");
      if (he != hn) faults.add(c + " has a hint in " + (he ? "English" : "Dutch") + " only");
      if (he
          && hn
          && !placeholders(en.get(c + ".hint")).equals(placeholders(nl.get(c + ".hint")))) {
        faults.add(c + " hint placeholders differ");
      }
    }
    assertEquals(List.of(), faults);
  }

  /** Every text, not only findings' (the English help texts are in the code, see cli.HelpTexts). */
  @Test
  void everyTextInBothLanguagesWithTheSamePlaceholders() throws IOException {
    Map<String, String> en = merged("_en.properties");
    Map<String, String> nl = merged("_nl.properties");
    en.keySet().removeIf(k -> k.startsWith("help."));
    nl.keySet().removeIf(k -> k.startsWith("help."));
    List<String> faults = new ArrayList<>();
    for (String k : new TreeSet<>(en.keySet())) {
      if (!nl.containsKey(k)) faults.add(k + " has no Dutch text");
      else if (!placeholders(en.get(k)).equals(placeholders(nl.get(k))))
        faults.add(k + " placeholders differ");
    }
    for (String k : new TreeSet<>(nl.keySet())) {
      if (!en.containsKey(k)) faults.add(k + " has no English text");
    }
    assertEquals(List.of(), faults);
  }
}
