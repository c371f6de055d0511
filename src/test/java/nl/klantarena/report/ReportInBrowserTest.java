package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.klantarena.testing.Chromium;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dutch example's report as a web page in headless Chromium: a screenshot and a printed PDF,
 * kept in {@code target/report-html/} for people to look at (CI keeps them as build artifacts), and
 * a net log that shows the page asked for nothing.
 */
@Slow
class ReportInBrowserTest {

  static final Path KEPT = Path.of("target/report-html");
  static final int ACCENT = 0x2f6690;

  static String page(String audience) {
    var r =
        CliRun.inProject()
            .run(
                "report",
                "examples/nl/session.yaml",
                "--today",
                "2026-11-22",
                "--audience",
                audience,
                "--format",
                "html");
    assertEquals(0, r.exit(), r.toString());
    return r.out();
  }

  @Test
  void theDutchExampleShowsPrintsOnA4AndFetchesNothing(@TempDir Path tmp) throws Exception {
    Chromium.binary();
    Files.createDirectories(KEPT);
    for (String audience : List.of("staff")) {
      String name = "verslag-nl";
      Path html = KEPT.resolve(name + ".html").toAbsolutePath();
      Files.writeString(html, page(audience), StandardCharsets.UTF_8);
      Path png = KEPT.resolve(name + ".png").toAbsolutePath();
      Path pdf = KEPT.resolve(name + ".pdf").toAbsolutePath();
      Path net = tmp.resolve(name + ".netlog.json");
      Files.deleteIfExists(png);
      Files.deleteIfExists(pdf);

      Chromium.run(
          tmp,
          "--hide-scrollbars",
          "--window-size=1000,1400",
          "--log-net-log=" + net,
          "--screenshot=" + png,
          html.toUri().toString());
      assertTrue(Files.exists(png), "screenshot written");
      assertEquals(List.of(), Chromium.pageRequests(net), name + ": the page asked for nothing");
      BufferedImage img = ImageIO.read(png.toFile());
      assertEquals(1000, img.getWidth());
      int accent = 0;
      int ink = 0;
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          int rgb = img.getRGB(x, y) & 0xffffff;
          if (near(rgb, ACCENT)) accent++;
          if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 90) ink++;
        }
      }
      assertTrue(ink > 5000, name + ": text written: " + ink);
      if (audience.equals("staff")) {
        // both charts are in the first screen: bars of the rounds and of the themes
        assertTrue(accent > 10000, name + ": charts drawn: " + accent);
      }

      Chromium.run(tmp, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
      assertTrue(Files.exists(pdf), "PDF written");
      String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
      assertTrue(raw.startsWith("%PDF-"), name);
      int pages = count(raw, Pattern.compile("/Type\\s*/Page\\b"));
      assertTrue(
          audience.equals("staff") ? pages >= 3 && pages <= 8 : pages >= 1 && pages <= 3,
          name + ": pages " + pages);
      Matcher box = Pattern.compile("/MediaBox\\s*\\[0 0 ([\\d.]+) ([\\d.]+)\\]").matcher(raw);
      assertTrue(box.find(), name + ": a page size");
      assertEquals(595, Math.round(Double.parseDouble(box.group(1))), "A4 is 595 points wide");
      assertEquals(842, Math.round(Double.parseDouble(box.group(2))), "and 842 points high");
    }
  }

  /**
   * The net log does see a request when a page makes one, and the page's policy refuses it: the
   * report with a picture from elsewhere slipped in fetches nothing; without its policy it would.
   */
  @Test
  void thePolicyRefusesWhatAPageWouldFetch(@TempDir Path tmp) throws Exception {
    Chromium.binary();
    String probe = "<main>\n<img src=\"http://127.0.0.1:9/probe.png\" alt=\"\">";
    String html = page("customers").replace("<main>", probe);
    Path guarded = tmp.resolve("guarded.html");
    Files.writeString(guarded, html);
    Path open = tmp.resolve("open.html");
    Files.writeString(
        open, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
    for (Path page : List.of(guarded, open)) {
      Path net = tmp.resolve(page.getFileName() + ".netlog.json");
      Chromium.run(
          tmp,
          "--window-size=800,600",
          "--log-net-log=" + net,
          "--screenshot=" + tmp.resolve(page.getFileName() + ".png"),
          page.toUri().toString());
      List<String> asked = Chromium.pageRequests(net);
      if (page == guarded) assertEquals(List.of(), asked, "the policy refuses the picture");
      else assertEquals(List.of("http://127.0.0.1:9/probe.png"), asked, "without it: fetched");
    }
  }

  static boolean near(int rgb, int colour) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xff) - ((colour >> shift) & 0xff)) > 12) return false;
    }
    return true;
  }

  static int count(String s, Pattern p) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
