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

  @Test
  void theReportAsPlainTextLinesUpItsTablesTheSameWay() {
    String md =
        "| owner | due |\n| --- | ---: |\n| Hu\u0308seyin | 1 |\n| 王芳 | 22 |\n| Anna | 333 |\n";
    String text = PlainText.render(md, Figures.NONE);
    assertEquals(
        "owner    due\n-------  ---\nHu\u0308seyin    1\n王芳      22\nAnna     333\n", text);
  }

  @Test
  void plainTextWrapsByColumnsOnTheScreen() {
    // 30 CJK characters take 60 columns: two of them do not fit a line of 80 beside each other
    String wide = "王".repeat(30);
    String out = Wrap.plain(new StringBuilder(), wide + " " + wide, "", "").toString();
    assertEquals(wide + "\n" + wide, out);
    // a combining accent takes no column: 79 columns and one more word of one still fit
    String accents = "u\u0308".repeat(78);
    assertEquals(
        accents + " x", Wrap.plain(new StringBuilder(), accents + " x", "", "").toString());
  }
}
