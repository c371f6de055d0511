package nl.klantarena.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.klantarena.render.Dates;
import nl.klantarena.session.Person;
import nl.klantarena.testing.Chromium;
import nl.klantarena.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Slow
class SeatingTest {

  static final String BIG = "src/test/resources/plan/big.yaml";

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The text of every {@code <text>} and {@code <title>} element. */
  static List<String> texts(Document d, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nl = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    for (int i = 0; i < nl.getLength(); i++) out.add(nl.item(i).getTextContent());
    return out;
  }

  @Test
  void isWellFormedA4AndHoldsEveryName() throws Exception {
    for (String file :
        List.of(
            BIG,
            "examples/nl/session.yaml",
            "examples/en/session.yaml",
            "src/test/resources/plan/warn.yaml")) {
      Plan p = Plans.load(file);
      Document d = parse(Seating.render(p));
      Element svg = d.getDocumentElement();
      assertEquals("svg", svg.getLocalName());
      assertEquals("210mm", svg.getAttribute("width"));
      assertEquals("297mm", svg.getAttribute("height"));
      assertEquals("0 0 210 297", svg.getAttribute("viewBox"));
      List<String> titles = texts(d, "title");
      // the lists may break a long name over two lines: compare without spaces
      String listed = String.join("", texts(d, "text")).replace(" ", "");
      List<Person> people = new ArrayList<>(p.session().customers());
      people.addAll(p.session().staff());
      people.add(p.session().facilitator());
      for (Person person : people) {
        assertTrue(titles.contains(person.name()), file + ": seat titled " + person.name());
        assertTrue(
            listed.contains(person.name().replace(" ", "")), file + ": listed " + person.name());
      }
      assertTrue(listed.contains(p.session().title().replace(" ", "")), file + ": title");
      assertTrue(
          String.join("", texts(d, "text"))
              .contains(Dates.longDate(p.session().date(), p.session().language())));
    }
  }

  @Test
  void seatsSitInTheirRings() throws Exception {
    Plan p = Plans.load(BIG);
    Document d = parse(Seating.render(p));
    NodeList circles = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
    int inner = 0;
    int outer = 0;
    for (int i = 0; i < circles.getLength(); i++) {
      Element c = (Element) circles.item(i);
      if (!(c.getParentNode() instanceof Element g) || !"g".equals(g.getLocalName())) continue;
      double dx = Double.parseDouble(c.getAttribute("cx")) - Seating.CX;
      double dy = Double.parseDouble(c.getAttribute("cy")) - Seating.CY;
      double r = Math.hypot(dx, dy);
      if (Math.abs(r - Seating.INNER_R) < 0.1) inner++;
      else if (Math.abs(r - Seating.OUTER_R) < 0.1) outer++;
      else throw new AssertionError("seat off its ring at r=" + r);
    }
    assertEquals(15 + 1, inner, "customers and the facilitator");
    assertEquals(20, outer, "staff");
  }

  @Test
  void noLabelsOverlapAndAllAreReadableOnThePage() {
    Plan p = Plans.load(BIG);
    assertEquals(15, p.session().customers().size());
    assertEquals(20, p.session().staff().size());
    List<Seating.Label> labels = Seating.labels(p);
    for (int i = 0; i < labels.size(); i++) {
      Seating.Label a = labels.get(i);
      assertTrue(a.size() >= 3.175, "at least 9 pt: " + a);
      assertTrue(
          a.left() >= 0
              && a.left() + a.width() <= Seating.WIDTH
              && a.top() >= 0
              && a.bottom() <= Seating.HEIGHT,
          "on the page: " + a);
      for (int j = i + 1; j < labels.size(); j++) {
        assertFalse(a.overlaps(labels.get(j)), a + " overlaps " + labels.get(j));
      }
    }
  }

  @Test
  void overlapTestSeesOverlap() {
    var a = new Seating.Label("Wilhelmina", 10, 10, 3.4, "start");
    assertTrue(a.overlaps(new Seating.Label("x", 20, 11, 3.4, "start")));
    assertFalse(a.overlaps(new Seating.Label("x", 20, 16, 3.4, "start")));
    assertTrue(a.overlaps(new Seating.Label("Bakker", 12, 10, 3.4, "end")));
  }

  @Test
  void escapesXml() throws Exception {
    assertEquals(
        "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", Seating.xml("a & b <c> \"d\" 'e'"));
    assertEquals("ab", Seating.xml("a\u0001b"));
    Plan p = Plans.load("src/test/resources/plan/warn.yaml");
    Document d = parse(Seating.render(p));
    assertTrue(texts(d, "title").contains("Bert <b>Bold</b>"));
  }

  /**
   * Renders the seating plan with headless Chromium ({@code -Dklantarena.chromium=/path}, see
   * {@link Chromium}). Checks that a page came out with ink on it in each ring's colour.
   */
  @Test
  void rendersInChromium(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("seating.svg");
    Files.writeString(svg, Seating.render(Plans.load(BIG)), StandardCharsets.UTF_8);
    Path png = dir.resolve("seating.png");
    Chromium.run(
        dir,
        "--hide-scrollbars",
        "--screenshot=" + png,
        "--window-size=794,1123",
        svg.toUri().toString());
    assertTrue(Files.exists(png), "screenshot written");
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(794, img.getWidth());
    int orange = 0;
    int blue = 0;
    int dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 220 && g > 140 && g < 180 && b < 120) orange++;
        if (r < 80 && g > 90 && g < 130 && b > 130) blue++;
        if (r < 60 && g < 60 && b < 60) dark++;
      }
    }
    assertTrue(orange > 500, "inner ring drawn: " + orange);
    assertTrue(blue > 500, "outer ring drawn: " + blue);
    assertTrue(dark > 2000, "names written: " + dark);
  }
}
