package nl.klantarena.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.klantarena.session.Lang;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of one language as theme filing compares them: the Snowball stemmer's stem of a word
 * (so that {@code verbruiken} is {@code verbruik}, {@code cleaned} is {@code cleaning}) and
 * Snowball's stop words, with the words that every facilitator's question has. Only {@code import}
 * uses this class, so only {@code import} loads the stemmers (Lucene's analysis module).
 *
 * <p>Words come in as {@link Importer#words} makes them: lower case, without accents.
 */
final class Stemming {

  /**
   * Words a facilitator's question or statement has whatever its theme ("hoe ervaart u", "would you
   * rather"), added to Snowball's stop words, so that they do not count as a theme's words.
   */
  private static final Map<Lang, List<String>> ASKING =
      Map.of(
          Lang.NL,
          List.of(
              "we",
              "wij",
              "jullie",
              "jij",
              "onze",
              "welke",
              "welk",
              "waarom",
              "wanneer",
              "waar",
              "waarvoor",
              "hoeveel",
              "graag",
              "liefst",
              "lukt",
              "echt",
              "goed",
              "beter",
              "best",
              "laatste",
              "keer",
              "vindt",
              "vind",
              "denkt",
              "ervaart",
              "merkt",
              "wilt",
              "willen",
              "zouden",
              "kunt",
              "mogen",
              "vooraf",
              "even",
              "eigenlijk",
              "vaak",
              "daarvan",
              "ervan",
              "erover",
              "ermee",
              "wel",
              "dingen",
              "elke",
              "elk",
              "steeds",
              "nieuw",
              "nieuwe",
              "oude",
              "gaat",
              "ging",
              "hebt",
              "zien",
              "weten",
              "vertellen",
              "vertelde"),
          Lang.EN,
          List.of(
              "would", "like", "prefer", "rather", "think", "tell", "told", "last", "time", "does",
              "really", "feel", "felt", "want", "well", "good", "better", "little", "please",
              "also", "still", "whole", "every", "going", "thing", "things", "know", "wanted",
              "make", "makes", "made", "much", "many", "lot", "ever", "just", "instead", "each",
              "new", "old"));

  /** The words a note that agrees with the one before it starts with ("klopt", "same here"). */
  private static final Map<Lang, Set<String>> ASSENT =
      Map.of(
          Lang.NL,
          Set.of("klopt", "eens", "precies", "inderdaad", "ja", "zeker", "herkenbaar", "idem"),
          Lang.EN,
          Set.of(
              "yes",
              "same",
              "agree",
              "agreed",
              "exactly",
              "indeed",
              "true",
              "definitely",
              "absolutely",
              "right"));

  private final Lang lang;
  private final SnowballStemmer stemmer;
  private final Set<String> stop = new HashSet<>();
  private final Map<String, String> stems = new HashMap<>();

  private Stemming(Lang lang) {
    this.lang = lang;
    this.stemmer = lang == Lang.EN ? new EnglishStemmer() : new DutchStemmer();
    String list = lang == Lang.EN ? "english_stop.txt" : "dutch_stop.txt";
    readSnowballList("/org/apache/lucene/analysis/snowball/" + list, stop);
    stop.addAll(ASKING.get(lang));
  }

  /** The stemming of a session's language (Dutch when it has none). */
  static Stemming of(Lang lang) {
    return new Stemming(lang == null ? Lang.NL : lang);
  }

  /** Whether the language writes compounds as one word, so a keyword may end or start one. */
  boolean compounds() {
    return lang == Lang.NL;
  }

  /**
   * Whether {@code text} starts by agreeing with what was said before it: an assenting word among
   * its first three ("Klopt.", "Dat klopt", "That's right").
   */
  boolean assents(String text) {
    String[] w = Importer.words(text).split(" ", 4);
    for (int i = 0; i < Math.min(3, w.length); i++) {
      if (ASSENT.get(lang).contains(w[i])) return true;
    }
    return false;
  }

  /** Whether {@code word} is a word that says nothing of a theme ("de", "the", "hoe", "would"). */
  boolean stop(String word) {
    return stop.contains(word);
  }

  /** The stem of {@code word}. */
  String stem(String word) {
    String s = stems.get(word);
    if (s != null) return s;
    stemmer.setCurrent(word);
    stemmer.stem();
    s = stemmer.getCurrent();
    // a transcript of a whole day has some thousands of different words; a cap keeps a hostile one
    // from growing the cache without end
    if (stems.size() > 100_000) stems.clear();
    stems.put(word, s);
    return s;
  }

  /**
   * Snowball's stop word lists: one or more words a line, {@code |} starts a comment. They are
   * Lucene's resources; their words are lower case and, for these two languages, without accents.
   */
  private static void readSnowballList(String resource, Set<String> into) {
    try (InputStream in = Stemming.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int bar = line.indexOf('|');
        for (String w : (bar < 0 ? line : line.substring(0, bar)).strip().split("\\s+")) {
          if (!w.isEmpty()) into.add(Importer.words(w));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
