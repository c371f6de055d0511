package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format html} and {@code --format text}: what their readers get. */
class ReportPageTest {

  static final String EN = ReportCommandTest.EN;
  static final String NL = ReportCommandTest.NL;
  static final String TODAY = ReportCommandTest.TODAY;

  static CliRun.Result run(CliRun cli, String... args) {
    List<String> a = new ArrayList<>(List.of("report", "--today", TODAY));
    a.addAll(List.of(args));
    return cli.run(a.toArray(String[]::new));
  }

  static String page(String file, String audience, String format) {
    var r = run(CliRun.inProject(), file, "--audience", audience, "--format", format);
    assertEquals(0, r.exit(), r.toString());
    return r.out();
  }

  /**
   * Whatever in the page would make a browser fetch something: an element that loads (img, script,
   * link, iframe, object, embed, audio, video, source), an attribute that names a source, a
   * stylesheet's url() or @import, and any address (http, https or a scheme-relative //) in an
   * attribute. A link ({@code <a href>}) fetches nothing until it is followed.
   */
  static List<String> requests(String html) {
    List<String> out = new ArrayList<>();
    Pattern loads =
        Pattern.compile(
            "(?i)img|script|link|iframe|frame|object|embed|audio|video|source|track|base|input");
    Pattern source =
        Pattern.compile("(?i)\\s(src|srcset|poster|data|action|formaction|background|xlink:href)=");
    Pattern address = Pattern.compile("(?i)\\s([a-z:-]+)=\"(?:https?:)?//");
    Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>").matcher(html);
    while (tag.find()) {
      String name = tag.group(1);
      String attrs = tag.group(2);
      if (loads.matcher(name).matches()) out.add(tag.group());
      if (source.matcher(attrs).find()) out.add(tag.group());
      Matcher a = address.matcher(attrs);
      while (a.find())
        if (!(name.equalsIgnoreCase("a") && a.group(1).equalsIgnoreCase("href")))
          out.add(tag.group());
    }
    String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    Matcher m = Pattern.compile("(?i)url\\(|@import").matcher(css);
    while (m.find()) out.add(m.group());
    return out;
  }

  @Test
  void theWebPageLoadsNothingFromElsewhere() throws Exception {
    for (String file : List.of(EN, NL, "examples/nl/session.yaml")) {
      for (String audience : List.of("staff", "customers")) {
        String html = page(file, audience, "html");
        assertEquals(List.of(), requests(html), file + " " + audience);
        Matcher tag = Pattern.compile("<[^>]*>").matcher(html.replace("http-equiv", ""));
        while (tag.find())
          assertFalse(tag.group().contains("http"), "an address in a tag: " + tag.group());
        // the policy comes before anything it governs, and names the page's own stylesheet
        int policy = html.indexOf("<meta http-equiv=\"Content-Security-Policy\"");
        int style = html.indexOf("<style>");
        assertTrue(policy > 0 && policy < style, html);
        assertTrue(html.contains("content=\"default-src 'none'; "), html);
        String css = html.substring(style + "<style>".length(), html.indexOf("</style>"));
        byte[] d =
            MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
        assertTrue(
            html.contains("style-src 'sha256-" + Base64.getEncoder().encodeToString(d) + "'"),
            "the policy's hash is the stylesheet's");
        assertEquals(1, count(html, "<style>"), "one stylesheet");
        assertFalse(html.contains(" style=\""), "no style attribute (the policy would refuse it)");
      }
    }
  }

  @Test
  void whatATemplateAddsIsShownNotFetched(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(EN), dir.resolve("session.yaml"));
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        dir.resolve("templates/report-staff.md.mustache"),
        """
        # {{title}}

        ![logo](https://example.org/logo.png) and ![tracker](//example.org/t.gif)

        <img src="https://example.org/pixel.png">

        <script>alert(1)</script> <iframe src="https://example.org/"></iframe>

        [click](javascript:alert(1)) and [our site](https://example.org/feedback)

        <!-- a comment for markdownlint -->
        """);
    var r = run(CliRun.in(dir), "session.yaml", "--format", "html");
    assertEquals(0, r.exit(), r.toString());
    String html = r.out();
    assertEquals(List.of(), requests(html), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML shown as text");
    assertTrue(html.contains("logo and tracker"), "a picture is its alternative text: " + html);
    assertTrue(html.contains(" href=\"https://example.org/feedback\">our site</a>"), html);
    assertFalse(html.contains("markdownlint"), "comments are left out");
    String text = run(CliRun.in(dir), "session.yaml", "--format", "text").out();
    assertTrue(text.contains("our site (https://example.org/feedback)"), text);
    assertFalse(text.contains("markdownlint"), text);
  }

  @Test
  void theWebPageIsAccessible() {
    for (String file : List.of(EN, NL)) {
      String lang = file.equals(EN) ? "en" : "nl";
      String md = page(file, "staff", "md");
      String html = page(file, "staff", "html");
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n"), html);
      String h1 = md.lines().filter(l -> l.startsWith("# ")).findFirst().orElseThrow();
      assertTrue(html.contains("<title>" + h1.substring(2).replace("&", "&amp;") + "</title>"), h1);
      assertEquals(count(html, "<th "), count(html, "<th scope=\"col\""), "cells name columns");
      assertTrue(count(html, "<th ") >= 11, "the programme's and the actions' headers");
      List<String> svgs = elements(html, "svg");
      assertEquals(2, svgs.size(), "the programme and the notes per theme");
      for (String svg : svgs) {
        assertTrue(svg.contains(" role=\"img\""), svg);
        Matcher ids = Pattern.compile("aria-labelledby=\"([^ \"]+) ([^\"]+)\"").matcher(svg);
        assertTrue(ids.find(), svg);
        assertTrue(svg.contains("<title id=\"" + ids.group(1) + "\">"), svg);
        assertTrue(svg.contains("<desc id=\"" + ids.group(2) + "\">"), svg);
      }
      // the charts say in words what the Markdown's Mermaid blocks hold
      String gantt = md.substring(md.indexOf("```mermaid\ngantt"));
      Matcher slot = Pattern.compile("\\n  ([^:\\n]+) : (\\d\\d:\\d\\d), (\\d+)m").matcher(gantt);
      int slots = 0;
      while (slot.find() && slot.start() < gantt.indexOf("\n```")) {
        // as the session's language writes a time: 15:00 in English, 15.00 in Dutch
        String time = slot.group(2);
        String dutch = Integer.parseInt(time.substring(0, 2)) + "." + time.substring(3);
        String d = desc(svgs.get(0));
        assertTrue(d.contains(time + "–") || d.contains(dutch + "–"), slot.group() + " in " + d);
        slots++;
      }
      assertEquals(6, slots);
      String pie = md.substring(md.indexOf("```mermaid\npie"));
      Matcher slice = Pattern.compile("\\n  \"([^\"]+)\" : (\\d+)").matcher(pie);
      int slices = 0;
      while (slice.find() && slice.start() < pie.indexOf("\n```")) {
        assertTrue(desc(svgs.get(1)).contains(slice.group(1) + ": " + slice.group(2) + " "), pie);
        slices++;
      }
      assertTrue(slices >= 3, pie);
    }
  }

  @Test
  void thePageAndTheTextFollowTheTemplate(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(NL), dir.resolve("session.yaml"));
    Files.copy(Path.of(NL).resolveSibling("notes.csv"), dir.resolve("notes.csv"));
    Files.createDirectories(dir.resolve("templates/nl"));
    Files.writeString(
        dir.resolve("templates/nl/report-staff.md.mustache"),
        "# Eigen kop: {{title}}\n\n{{gantt}}\n\nTot slot.\n");
    String html = run(CliRun.in(dir), "session.yaml", "--format", "html").out();
    assertTrue(html.contains("<h1>Eigen kop: Klantarena huurders, najaar 2026</h1>"), html);
    assertEquals(1, count(html, "<figure class=\"chart\">"), "the gantt only, no pie");
    assertTrue(html.contains("<p>Tot slot.</p>"), html);
    String text = run(CliRun.in(dir), "session.yaml", "--format", "text").out();
    assertEquals(
        """
        Eigen kop: Klantarena huurders, najaar 2026
        ===========================================

        Tot slot.
        """,
        text,
        "the programme's chart has no text of its own (its table says the same)");
  }

  @Test
  void theTextHasNoMarkdownInIt(@TempDir Path dir) throws Exception {
    String session = Files.readString(Path.of(EN));
    Files.writeString(
        dir.resolve("session.yaml"),
        session.replace("organisation: Westmoor Water", "organisation: Spokes & Sprockets"));
    Files.copy(Path.of(EN).resolveSibling("notes.csv"), dir.resolve("notes.csv"));
    for (String audience : List.of("staff", "customers")) {
      String md = run(CliRun.in(dir), "session.yaml", "--audience", audience, "--quotes").out();
      assertTrue(md.contains("Spokes \\& Sprockets") && md.contains("\\[phone number\\]"), md);
      var r =
          run(
              CliRun.in(dir),
              "session.yaml",
              "--audience",
              audience,
              "--format",
              "text",
              "--quotes");
      assertEquals(0, r.exit(), r.toString());
      String text = r.out();
      assertTrue(text.contains("Spokes & Sprockets"), text);
      assertTrue(text.contains("[phone number]"), text);
      assertTrue(
          text.contains("# Estimates are *always* too high") || audience.equals("customers"));
      for (String markup : List.of("\\&", "\\[", "\\]", "\\|", "\\*", "**", "<!--", "```", "| ---"))
        assertFalse(text.contains(markup), audience + ": " + markup + " in\n" + text);
      for (String line : text.lines().toList()) {
        assertTrue(
            line.length() <= 72 || !line.strip().contains(" "),
            audience + ": longer than 72 columns: " + line);
        assertFalse(line.endsWith(" "), "trailing space: [" + line + "]");
      }
      // the report ends with its reconciliation line, the letter with the contact's address
      assertTrue(
          (audience.equals("staff") ? text.endsWith(".\n") : text.endsWith(".co.uk\n"))
              && !text.endsWith("\n\n"),
          text);
    }
  }

  @Test
  void aNarrowTableStaysATableAndAWideOneBecomesAList() {
    String text = page(EN, "staff", "text");
    assertTrue(
        text.contains(
            """
            Time         Block                        Minutes
            -----------  ---------------------------  -------
            14:00–14:30  Arrival and welcome               30
            """),
        text);
    assertTrue(text.contains("\nActions\n-------\n\n- ID: "), text);
    assertTrue(text.contains("\n  Status: open, *overdue*\n"), "bold as mail writes it: " + text);
    assertTrue(text.contains("Report: Customer arena on billing"), text);
    assertTrue(text.contains("\nNotes per theme\n\n- Understanding your bill: 4 notes\n"), text);
  }

  @Test
  void oneWebPageAtATime() {
    var r = run(CliRun.inProject(), EN, NL, "--format", "html");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().contains("--format html makes one page, but 2 sessions were given"), r.err());
    assertEquals("", r.out());
    var text = run(CliRun.inProject(), EN, NL, "--format", "text");
    assertEquals(0, text.exit(), text.toString());
  }

  static String desc(String svg) {
    return svg.substring(svg.indexOf("<desc"), svg.indexOf("</desc>"));
  }

  static List<String> elements(String html, String tag) {
    List<String> out = new ArrayList<>();
    int at = 0;
    while ((at = html.indexOf("<" + tag + " ", at)) >= 0) {
      int end = html.indexOf("</" + tag + ">", at);
      out.add(html.substring(at, end));
      at = end;
    }
    return out;
  }

  static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) n++;
    return n;
  }
}
