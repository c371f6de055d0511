package nl.klantarena.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.text.Width;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding with a second position, in each of the three formats. */
class FindingPrinterTest {

  private static final Messages EN = Messages.of("en");

  private static final String FILE =
      """
      participants:
        facilitator: {name: Frank White
        customers:
          - Anna
        staff:
      """;

  private static Finding unclosed(int relatedLine, int relatedColumn, String relatedFile) {
    return new Finding(
            new SourcePos("s.yaml", 2, 16),
            Severity.ERROR,
            "KA100",
            "YAML syntax: the \"{\" opened here is not closed",
            "close it",
            null)
        .withRelated(new SourcePos(relatedFile, relatedLine, relatedColumn), "noticed here");
  }

  private static String text(Path dir, Finding f) {
    StringWriter err = new StringWriter();
    try (PrintWriter w = new PrintWriter(err)) {
      new FindingPrinter(dir, false, EN).text(List.of(f), w);
    }
    return err.toString();
  }

  @Test
  void theCaretStandsUnderTheColumnAfterAnEmoji(@TempDir Path dir) throws IOException {
    // a column counts characters (an emoji is one, as the YAML reader and the importer count),
    // while Java holds an emoji as two chars; on the screen it is two cells wide
    String line = "  - {name: \uD83D\uDE42 Anna, emial: a@b.nl}";
    Files.writeString(dir.resolve("s.yaml"), "customers:\n" + line + "\n");
    int at = line.indexOf("emial");
    int column = line.codePointCount(0, at) + 1;
    Finding f =
        new Finding(
            new SourcePos("s.yaml", 2, column),
            Severity.ERROR,
            "KA101",
            "unknown key \"emial\"",
            "",
            null);
    String caret = text(dir, f).lines().filter(l -> l.contains("^")).findFirst().orElseThrow();
    String under = caret.substring(caret.indexOf("| ") + 2);
    assertEquals(Width.of(line.substring(0, at)), under.indexOf('^'), text(dir, f));
  }

  @Test
  void textShowsBothLinesInOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s.yaml"), FILE);
    assertEquals(
        """
        s.yaml:2:16: error[KA100]: YAML syntax: the "{" opened here is not closed
           |
         2 |   facilitator: {name: Frank White
           |                ^
         3 |   customers:
           |            - noticed here
          = hint: close it
        """,
        text(dir, unclosed(3, 12, "s.yaml")));
  }

  @Test
  void linesApartAreSeparatedAndAnEarlierSecondPositionComesFirst(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("s.yaml"), FILE);
    Finding f =
        new Finding(new SourcePos("s.yaml", 5, 3), Severity.ERROR, "KA100", "twice", "")
            .withRelated(new SourcePos("s.yaml", 1, 1), "first here");
    assertEquals(
        """
        s.yaml:5:3: error[KA100]: twice
           |
         1 | participants:
           | - first here
        ...
         5 |   staff:
           |   ^
        """,
        text(dir, f));
  }

  @Test
  void aSecondPositionOnTheSameLineGetsItsOwnMarker(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s.yaml"), FILE);
    assertEquals(
        """
        s.yaml:2:16: error[KA100]: YAML syntax: the "{" opened here is not closed
           |
         2 |   facilitator: {name: Frank White
           |                ^
           |                                  - noticed here
          = hint: close it
        """,
        text(dir, unclosed(2, 34, "s.yaml")));
  }

  @Test
  void aSecondPositionInAnotherFileIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s.yaml"), FILE);
    String out = text(dir, unclosed(7, 3, "klantarena.yaml"));
    assertTrue(out.contains("\n  = noticed here: klantarena.yaml:7:3\n"), out);
  }

  @Test
  void jsonHasARelatedObjectOnlyWhenThereIsOne() {
    String json =
        FindingPrinter.json(
            List.of(
                unclosed(3, 12, "s.yaml"),
                new Finding(new SourcePos("s.yaml", 4, 5), Severity.WARNING, "KA302", "m", "")),
            EN);
    assertTrue(
        json.contains(
            """
                "hint": "close it",
                "related": {
                  "file": "s.yaml",
                  "line": 3,
                  "column": 12,
                  "message": "noticed here"
                }
              },
            """),
        json);
    assertEquals(1, json.split("\"related\"", -1).length - 1, json);
  }

  @Test
  void githubNamesTheSecondPositionInTheText() {
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      FindingPrinter.github(List.of(unclosed(3, 12, "s.yaml")), w);
    }
    assertEquals(
        "::error file=s.yaml,line=2,col=16,title=KA100::YAML syntax: the \"{\" opened here is not"
            + " closed (close it); noticed here: s.yaml:3:12\n",
        out.toString());
  }
}
