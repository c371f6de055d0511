package nl.klantarena.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesFileTest {

  private static final SourcePos HERE = new SourcePos("notes.csv", 1, 1);

  @Test
  void roundTripKeepsEveryFieldAndDisarmsFormulas(@TempDir Path dir) throws Exception {
    List<Note> notes =
        List.of(
            new Note(
                "N0001",
                "00:01:02",
                1,
                "Zoë Jansen",
                "customer",
                "bereikbaarheid",
                NoteKind.REMARK,
                "Ik wacht \"altijd\" lang,\nheel lang.",
                "teams.vtt:12",
                "",
                null,
                HERE),
            new Note(
                "N0002",
                "",
                3,
                "Jan Bakker",
                "staff",
                "",
                NoteKind.ACTION,
                "=HYPERLINK(\"http://x\")",
                "notities.txt:4",
                "Jan Bakker",
                LocalDate.of(2026, 6, 16),
                HERE));
    Path f = dir.resolve(NotesFile.NAME);
    AtomicFiles.write(f, NotesFile.format(notes));
    String text = Files.readString(f);
    assertTrue(
        text.startsWith("id,time,round,speaker,role,theme,kind,text,source,owner,due\n"), text);
    assertTrue(text.contains("\"'=HYPERLINK("), text);
    Findings findings = new Findings(Messages.of("en"));
    List<Note> back = NotesFile.read(Files.readString(f), "notes.csv", findings);
    assertTrue(findings.isEmpty(), findings.all().toString());
    assertEquals(2, back.size());
    assertEquals(notes.get(0).withPos(back.get(0).pos()), back.get(0));
    assertEquals(notes.get(1).withPos(back.get(1).pos()), back.get(1));
    assertEquals(2, back.get(0).pos().line());
    assertEquals(4, back.get(1).pos().line(), "the first row spans two lines");
  }

  @Test
  void badValuesAreFindingsWithTheirLine() throws Exception {
    Findings findings = new Findings(Messages.of("en"));
    List<Note> back =
        NotesFile.read(
            new StringReader("text,round,kind\nfine,2,question\nodd,7,shout\n"), "n.csv", findings);
    assertEquals(2, back.size());
    assertEquals(2, findings.size());
    assertEquals(new SourcePos("n.csv", 3, 1), findings.all().get(0).pos());
    assertEquals("KA651", findings.all().get(0).code());
  }

  @Test
  void withoutATextColumnNothingIsRead() throws Exception {
    Findings findings = new Findings(Messages.of("en"));
    assertEquals(
        List.of(), NotesFile.read(new StringReader("id,speaker\n1,x\n"), "n.csv", findings));
    assertEquals("KA650", findings.all().get(0).code());
  }

  @Test
  void anUnclosedQuoteIsAFindingAtTheLineWhereItOpens() throws Exception {
    Findings inHeader = new Findings(Messages.of("en"));
    assertEquals(List.of(), NotesFile.read(new StringReader("id,\"text\n"), "n.csv", inHeader));
    assertEquals(
        List.of(
            "n.csv:1:1: KA650 the notes file cannot be read: the CSV is broken here (a quote that is never closed?)"),
        inHeader.all().stream().map(f -> f.pos() + ": " + f.code() + " " + f.message()).toList());

    Findings inRow = new Findings(Messages.of("en"));
    List<Note> back =
        NotesFile.read(
            new StringReader("id,text\nN0001,fine\nN0002,\"never closed\nmore\n"), "n.csv", inRow);
    assertEquals(1, back.size());
    assertEquals("KA650", inRow.all().get(0).code());
    assertEquals(3, inRow.all().get(0).pos().line());
  }
}
