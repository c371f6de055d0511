package nl.klantarena.notes;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.Csv;
import nl.klantarena.io.TextFiles;
import nl.klantarena.session.Session;
import nl.klantarena.text.IsoDates;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The notes file: {@code notes.csv} beside the session file, a header row, one note a row. Diffable
 * in git and editable in a spreadsheet; the report is built from it.
 *
 * <p>Columns: {@code id,time,round,speaker,role,theme,kind,text,source,owner,due}, and {@code
 * derived}: what import derived for the note ({@link Derived}), so that a later import can tell a
 * cell changed by hand from one it may derive again. The run's loader reads the file (UTF-8, or
 * Windows-1252 as a spreadsheet may save it). When reading, columns are found by name (any order,
 * case-insensitive); only {@code text} is required, and other columns are kept as they are. The
 * delimiter is found from the header row ({@code ,} {@code ;} or tab; Excel's {@code sep=;} first
 * line is understood). A cell that a spreadsheet would run as a formula (starting with {@code = +
 * - @}, a tab or a carriage return) is written with a leading apostrophe, which reading takes off
 * again.
 *
 * <p>A file the tool makes is UTF-8, comma-separated, with LF line ends. A file that came in
 * another form (a spreadsheet saved it with {@code ;}, CRLF, a byte-order mark, in Windows-1252, or
 * with its columns in another order or columns of its own) is written back in that form ({@link
 * Form}), so that the spreadsheet opens it as before and a diff shows only the rows that changed;
 * only a Windows-1252 file that would lose a character becomes UTF-8 with a byte-order mark.
 */
public final class NotesFile {

  /** The file name, in the session's folder. */
  public static final String NAME = "notes.csv";

  public static final List<String> COLUMNS =
      List.of(
          "id",
          "time",
          "round",
          "speaker",
          "role",
          "theme",
          "theme_by",
          "kind",
          "text",
          "source",
          "owner",
          "due");

  /** The column of what import derived for each note ({@link Derived}); after the others. */
  public static final String DERIVED = "derived";

  /**
   * How a notes file is written: its delimiter, line end, header (the columns in their order, as
   * written) and encoding, and whether it starts with Excel's {@code sep=} line.
   */
  public record Form(
      char delimiter,
      String lineEnd,
      List<String> header,
      TextFiles.Encoding encoding,
      boolean sepLine) {
    public Form {
      header = List.copyOf(header);
    }

    /** The form of a notes file the tool makes. */
    public static final Form CANONICAL =
        new Form(',', "\n", columnsWithDerived(), TextFiles.Encoding.UTF_8, false);

    private static List<String> columnsWithDerived() {
      List<String> h = new ArrayList<>(COLUMNS);
      h.add(DERIVED);
      return h;
    }

    /** This form, with every column of the tool's that its header lacks put in its place. */
    Form complete() {
      List<String> h = new ArrayList<>(header);
      List<String> all = columnsWithDerived();
      for (int i = 0; i < all.size(); i++) {
        String c = all.get(i);
        if (indexOf(h, c) >= 0) continue;
        int at = i == 0 ? 0 : indexOf(h, all.get(i - 1)) + 1;
        h.add(at, c);
      }
      return new Form(delimiter, lineEnd, h, encoding, sepLine);
    }

    private static int indexOf(List<String> h, String column) {
      for (int i = 0; i < h.size(); i++) if (key(h.get(i)).equals(column)) return i;
      return -1;
    }
  }

  /**
   * A notes file as read: its notes, per note every cell by column name in lower case (the columns
   * the tool does not know, and {@code derived}, are taken from here when the file is written
   * back), and its form.
   */
  public record Sheet(List<Note> notes, List<Map<String, String>> cells, Form form) {
    public Sheet {
      notes = List.copyOf(notes);
      cells = List.copyOf(cells);
    }

    /** No notes file yet: written in the canonical form. */
    public static final Sheet NONE = new Sheet(List.of(), List.of(), Form.CANONICAL);
  }

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
    return sheet(text, TextFiles.Encoding.UTF_8, shown, findings).notes();
  }

  /** As {@link #read}, with every cell and the form of the file, decoded from {@code encoding}. */
  public static Sheet sheet(
      String text, TextFiles.Encoding encoding, String shown, Findings findings) {
    try {
      return sheet(new StringReader(text), text, encoding, shown, findings);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static final Pattern STARTLINE = Pattern.compile("startline (\\d{1,9})");

  private static final Pattern SEP = Pattern.compile("\"?sep=(.)\"?");

  /** The line where Commons CSV says a broken record starts, else {@code fallback}. */
  private static int lineOf(Throwable e, int fallback) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = t.getMessage() == null ? null : STARTLINE.matcher(t.getMessage());
      if (m != null && m.find()) return Integer.parseInt(m.group(1));
    }
    return fallback;
  }

  static List<Note> read(Reader r, String shown, Findings findings) throws IOException {
    StringWriter all = new StringWriter();
    r.transferTo(all);
    String text = all.toString();
    return sheet(new StringReader(text), text, TextFiles.Encoding.UTF_8, shown, findings).notes();
  }

  private static Sheet sheet(
      Reader r, String text, TextFiles.Encoding encoding, String shown, Findings findings)
      throws IOException {
    int firstEnd = text.indexOf('\n');
    String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
    if (first.endsWith("\r")) first = first.substring(0, first.length() - 1);
    String lineEnd = firstEnd > 0 && text.charAt(firstEnd - 1) == '\r' ? "\r\n" : "\n";
    Matcher sep = SEP.matcher(first);
    boolean sepLine = sep.matches();
    char delimiter;
    int skip = 0;
    if (sepLine) {
      delimiter = sep.group(1).charAt(0);
      r.skip(firstEnd < 0 ? text.length() : firstEnd + 1);
      skip = 1;
    } else {
      delimiter = delimiter(first);
    }
    List<Note> out = new ArrayList<>();
    List<Map<String, String>> cells = new ArrayList<>();
    CSVFormat fmt =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    List<String> header = new ArrayList<>();
    try (CSVParser p = CSVParser.builder().setReader(r).setFormat(fmt).get()) {
      Iterator<CSVRecord> it = p.iterator();
      try {
        if (it.hasNext()) for (String h : it.next()) header.add(h.strip());
      } catch (UncheckedIOException | IllegalStateException e) {
        // the header row itself is broken (an unclosed quote, say): a finding, not an unreadable
        // file
        findings.add(
            "KA650",
            new SourcePos(shown, lineOf(e, 1) + skip, 1),
            findings.messages().get("notes.brokencsv"));
        return new Sheet(List.of(), List.of(), Form.CANONICAL);
      }
      Form form = new Form(delimiter, lineEnd, header, encoding, sepLine);
      Map<String, Integer> cols = new HashMap<>();
      for (int i = 0; i < header.size(); i++) cols.putIfAbsent(key(header.get(i)), i);
      if (!cols.containsKey("text")) {
        findings.add(
            "KA650",
            new SourcePos(shown, 1 + skip, 1),
            findings.messages().get("notes.nocolumn", "text"));
        return new Sheet(List.of(), List.of(), form);
      }
      long before = p.getCurrentLineNumber();
      try {
        while (it.hasNext()) {
          CSVRecord rec = it.next();
          // a record starts on the line after the previous one ended (cells may hold line breaks)
          SourcePos pos =
              new SourcePos(shown, (int) Math.min(Integer.MAX_VALUE, before + 1 + skip), 1);
          before = p.getCurrentLineNumber();
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.size() && i < rec.size(); i++) {
            row.putIfAbsent(key(header.get(i)), Csv.unguard(rec.get(i)));
          }
          out.add(note(row, pos, findings));
          cells.add(row);
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        findings.add(
            "KA650",
            new SourcePos(shown, lineOf(e, (int) Math.max(1, p.getCurrentLineNumber())) + skip, 1),
            findings.messages().get("notes.brokencsv"));
      }
      return new Sheet(out, cells, form);
    } catch (CSVException e) {
      findings.add(
          "KA650",
          new SourcePos(shown, lineOf(e, 1) + skip, 1),
          findings.messages().get("notes.brokencsv"));
      return new Sheet(List.of(), List.of(), Form.CANONICAL);
    }
  }

  /** The delimiter of a header row: the one of {@code , ; tab} it holds most of, outside quotes. */
  static char delimiter(String header) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (!quoted && c == ',') comma++;
      else if (!quoted && c == ';') semicolon++;
      else if (!quoted && c == '\t') tab++;
    }
    if (semicolon > comma && semicolon >= tab) return ';';
    if (tab > comma && tab > semicolon) return '\t';
    return ',';
  }

  /** A column's name as the file is read by: stripped, in lower case. */
  static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a file's first line is the header of a notes file: it names the columns {@code id},
   * {@code text}, {@code source} and {@code kind} (any order, case, delimiter).
   */
  public static boolean isHeader(String firstLine) {
    String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
    Set<String> names = new HashSet<>();
    for (String c : line.split("[,;\t]", -1)) names.add(key(c.replace("\"", "")));
    return names.containsAll(List.of("id", "text", "source", "kind"));
  }

  /**
   * A note from its cells (by column name in lower case); faults become findings at {@code pos}.
   */
  private static Note note(Map<String, String> row, SourcePos pos, Findings findings) {
    String roundText = cell(row, "round");
    int round = 0;
    if (!roundText.isEmpty()) {
      if (roundText.matches("[123]")) round = Integer.parseInt(roundText);
      else findings.add("KA651", pos, roundText, "round", "1 | 2 | 3");
    }
    String kindText = cell(row, "kind");
    NoteKind kind = NoteKind.REMARK;
    if (!kindText.isEmpty()) {
      NoteKind k = NoteKind.fromWord(kindText);
      if (k == null)
        findings.add("KA651", pos, kindText, "kind", "remark | question | quick-win | action");
      else kind = k;
    }
    String dueText = cell(row, "due");
    LocalDate due = null;
    if (!dueText.isEmpty()) {
      try {
        due = IsoDates.parse(dueText);
      } catch (DateTimeException e) {
        findings.add("KA651", pos, dueText, "due", "yyyy-mm-dd");
      }
    }
    return new Note(
        cell(row, "id"),
        cell(row, "time"),
        round,
        cell(row, "speaker"),
        cell(row, "role").toLowerCase(Locale.ROOT),
        cell(row, "theme"),
        cell(row, "theme_by"),
        kind,
        row.getOrDefault("text", ""),
        cell(row, "source"),
        cell(row, "owner"),
        due,
        pos);
  }

  private static String cell(Map<String, String> row, String name) {
    return row.getOrDefault(name, "").strip();
  }

  /**
   * The cell of the tool's column {@code column} for note {@code n}, as the file holds it; empty
   * for a column the tool does not know.
   */
  public static String cell(Note n, String column) {
    return switch (column) {
      case "id" -> n.id();
      case "time" -> n.time();
      case "round" -> n.round() == 0 ? "" : String.valueOf(n.round());
      case "speaker" -> n.speaker();
      case "role" -> n.role();
      case "theme" -> n.theme();
      case "theme_by" -> n.themeBy();
      case "kind" -> n.kind().word();
      case "text" -> n.text();
      case "source" -> n.source();
      case "owner" -> n.owner();
      case "due" -> n.due() == null ? "" : n.due().toString();
      default -> "";
    };
  }

  /**
   * Note {@code n} with the cells {@code changed} (by the tool's column names) put in, read as the
   * file would read them; a value that does not fit is left out.
   */
  public static Note with(Note n, Map<String, String> changed) {
    if (changed.isEmpty()) return n;
    Map<String, String> row = new HashMap<>();
    for (String c : COLUMNS) row.put(c, cell(n, c));
    row.putAll(changed);
    return note(row, n.pos(), new Findings(Messages.of("en")));
  }

  /** The notes as CSV text in the canonical form, header first, formula-looking cells guarded. */
  public static String format(List<Note> notes) {
    return format(notes, List.of(), Form.CANONICAL);
  }

  /**
   * The notes as CSV text in {@code form} (with the tool's columns its header lacks added in their
   * place), header first, formula-looking cells guarded; the cells of columns the tool does not
   * know, and of {@code derived}, come from {@code cells} (per note, by column name in lower case;
   * a note past its end has none; a note whose cells are {@link #DERIVE} gets its {@code derived}
   * cell from what it holds now).
   */
  public static String format(List<Note> notes, List<Map<String, String>> cells, Form form) {
    StringWriter w = new StringWriter(notes.size() * 160 + 100);
    try {
      print(w, notes, cells, form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * The notes file's bytes: {@link #format(List, List, Form)} in the form's encoding, as {@link
   * #bytes(String, Form)} makes them, but encoded row by row, so that a file of many notes is never
   * held as text, nor its bytes as one array.
   */
  public static TextFiles.Bytes bytes(
      List<Note> notes, List<Map<String, String>> cells, Form form) {
    return TextFiles.encode(w -> print(w, notes, cells, form), form.encoding());
  }

  /**
   * The cells of a note that the run added: no columns of the file's own, and its {@code derived}
   * cell is made from the note when it is written (not kept for every note of a long transcript).
   */
  public static final Map<String, String> DERIVE = Collections.unmodifiableMap(new HashMap<>());

  private static void print(Writer w, List<Note> notes, List<Map<String, String>> cells, Form form)
      throws IOException {
    Form f = form.complete();
    CSVFormat fmt =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(f.delimiter())
            .setRecordSeparator(f.lineEnd())
            .get();
    List<String> keys = new ArrayList<>(f.header().size());
    Set<String> ours = new HashSet<>(COLUMNS);
    for (String h : f.header()) keys.add(key(h));
    CSVPrinter p = new CSVPrinter(w, fmt);
    if (f.sepLine()) w.write("sep=" + f.delimiter() + f.lineEnd());
    p.printRecord(f.header());
    List<String> row = new ArrayList<>(keys.size());
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      Map<String, String> own = i < cells.size() ? cells.get(i) : Map.of();
      row.clear();
      for (String k : keys) {
        String c;
        if (ours.contains(k)) c = cell(n, k);
        else if (own == DERIVE && k.equals(DERIVED)) c = Derived.cell(n);
        else c = own.getOrDefault(k, "");
        row.add(Csv.guard(c));
      }
      p.printRecord(row);
    }
    p.flush();
  }

  /** The text of a notes file as the bytes of its form's encoding ({@link TextFiles#encode}). */
  public static byte[] bytes(String text, Form form) {
    return TextFiles.encode(text, form.encoding());
  }
}
