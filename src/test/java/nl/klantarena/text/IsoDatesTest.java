package nl.klantarena.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IsoDates reads a yyyy-mm-dd date exactly as LocalDate.parse does, without its formatter. */
class IsoDatesTest {

  private static String either(String text) {
    String ours;
    try {
      ours = IsoDates.parse(text).toString();
    } catch (DateTimeException e) {
      ours = "not a date";
    }
    return ours;
  }

  private static String jdk(String text) {
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeException e) {
      return "not a date";
    }
  }

  @Test
  void agreesWithTheJdkOnEveryDayAndOnWhatIsNoDate() {
    List<String> texts = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2023, 12, 25); d.isBefore(LocalDate.of(2028, 3, 5)); ) {
      texts.add(d.toString());
      d = d.plusDays(1);
    }
    texts.addAll(
        List.of(
            "2026-02-29",
            "2028-02-29",
            "2100-02-29",
            "2000-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-1-01",
            "2026-01-1",
            "26-01-01",
            "2026/01/01",
            "2026-01-01 ",
            " 2026-01-01",
            "2026-01-01T10:00",
            "+2026-01-01",
            "0000-01-01",
            "9999-12-31",
            "２０２６-０１-０１",
            "2026‐01‐01",
            "",
            "2026-0a-01"));
    for (String t : texts) assertEquals(jdk(t), either(t), t);
  }
}
