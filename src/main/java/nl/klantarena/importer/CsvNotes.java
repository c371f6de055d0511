package nl.klantarena.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Names;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Notes typed in a spreadsheet: a header row in English or Dutch, {@code ,} {@code ;} or tab as the
 * delimiter (or Excel's {@code sep=} first line), cells that may hold line breaks.
 *
 * <p>Times: in a {@code time}/{@code tijd} column, {@code 14:35} (hours and minutes) is a time of
 * day, as people type the clock during a session, and {@code 00:10:00} is a time into the
 * recording; a {@code clock}/{@code tijdstip} column holds times of day only, an {@code
 * offset}/{@code opname} column times into the recording only ({@code 12:30} there is minutes and
 * seconds).
 */
final class CsvNotes {

  /** Column names (as {@link Names#key}) to the column they mean. */
  static final Map<String, String> HEADERS =
      Map.ofEntries(
          Map.entry("time", "time"),
          Map.entry("tijd", "time"),
          Map.entry("clock", "clock"),
          Map.entry("klok", "clock"),
          Map.entry("kloktijd", "clock"),
          Map.entry("tijdstip", "clock"),
          Map.entry("offset", "offset"),
          Map.entry("opname", "offset"),
          Map.entry("tijd in opname", "offset"),
          Map.entry("time into recording", "offset"),
          Map.entry("recording time", "offset"),
          Map.entry("timecode", "offset"),
          Map.entry("tijdcode", "offset"),
          Map.entry("round", "round"),
          Map.entry("ronde", "round"),
          Map.entry("speaker", "speaker"),
          Map.entry("spreker", "speaker"),
          Map.entry("naam", "speaker"),
          Map.entry("name", "speaker"),
          Map.entry("theme", "theme"),
          Map.entry("thema", "theme"),
          Map.entry("type", "type"),
          Map.entry("soort", "type"),
          Map.entry("kind", "type"),
          Map.entry("text", "text"),
          Map.entry("tekst", "text"),
          Map.entry("opmerking", "text"));

  private CsvNotes() {}

  /** The delimiter a header line uses: the most frequent of {@code ;} {@code ,} and tab. */
  static char delimiter(String header) {
    int semi = 0, comma = 0, tab = 0;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == ';') semi++;
      else if (c == ',') comma++;
      else if (c == '\t') tab++;
    }
    if (tab >= semi && tab >= comma && tab > 0) return '\t';
    return semi > comma ? ';' : ',';
  }

  /** Whether {@code line} names at least one known column (so the file is meant as CSV). */
  static boolean looksLikeHeader(String line) {
    char d = delimiter(line);
    if (line.indexOf(d) < 0) return false;
    for (String cell : line.split(String.valueOf(d), -1)) {
      if (HEADERS.containsKey(Names.key(cell.replace("\"", "")))) return true;
    }
    return false;
  }

  /** More columns than this is no notes sheet (a header row of 10,000 cells is refused). */
  static final int MAX_COLUMNS = 256;

  static List<Raw> read(String text, String shown, Findings f) {
    List<Raw> out = new ArrayList<>();
    int skipped = 0;
    char d;
    String body = text;
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).strip();
    // Excel's "sep=;" line; a quote cannot be a delimiter, so "sep=\"" is not one
    if (first.regionMatches(true, 0, "sep=", 0, 4)
        && first.length() == 5
        && first.charAt(4) != '"') {
      d = first.charAt(4);
      body = nl < 0 ? "" : text.substring(nl + 1);
      skipped = 1;
    } else {
      d = delimiter(first);
    }
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(d).setIgnoreEmptyLines(true).get();
    try (CSVParser p = CSVParser.builder().setReader(new StringReader(body)).setFormat(fmt).get()) {
      Map<String, Integer> cols = new HashMap<>();
      long before = 0;
      boolean header = true;
      try {
        for (CSVRecord rec : p) {
          // the record starts after the blank lines the parser skipped on its way to it
          int start = (int) rec.getCharacterPosition();
          int blank = 0;
          for (int n; (n = Lines.breakAt(body, start)) > 0; blank++) start += n;
          int line = (int) Math.min(Integer.MAX_VALUE, before + 1 + skipped + blank);
          before = p.getCurrentLineNumber();
          if (header) {
            header = false;
            if (rec.size() > MAX_COLUMNS) {
              f.add("KA627", new SourcePos(shown, line, 1), rec.size(), MAX_COLUMNS);
              return List.of();
            }
            for (int i = 0; i < rec.size(); i++) {
              String c = HEADERS.get(Names.key(rec.get(i)));
              if (c != null) cols.putIfAbsent(c, i);
            }
            for (String need : List.of("speaker", "text")) {
              if (!cols.containsKey(need)) {
                f.add("KA604", new SourcePos(shown, line, 1), need);
                return List.of();
              }
            }
            continue;
          }
          String speaker = cell(rec, cols, "speaker").strip();
          String txt = cell(rec, cols, "text").strip();
          if (speaker.isEmpty() && txt.isEmpty()) continue;
          Row row = new Row(body, start, line, d, shown);
          int round = 0;
          String r = cell(rec, cols, "round").strip();
          if (!r.isEmpty()) {
            if (r.matches("[123]")) round = Integer.parseInt(r);
            else f.add("KA606", row.cell(cols.get("round")), r, "round", "1 | 2 | 3");
          }
          double secs = -1;
          boolean clock = false;
          String t = cell(rec, cols, "time").strip();
          String c = cell(rec, cols, "clock").strip();
          String o = cell(rec, cols, "offset").strip();
          if (!c.isEmpty() || Times.isHoursMinutes(t)) {
            String v = c.isEmpty() ? t : c;
            secs = Times.clock(v);
            clock = secs >= 0;
            if (secs < 0)
              f.add(
                  "KA606", row.cell(cols.get(c.isEmpty() ? "time" : "clock")), v, "clock", "hh:mm");
          } else if (!t.isEmpty() || !o.isEmpty()) {
            String v = o.isEmpty() ? t : o;
            secs = Times.seconds(v);
            if (secs < 0)
              f.add(
                  "KA606",
                  row.cell(cols.get(o.isEmpty() ? "time" : "offset")),
                  v,
                  "time",
                  "hh:mm:ss");
          }
          // the type is judged here, where its cell is known; a type the tool does not know is
          // left out, as the finding says
          String type = cell(rec, cols, "type").strip();
          if (!type.isEmpty() && Importer.kindNamed(type) == null) {
            f.add("KA606", row.cell(cols.get("type")), type, "type", Importer.KINDS);
            type = "";
          }
          out.add(
              new Raw(
                  secs,
                  clock,
                  round,
                  speaker,
                  Raw.Label.GIVEN,
                  cell(rec, cols, "theme").strip(),
                  type,
                  txt,
                  line,
                  "",
                  null,
                  1,
                  false,
                  new Cells(row, cols)));
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        f.add(
            "KA605",
            new SourcePos(
                shown, (int) Math.min(Integer.MAX_VALUE, p.getCurrentLineNumber() + skipped), 1));
        return List.of();
      }
      if (header) {
        f.add("KA604", new SourcePos(shown, 1, 1), "speaker");
      }
    } catch (IOException e) {
      f.add("KA605", new SourcePos(shown, 1, 1));
      return List.of();
    }
    return out;
  }

  /**
   * Where a row and its cells are in the file, for a finding about a cell. Commons CSV says where a
   * record starts, not where its cells are: they are found by walking the row as the parser reads
   * it (a quote opens a cell only as its first character, {@code ""} inside quotes is a quote, a
   * line break inside quotes is part of the cell), only when a finding needs them.
   *
   * @param start the index in {@code text} of the row's first character
   * @param line the row's first line in the file (1-based)
   */
  record Row(String text, int start, int line, char delimiter, String shown) {

    /**
     * The position of cell {@code index}: its line, and the column (1-based, in characters) of its
     * first character that is not a space, the opening quote of a quoted cell.
     */
    SourcePos cell(int index) {
      int i = start, ln = line, col = 1, cell = 0;
      boolean quoted = false, first = true;
      while (cell < index && i < text.length()) {
        char ch = text.charAt(i);
        int eol = Lines.breakAt(text, i);
        if (eol > 0) {
          if (!quoted) break; // the row ended before the cell: its first column then
          i += eol;
          ln++;
          col = 1;
          continue;
        }
        if (quoted && ch == '"') {
          boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == '"';
          if (!doubled) quoted = false;
          i += doubled ? 2 : 1;
          col += doubled ? 2 : 1;
          continue;
        }
        if (!quoted && ch == delimiter) {
          cell++;
          first = true;
        } else {
          if (first && ch == '"') quoted = true;
          first = false;
        }
        i += Character.charCount(text.codePointAt(i));
        col++;
      }
      while (i < text.length()
          && text.charAt(i) != delimiter
          && Lines.breakAt(text, i) == 0
          && Character.isWhitespace(text.charAt(i))) {
        i++;
        col++;
      }
      return new SourcePos(shown, ln, col);
    }
  }

  /** A row's cells by the column they mean, for a finding about a note's cell after reading. */
  record Cells(Row row, Map<String, Integer> cols) {

    /** The position of the cell of {@code column} (a value of {@link #HEADERS}), or null. */
    SourcePos at(String column) {
      Integer i = cols.get(column);
      return i == null ? null : row.cell(i);
    }
  }

  private static String cell(CSVRecord rec, Map<String, Integer> cols, String name) {
    Integer i = cols.get(name);
    return i == null || i >= rec.size() ? "" : rec.get(i);
  }
}
