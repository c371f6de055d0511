package nl.klantarena.importer;

import java.util.List;
import java.util.Locale;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;

/**
 * Picks the reader for a notes file by what it holds, not by its name: a {@code WEBVTT} first line,
 * an SRT cue number followed by a timing line, a header row that names known columns, or lines
 * shaped like typed notes. The extension only breaks a tie for CSV.
 */
public final class Readers {

  /** The formats a notes file can be in. */
  public enum Format {
    WEBVTT,
    SRT,
    CSV,
    TEXT
  }

  private Readers() {}

  /**
   * The notes in {@code bytes}; faults (binary, unknown format, broken lines) become findings.
   *
   * @param dates how typed notes' action lines give their due dates
   */
  static List<Raw> read(String shown, byte[] bytes, Findings f, DueDates dates) {
    Source src = Source.of(shown, bytes);
    if (src.binary()) {
      f.add("KA601", new SourcePos(shown, 1, 1));
      return List.of();
    }
    if (src.cp1252()) f.add("KA616", new SourcePos(shown, 1, 1));
    String text = src.text();
    List<String> lines = Lines.of(text);
    Format fmt = detect(shown, lines);
    if (fmt == null) {
      f.add("KA600", new SourcePos(shown, 1, 1));
      return List.of();
    }
    return switch (fmt) {
      case WEBVTT -> Cues.notes(Cues.parse(lines, false, shown, f));
      case SRT -> Cues.notes(Cues.parse(lines, true, shown, f));
      case CSV -> CsvNotes.read(text, shown, f);
      case TEXT -> TextNotes.read(lines, shown, f, dates);
    };
  }

  /** The format of a file with these lines, or null when it is none of them. */
  static Format detect(String shown, List<String> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    if (i >= lines.size()) return null;
    String first = lines.get(i).strip();
    if (first.startsWith("WEBVTT")) return Format.WEBVTT;
    if (first.matches("\\d+")
        && i + 1 < lines.size()
        && lines.get(i + 1).contains("-->")
        && lines.get(i + 1).contains(",")) return Format.SRT;
    // a subtitle file that lost its header is still a subtitle file: the WebVTT reader says what is
    // wrong
    if (first.contains("-->") || (i + 1 < lines.size() && lines.get(i + 1).contains("-->")))
      return Format.WEBVTT;
    boolean sep = first.regionMatches(true, 0, "sep=", 0, 4) && first.length() == 5;
    String header = sep && i + 1 < lines.size() ? lines.get(i + 1) : first;
    String lower = shown.toLowerCase(Locale.ROOT);
    if (sep || CsvNotes.looksLikeHeader(header) || lower.endsWith(".csv") || lower.endsWith(".tsv"))
      return Format.CSV;
    int n = Math.min(lines.size(), 200);
    for (int j = i; j < n; j++) {
      if (TextNotes.looksLikeNotes(lines.get(j).strip())) return Format.TEXT;
    }
    return null;
  }
}
