package nl.klantarena.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any label and any text: matching a name never fails, and the mentions of a text lie inside it, in
 * order, never overlapping. Runs its committed inputs in {@code mvn verify}; fuzz with {@code
 * JAZZER_FUZZ=1}.
 */
class NamesFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyLabelAndAnyText(FuzzedDataProvider data) {
    String label = data.consumeString(200);
    String text = data.consumeRemainingAsString();
    People.Match m = PeopleTest.PEOPLE.match(label);
    assertTrue(!(m.found() && m.ambiguous()), label);
    PeopleTest.PEOPLE.suggest(label);
    List<Mentions.Mention> found =
        Mentions.of(PeopleTest.PEOPLE.all(), PeopleTest.PEOPLE.all()).find(text);
    int at = 0;
    for (Mentions.Mention x : found) {
      assertTrue(x.start() >= at && x.start() < x.end() && x.end() <= text.length(), text);
      assertTrue(!x.people().isEmpty(), text);
      at = x.end();
    }
  }
}
