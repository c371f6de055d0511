package nl.klantarena.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.render.Figure;
import nl.klantarena.render.Figures;
import nl.klantarena.render.Gfm;
import nl.klantarena.render.Xml;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub-flavoured Markdown as one self-contained web page: the stylesheet inside it (for the
 * screen and for printing on A4), charts as inline SVG in place of their Mermaid blocks, and a
 * Content-Security-Policy that forbids the page every request (no font, script, image or style from
 * elsewhere; only its own stylesheet, named by its hash, applies).
 *
 * <p>The page follows the Markdown: whatever a template says is what the page says. HTML inside the
 * Markdown (markdownlint's comments in the templates) is left out when it is a comment and shown as
 * text otherwise; a picture is shown as its alternative text, so that nothing is fetched.
 */
public final class HtmlPage {

  private static final String CSS = "\n" + resource("page.css");

  /**
   * Everything external is forbidden; the one stylesheet is allowed by its hash (so a style
   * attribute or a second style element in the page would not apply either).
   */
  static final String POLICY =
      "default-src 'none'; style-src '"
          + sha256(CSS)
          + "'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  private static final char NBSP = '\u00a0';

  private HtmlPage() {}

  /**
   * The page for {@code markdown}.
   *
   * @param lang the language of the text, for the {@code lang} attribute ({@code nl}, {@code en})
   * @param figures the charts that stand in for fenced blocks
   */
  public static String render(String markdown, String lang, Figures figures) {
    Node doc = Gfm.parse(markdown);
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            // first: the factory added first renders a node type, and the tables extension adds one
            .nodeRendererFactory(c -> new Blocks(c, figures))
            .extensions(Gfm.EXTENSIONS)
            .sanitizeUrls(true)
            .build();
    StringBuilder b = new StringBuilder(markdown.length() * 2 + CSS.length() + 8192);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(Xml.text(lang)).append("\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n");
    b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(POLICY)
        .append("\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<title>").append(Xml.text(title(doc))).append("</title>\n");
    b.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    renderer.render(doc, b);
    return b.append("</main>\n</body>\n</html>\n").toString();
  }

  /** The text of the first heading of the highest level: the page's title. */
  static String title(Node doc) {
    Heading best = null;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && (best == null || h.getLevel() < best.getLevel())) best = h;
    }
    return best == null ? "" : Gfm.text(best);
  }

  /** Charts, tables, pictures and raw HTML as this page shows them. */
  private static final class Blocks implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Figures figures;
    private int count;

    Blocks(HtmlNodeRendererContext context, Figures figures) {
      this.context = context;
      this.html = context.getWriter();
      this.figures = figures;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(
          FencedCodeBlock.class,
          TableBlock.class,
          Image.class,
          HtmlBlock.class,
          HtmlInline.class,
          Text.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Text t) text(t.getLiteral());
      else if (node instanceof FencedCodeBlock f) fenced(f);
      else if (node instanceof TableBlock t) table(t);
      else if (node instanceof Image i) html.text(Gfm.text(i));
      else if (node instanceof HtmlBlock h) {
        if (!Gfm.isComment(h.getLiteral())) {
          html.line();
          html.tag("p");
          html.text(h.getLiteral().strip());
          html.tag("/p");
          html.line();
        }
      } else if (node instanceof HtmlInline h && !Gfm.isComment(h.getLiteral())) {
        html.text(h.getLiteral());
      }
    }

    /**
     * Text, with each ISO date marked as a {@code <time>}: the stylesheet keeps it on one line (a
     * narrow table column would otherwise break it at a hyphen); and with no-break spaces where
     * words belong together ({@link Gfm#together}: "ronde&nbsp;2").
     */
    private void text(String literal) {
      String s = Gfm.together(literal, NBSP);
      Matcher m = ISO_DATE.matcher(s);
      int at = 0;
      while (m.find()) {
        plain(s.substring(at, m.start()));
        html.tag("time", Map.of("datetime", m.group()));
        html.text(m.group());
        html.tag("/time");
        at = m.end();
      }
      plain(s.substring(at));
    }

    /** Text with its no-break spaces written as {@code &nbsp;}, which a reader of the file sees. */
    private void plain(String s) {
      int at = 0;
      for (int nb = s.indexOf(NBSP); nb >= 0; nb = s.indexOf(NBSP, at)) {
        html.text(s.substring(at, nb));
        html.raw("&nbsp;");
        at = nb + 1;
      }
      html.text(s.substring(at));
    }

    private void fenced(FencedCodeBlock f) {
      String info = f.getInfo() == null ? "" : f.getInfo().strip();
      Optional<Figure> figure = figures.of(info, f.getLiteral(), "chart-" + (count + 1));
      html.line();
      if (figure.isPresent()) {
        count++;
        html.tag("figure", Map.of("class", "chart"));
        html.line();
        html.tag("figcaption");
        html.text(figure.get().title());
        html.tag("/figcaption");
        html.line();
        html.raw(figure.get().svg());
        html.line();
        html.tag("/figure");
      } else {
        html.tag("pre");
        String word = info.isEmpty() ? "" : info.split("\\s+")[0];
        html.tag("code", word.isEmpty() ? Map.of() : Map.of("class", "language-" + word));
        html.text(f.getLiteral());
        html.tag("/code");
        html.tag("/pre");
      }
      html.line();
    }

    /** A table in a box that scrolls sideways on a narrow screen; header cells name a column. */
    private void table(TableBlock t) {
      html.line();
      html.tag("div", Map.of("class", "table"));
      html.tag("table");
      html.line();
      for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
        boolean head = part instanceof TableHead;
        html.tag(head ? "thead" : "tbody");
        html.line();
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          html.tag("tr");
          for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            TableCell cell = (TableCell) c;
            Map<String, String> attrs = new LinkedHashMap<>();
            if (cell.isHeader()) attrs.put("scope", "col");
            if (cell.getAlignment() != null)
              attrs.put("class", cell.getAlignment().name().toLowerCase(Locale.ROOT));
            String tag = cell.isHeader() ? "th" : "td";
            html.tag(tag, attrs);
            for (Node in = cell.getFirstChild(); in != null; in = in.getNext()) context.render(in);
            html.tag("/" + tag);
          }
          html.tag("/tr");
          html.line();
        }
        html.tag(head ? "/thead" : "/tbody");
        html.line();
      }
      html.tag("/table");
      html.tag("/div");
      html.line();
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Content-Security-Policy source for this text: {@code sha256-<base64>}. */
  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
