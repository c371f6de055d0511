package nl.klantarena.notes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.AtomicFiles;
import nl.klantarena.io.TextFiles;
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
                "keyword",
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
        text.startsWith(
            "id,time,round,speaker,role,theme,theme_by,kind,text,source,owner,due,derived\n"),
        text);
    assertTrue(text.contains(",bereikbaarheid,keyword,remark,"), text);
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
  void aFileFromBeforeTheThemeByColumnReadsAsItDidAndWhatAUserWritesThereStays() throws Exception {
    Findings findings = new Findings(Messages.of("en"));
    List<Note> old =
        NotesFile.read(
            new StringReader(
                "id,time,round,speaker,role,theme,kind,text,source,owner,due\n"
                    + "N0001,,1,Eline Bos,customer,reparaties,remark,Hij kwam niet.,t.txt:2,,\n"),
            "notes.csv",
            findings);
    assertTrue(findings.isEmpty(), findings.all().toString());
    assertEquals("reparaties", old.get(0).theme());
    assertEquals("", old.get(0).themeBy());
    // written again, the row gets the column, empty
    assertTrue(
        NotesFile.format(old).contains("N0001,,1,Eline Bos,customer,reparaties,,remark,"),
        NotesFile.format(old));
    // a user who checked a note writes what they like there; it is kept as written
    List<Note> checked =
        NotesFile.read(
            new StringReader("text,theme,theme_by\nHij kwam niet.,reparaties,checked\n"),
            "notes.csv",
            findings);
    assertTrue(findings.isEmpty(), findings.all().toString());
    assertEquals("checked", checked.get(0).themeBy());
    assertTrue(NotesFile.format(checked).contains(",reparaties,checked,"));
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

  /**
   * What Dutch Excel saves (Windows-1252, {@code ;}, CRLF, a quoted cell with a line break, Excel's
   * {@code sep=;} line) is read, and written back byte for byte as it came.
   */
  @Test
  void aSpreadsheetsFormIsReadAndKept() throws Exception {
    String excel =
        "sep=;\r\n"
            + "id;time;round;speaker;role;theme;theme_by;kind;text;source;owner;due;derived;"
            + "gecontroleerd\r\n"
            + "N0001;;1;Eline Bos;customer;verduurzaming;keyword;remark;\"Het isolatiewerk—prima,\r\n"
            + "maar één ding; de tocht.\";notities.txt:3;;;;ja\r\n"
            + "N0002;;3;Ruud Jacobs;staff;;;action;Monteur belt vooraf;notities.txt:9;Ruud Jacobs;"
            + "2026-06-16;;\r\n";
    byte[] bytes = excel.getBytes(Charset.forName("windows-1252"));
    TextFiles.Decoded d = TextFiles.decode(bytes, true);
    assertEquals(TextFiles.Encoding.WINDOWS_1252, d.encoding());
    Findings findings = new Findings(Messages.of("en"));
    NotesFile.Sheet sheet = NotesFile.sheet(d.text(), d.encoding(), "notes.csv", findings);
    assertTrue(findings.isEmpty(), findings.all().toString());
    assertEquals(2, sheet.notes().size());
    assertEquals(
        "Het isolatiewerk—prima,\r\nmaar één ding; de tocht.", sheet.notes().get(0).text());
    assertEquals(3, sheet.notes().get(0).pos().line());
    assertEquals(5, sheet.notes().get(1).pos().line());
    assertEquals("ja", sheet.cells().get(0).get("gecontroleerd"));
    assertEquals(';', sheet.form().delimiter());
    assertEquals("\r\n", sheet.form().lineEnd());
    String back = NotesFile.format(sheet.notes(), sheet.cells(), sheet.form());
    assertEquals(excel, back);
    assertArrayEquals(bytes, NotesFile.bytes(back, sheet.form()));
  }

  @Test
  void theDelimiterIsFoundFromTheHeader() throws Exception {
    assertEquals(';', NotesFile.delimiter("id;text;\"a,b\""));
    assertEquals('\t', NotesFile.delimiter("id\ttext\tspeaker"));
    assertEquals(',', NotesFile.delimiter("text"));
    Findings findings = new Findings(Messages.of("en"));
    List<Note> tab = NotesFile.read("speaker\ttext\nEline\tHallo, daar\n", "n.csv", findings);
    assertEquals("Hallo, daar", tab.get(0).text());
    assertTrue(findings.isEmpty(), findings.all().toString());
  }

  @Test
  void aDerivedCellReadsBackWhatItHolds() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : Derived.FIELDS) m.put(f, "");
    m.put("round", "2");
    m.put("speaker", "Zoë; de \\ Wit");
    m.put("kind", "question");
    String cell = Derived.format(m);
    assertEquals("round=2; speaker=Zoë\\; de \\\\ Wit; kind=question", cell);
    assertEquals(m, Derived.parse(cell).orElseThrow());
    assertTrue(Derived.parse(" ").isEmpty());
  }
}
