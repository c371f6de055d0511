package nl.klantarena.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.klantarena.finding.SourcePos;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The thousand most common Dutch family names (see src/test/resources/names/README.md), each as the
 * surname of a customer: found after a title, with initials, in a directory's order, and in a
 * sentence of the letter.
 */
class DutchSurnamesTest {

  record Surname(String natural, String directory) {}

  static List<Surname> surnames() throws Exception {
    List<Surname> out = new ArrayList<>();
    try (Reader r =
        Files.newBufferedReader(
            Path.of("src/test/resources/names/dutch-surnames-top-1000.csv"),
            StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().get().parse(r))
        out.add(new Surname(rec.get(0), rec.get(1)));
    }
    return out;
  }

  static Person customer(String name) {
    return new Person(
        Role.CUSTOMER,
        name,
        "",
        "",
        null,
        "",
        true,
        List.of(),
        Origin.at(new SourcePos("session.yaml", 1, 1)));
  }

  @Test
  void everySurnameIsFoundInEveryForm() throws Exception {
    List<String> missed = new ArrayList<>();
    List<Surname> all = surnames();
    assertEquals(1000, all.size());
    for (Surname s : all) {
      Person anna = customer("Anna " + s.natural());
      People people = People.of(List.of(anna, customer("Bert Zandvoort")));
      // "Berg, van den" is "Berg, Anna van den" for Anna van den Berg
      int comma = s.directory().indexOf(',');
      String directory =
          comma < 0
              ? s.directory() + ", Anna"
              : s.directory().substring(0, comma) + ", Anna" + s.directory().substring(comma + 1);
      for (String label :
          List.of(
              "mevrouw " + s.natural(),
              "mevr. A. " + s.natural(),
              directory,
              "Anna " + s.natural() + " (Guest)")) {
        if (people.find(label) != anna) missed.add(label);
      }
      String sentence = "Gisteren belde mevrouw " + s.natural() + " ons op.";
      var found = Mentions.of(List.of(anna), people.all()).find(sentence);
      if (found.size() != 1
          || !sentence
              .substring(found.get(0).start(), found.get(0).end())
              .equals("mevrouw " + s.natural())) missed.add(sentence);
    }
    assertEquals(List.of(), missed);
  }
}
