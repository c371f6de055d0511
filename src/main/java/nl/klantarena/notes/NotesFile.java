package nl.klantarena.notes;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.Csv;
import nl.klantarena.session.Session;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The notes file: {@code notes.csv} beside the session file, UTF-8, a header row, one note a row.
 * Diffable in git and editable in a spreadsheet; the report is built from it.
 *
 * <p>Columns: {@code id,time,round,speaker,role,theme,kind,text,source,owner,due}. The run's loader
 * reads the file (UTF-8, or Windows-1252 as a spreadsheet may save it). When reading, columns are
 * found by name (any order, case-insensitive); only {@code text} is required, and unknown columns
 * are ignored. A cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a
 * tab or a carriage return) is written with a leading apostrophe, which reading takes off again.
 */
public final class NotesFile {

  /** The file name, in the session's folder. */
  public static final String NAME = "notes.csv";

  public static final List<String> COLUMNS =
      List.of(
          "id", "time", "round", "speaker", "role", "theme", "kind", "text", "source", "owner",
          "due");

  private NotesFile() {}

  /** Where the notes of {@code s} live. */
  public static Path of(Session s) {
    return s.folder().resolve(NAME);
  }

  /**
   * Reads the text of a notes file (the run's loader reads and decodes the file); faults in it
   * become findings (KA650 the text cannot be read as CSV, KA651 a value that does not fit its
   * column) and the rest is read.
   *
   * @param shown how to name the file in findings
   */
  public static List<Note> read(String text, String shown, Findings findings) {
    try {
      return read(new StringReader(text), shown, findings);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static final Pattern STARTLINE = Pattern.compile("startline (\\d{1,9})");

  /** The line where Commons CSV says a broken record starts, else {@code fallback}. */
  private static int lineOf(Throwable e, int fallback) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : STARTLINE.matcher(t.getMessage());
      if (m != null && m.find()) return Integer.parseInt(m.group(1));
    }
    return fallback;
  }

  static List<Note> read(Reader r, String shown, Findings findings) throws IOException {
    List<Note> out = new ArrayList<>();
    CSVFormat fmt =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(r).setFormat(fmt).get();
    } catch (CSVException e) {
      // the header row itself is broken (an unclosed quote, say): a finding, not an unreadable file
      findings.add(
          "KA650",
          new SourcePos(shown, lineOf(e, 1), 1),
          findings.messages().get("notes.brokencsv"));
      return List.of();
    }
    try (CSVParser p = parser) {
      Map<String, Integer> cols = new HashMap<>();
      for (Map.Entry<String, Integer> e : p.getHeaderMap().entrySet()) {
        cols.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
      }
      if (!cols.containsKey("text")) {
        findings.add(
            "KA650", new SourcePos(shown, 1, 1), findings.messages().get("notes.nocolumn", "text"));
        return List.of();
      }
      long before = p.getCurrentLineNumber();
      try {
        for (CSVRecord rec : p) {
          // a record starts on the line after the previous one ended (cells may hold line breaks)
          SourcePos pos = new SourcePos(shown, (int) Math.min(Integer.MAX_VALUE, before + 1), 1);
          before = p.getCurrentLineNumber();
          out.add(note(rec, cols, pos, findings));
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        findings.add(
            "KA650",
            new SourcePos(shown, lineOf(e, (int) Math.max(1, p.getCurrentLineNumber())), 1),
            findings.messages().get("notes.brokencsv"));
      }
    }
    return out;
  }

  private static Note note(
      CSVRecord rec, Map<String, Integer> cols, SourcePos pos, Findings findings) {
    String roundText = cell(rec, cols, "round");
    int round = 0;
    if (!roundText.isEmpty()) {
      if (roundText.matches("[123]")) round = Integer.parseInt(roundText);
      else findings.add("KA651", pos, roundText, "round", "1 | 2 | 3");
    }
    String kindText = cell(rec, cols, "kind");
    NoteKind kind = NoteKind.REMARK;
    if (!kindText.isEmpty()) {
      NoteKind k = NoteKind.fromWord(kindText);
      if (k == null)
        findings.add("KA651", pos, kindText, "kind", "remark | question | quick-win | action");
      else kind = k;
    }
    String dueText = cell(rec, cols, "due");
    LocalDate due = null;
    if (!dueText.isEmpty()) {
      try {
        due = LocalDate.parse(dueText);
      } catch (DateTimeParseException e) {
        findings.add("KA651", pos, dueText, "due", "yyyy-mm-dd");
      }
    }
    return new Note(
        cell(rec, cols, "id"),
        cell(rec, cols, "time"),
        round,
        cell(rec, cols, "speaker"),
        cell(rec, cols, "role").toLowerCase(Locale.ROOT),
        cell(rec, cols, "theme"),
        kind,
        rawCell(rec, cols, "text"),
        cell(rec, cols, "source"),
        cell(rec, cols, "owner"),
        due,
        pos);
  }

  private static String cell(CSVRecord rec, Map<String, Integer> cols, String name) {
    return rawCell(rec, cols, name).strip();
  }

  private static String rawCell(CSVRecord rec, Map<String, Integer> cols, String name) {
    Integer i = cols.get(name);
    if (i == null || i >= rec.size()) return "";
    return Csv.unguard(rec.get(i));
  }

  /** The notes as CSV text, header first, formula-looking cells guarded. */
  public static String format(List<Note> notes) {
    StringWriter w = new StringWriter(notes.size() * 120 + 100);
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (CSVPrinter p = new CSVPrinter(w, fmt)) {
      p.printRecord(COLUMNS);
      List<String> row = new ArrayList<>(COLUMNS.size());
      for (Note n : notes) {
        row.clear();
        row.add(n.id());
        row.add(n.time());
        row.add(n.round() == 0 ? "" : String.valueOf(n.round()));
        row.add(n.speaker());
        row.add(n.role());
        row.add(n.theme());
        row.add(n.kind().word());
        row.add(n.text());
        row.add(n.source());
        row.add(n.owner());
        row.add(n.due() == null ? "" : n.due().toString());
        for (int i = 0; i < row.size(); i++) row.set(i, Csv.guard(row.get(i)));
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
