package nl.klantarena.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns line up by how wide a name is on the screen, not by how many chars it holds. */
class TextTableTest {

  @Test
  void accentsWrittenAsTwoCodePointsAndWideCharactersLineUp() {
    String composed = "Hüseyin";
    String decomposed = "Hu\u0308seyin"; // u + combining diaeresis: 8 chars, 7 columns
    String chinese = "王芳"; // 2 chars, 4 columns
    StringBuilder b = new StringBuilder();
    TextTable.append(
        b,
        List.of(
            new String[] {composed, "x"},
            new String[] {decomposed, "x"},
            new String[] {chinese, "x"},
            new String[] {"Anna", "x"}),
        "  ",
        2);
    assertEquals("  Hüseyin  x\n  Hu\u0308seyin  x\n  王芳     x\n  Anna     x\n", b.toString());
  }

  @Test
  void aCellIsOneLineWithoutControlCharacters() {
    StringBuilder b = new StringBuilder();
    TextTable.append(b, List.<String[]>of(new String[] {"a\nb\u001b[2J", "\u202Eevil"}), "", 1);
    assertEquals("a b<U+001B>[2J <U+202E>evil\n", b.toString());
  }
}
