package nl.klantarena.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Wrapping never turns a word at the start of a line into Markdown structure. */
class WrapTest {

  private static final String FILL = "x".repeat(79);

  @Test
  void linesStayWithinEightyColumnsAndALongWordStaysWhole() {
    String text = "word ".repeat(40) + "y".repeat(100);
    String out = Wrap.markdown(text, "- ", "  ");
    List<String> lines = out.lines().toList();
    assertTrue(lines.stream().limit(lines.size() - 1).allMatch(l -> l.length() <= Wrap.WIDTH), out);
    assertTrue(lines.get(lines.size() - 1).endsWith("y".repeat(100)), out);
  }

  @Test
  void noWordOpensAListAHeadingAQuoteOrABreakWhereItStartsALine() {
    for (String word :
        List.of("-", "+", "*", "#", "###", ">", ">quote", "---", "===", "12.", "3)")) {
      String md = Wrap.markdown(FILL + " " + word + " and more", "", "");
      assertEquals(2, md.lines().count(), md);
      // a marker starts the second line, escaped; a number stays with the word before it
      if (!Character.isDigit(word.charAt(0)))
        assertTrue(md.lines().toList().get(1).startsWith("\\" + word), md);
      Node doc = Parser.builder().build().parse(md);
      boolean[] structure = {false};
      doc.accept(
          new AbstractVisitor() {
            @Override
            public void visit(BulletList n) {
              structure[0] = true;
            }

            @Override
            public void visit(OrderedList n) {
              structure[0] = true;
            }

            @Override
            public void visit(Heading n) {
              structure[0] = true;
            }

            @Override
            public void visit(BlockQuote n) {
              structure[0] = true;
            }

            @Override
            public void visit(ThematicBreak n) {
              structure[0] = true;
            }
          });
      assertTrue(!structure[0], word + " became structure:\n" + md);
    }
  }

  @Test
  void plainTextIsWrappedButNotEscaped() {
    String out = Wrap.plain(new StringBuilder(), FILL + " - and more", "", "").toString();
    assertEquals(FILL + "\n- and more", out);
  }
}
