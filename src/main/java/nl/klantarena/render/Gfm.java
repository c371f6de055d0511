package nl.klantarena.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The tool's Markdown read back as a tree, with GitHub's tables, for the report's web page and its
 * plain text: both follow what the Markdown says, so a changed template changes them too.
 */
public final class Gfm {

  /** The extensions the parser and the HTML renderer share: GitHub's tables. */
  public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  /**
   * What a reader wants on one line: a short phrase in brackets ("[phone number]", the report's
   * stand-in for a hidden number), a date ("15 januari 2027"), a word and the short number after it
   * ("ronde 2"), a telephone number written in groups ("053 480 22 10", the letter's contact).
   */
  private static final Pattern TOGETHER =
      Pattern.compile(
          "\\[[^\\[\\]\\n]{1,30}\\]|\\b\\d{1,2} \\p{L}{3,9} \\d{4}\\b|\\S+ \\d{1,3}(?=[),.;:]|$| —)"
              + "|(?<![\\w+])\\+?\\d{2,5}(?: \\d{2,4}){2,4}\\b");

  private Gfm() {}

  /**
   * {@code text} with the spaces inside what belongs together (see above) replaced by {@code
   * space}.
   */
  public static String together(String text, char space) {
    return TOGETHER
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(' ', space)));
  }

  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** The text of a node and everything inside it, without markup, on one line. */
  public static String text(Node node) {
    StringBuilder b = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            b.append(t.getLiteral());
          }

          @Override
          public void visit(Code c) {
            b.append(c.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak s) {
            b.append(' ');
          }

          @Override
          public void visit(HardLineBreak s) {
            b.append(' ');
          }
        });
    return b.toString().strip();
  }

  /**
   * Whether raw HTML from the Markdown is nothing but comments (markdownlint's switches in the
   * templates), which neither the page nor the text shows.
   */
  public static boolean isComment(String html) {
    String s = html.strip();
    while (s.startsWith("<!--")) {
      int end = s.indexOf("-->");
      if (end < 0) return false;
      s = s.substring(end + 3).strip();
    }
    return s.isEmpty();
  }
}
