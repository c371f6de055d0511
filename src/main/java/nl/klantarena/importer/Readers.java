package nl.klantarena.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.TextFiles;

/**
 * Picks the reader for a notes file by what it holds, not by its name, and hands it the file's
 * text: a Word document's paragraphs; otherwise the bytes decoded by the tool's one set of text
 * rules ({@link TextFiles#decode}: byte-order marks, UTF-16, strict UTF-8, Windows-1252 only for
 * what spreadsheets and text editors save). A file in a format that is not read (a PDF, a
 * recording, an Excel workbook) gets one finding that says what it looks like and which export to
 * use instead.
 */
public final class Readers {

  /** The formats a notes file can be in. */
  public enum Format {
    WEBVTT("cues", true),
    SRT("cues", true),
    CSV("rows", false),
    TEXT("entries", false),
    WHISPER_JSON("segments", true),
    WHISPER_TSV("segments", true),
    PARAGRAPHS("paragraphs", false),
    ZOOM_CHAT("messages", false),
    TEAMS_TIMING("blocks", true),
    NAME_TIME("blocks", true),
    MEET("lines", true);

    final String unit;

    /**
     * Whether the format is a transcript of a recording (participants must have been told, see
     * KA633); typed notes, a spreadsheet, a chat log and plain paragraphs are not.
     */
    final boolean transcript;

    Format(String unit, boolean transcript) {
      this.unit = unit;
      this.transcript = transcript;
    }
  }

  /** A file's bytes, let go of as soon as they are decoded (a long transcript is held once). */
  public static final class Input {
    byte[] bytes;

    public Input(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The bytes, until they are read. */
    public byte[] bytes() {
      return bytes;
    }
  }

  /** From this size on, a file's bytes are collected before its text is parsed. */
  static final int LARGE = 8 * 1024 * 1024;

  private Readers() {}

  /**
   * Reads {@code bytes} (kept by the caller) to a list; for tests and small files.
   *
   * @param dates how typed notes' action lines give their due dates
   */
  static List<Raw> read(String shown, byte[] bytes, Findings f, DueDates dates) {
    List<Raw> out = new ArrayList<>();
    read(shown, new Input(bytes), f, dates, out::add);
    return out;
  }

  /**
   * Reads a notes file, handing each raw note to {@code out} as it is found; returns the counts.
   */
  static Tally read(String shown, Input in, Findings f, DueDates dates, Consumer<Raw> out) {
    Tally t = new Tally();
    byte[] bytes = in.bytes;
    in.bytes = null;
    String text;
    SourcePos top = new SourcePos(shown, 1, 1);
    String kind = Sniff.binaryKind(bytes);
    if (kind != null && kind.equals("docx")) {
      TeamsDocx.Text d = TeamsDocx.read(bytes);
      bytes = null;
      switch (d.problem()) {
        case TOO_LARGE -> {
          f.add("KA624", top, TeamsDocx.MAX_INFLATED / (1024 * 1024));
          return t;
        }
        case BROKEN, NOT_WORD -> {
          f.add("KA623", top, f.messages().get("import.format.brokendocx"), hint(f, "docx"));
          return t;
        }
        default -> text = d.text();
      }
    } else if (kind != null) {
      f.add("KA623", top, f.messages().get("import.format." + kind), hint(f, kind));
      return t;
    } else {
      TextFiles.Decoded d = TextFiles.decode(bytes, true);
      if (!d.ok()) {
        if (Sniff.looksBinary(bytes)) f.add("KA601", top);
        else {
          int[] lc = TextFiles.lineColumnOfUtf8(bytes, d.badOffset());
          f.add("KA622", new SourcePos(shown, lc[0], lc[1]));
        }
        return t;
      }
      text = d.text();
      if (Sniff.looksBinary(text)) {
        f.add("KA601", top);
        return t;
      }
      Format fmt = detect(shown, text);
      if (d.encoding() == TextFiles.Encoding.WINDOWS_1252) {
        if (fmt == Format.WEBVTT
            || fmt == Format.SRT
            || fmt == Format.WHISPER_JSON
            || fmt == Format.WHISPER_TSV) {
          int[] lc = TextFiles.lineColumnOfUtf8(bytes, TextFiles.decode(bytes, false).badOffset());
          f.add("KA622", new SourcePos(shown, lc[0], lc[1]));
          return t;
        }
        f.add("KA616", top);
      }
      boolean large = bytes.length > LARGE;
      bytes = null;
      // a long transcript's bytes are garbage now, but big enough to have gone straight to the
      // old generation, where only a full collection frees them: without it they stay beside the
      // text for the whole parse, and the process holds both
      if (large) System.gc();
      return dispatch(fmt, text, shown, f, dates, t, out);
    }
    // the paragraphs of a Word document: a Teams transcript, or notes typed in Word
    return dispatch(detect(shown, text), text, shown, f, dates, t, out);
  }

  private static String hint(Findings f, String kind) {
    return f.messages().get("import.format." + kind + ".hint");
  }

  private static Tally dispatch(
      Format fmt,
      String text,
      String shown,
      Findings f,
      DueDates dates,
      Tally t,
      Consumer<Raw> out) {
    if (fmt == null) {
      f.add("KA600", new SourcePos(shown, 1, 1));
      return t;
    }
    t.unit = fmt.unit;
    t.transcript = fmt.transcript;
    switch (fmt) {
      case WEBVTT -> Cues.vtt(text, shown, f, t, out);
      case SRT -> Cues.srt(text, shown, f, t, out);
      case CSV -> count(CsvNotes.read(text, shown, f), t, out);
      case TEXT -> count(TextNotes.read(new ArrayList<>(lines(text)), shown, f, dates), t, out);
      case WHISPER_JSON -> {
        if (!Whisper.json(text, shown, f, t, out)) {
          f.add(
              "KA623",
              new SourcePos(shown, 1, 1),
              f.messages().get("import.format.json"),
              hint(f, "json"));
        }
      }
      case WHISPER_TSV -> Whisper.tsv(text, shown, f, t, out);
      case PARAGRAPHS -> Whisper.paragraphs(text, t, out);
      case ZOOM_CHAT -> ZoomChat.read(text, shown, f, t, out);
      case TEAMS_TIMING ->
          SpeakerBlocks.read(SpeakerBlocks.Form.TEAMS_TIMING, text, shown, f, t, out);
      case NAME_TIME -> SpeakerBlocks.read(SpeakerBlocks.Form.NAME_TIME, text, shown, f, t, out);
      case MEET -> SpeakerBlocks.read(SpeakerBlocks.Form.MEET, text, shown, f, t, out);
    }
    t.finish(shown, f);
    return t;
  }

  private static void count(List<Raw> raws, Tally t, Consumer<Raw> out) {
    for (Raw r : raws) {
      t.read++;
      out.accept(r);
    }
  }

  private static List<String> lines(String text) {
    return Lines.of(text);
  }

  /** The format of a file with this text, or null when it is none of them. */
  static Format detect(String shown, String text) {
    List<String> head = new ArrayList<>(64);
    LineCursor c = new LineCursor(text);
    String l;
    while (head.size() < 200 && (l = c.next()) != null) head.add(l);
    int i = 0;
    while (i < head.size() && head.get(i).isBlank()) i++;
    if (i >= head.size()) return null;
    String first = head.get(i).strip();
    String next = i + 1 < head.size() ? head.get(i + 1) : "";
    String lower = shown.toLowerCase(Locale.ROOT);
    if (first.startsWith("WEBVTT")) return Format.WEBVTT;
    // JSON; typed notes may start with "[theme] Speaker:", which is not
    if (first.startsWith("{") || first.replace(" ", "").startsWith("[{") || first.equals("["))
      return Format.WHISPER_JSON;
    if (Whisper.isTsvHeader(first)) return Format.WHISPER_TSV;
    if (first.contains("-->")) {
      // a subtitle file that lost its header is still one: the WebVTT reader says what is wrong
      if (lower.endsWith(".vtt")) return Format.WEBVTT;
      return blankBeforeNextTiming(head, i) ? Format.SRT : Format.TEAMS_TIMING;
    }
    if (next.contains("-->") && lower.endsWith(".vtt")) return Format.WEBVTT;
    if (Cues.isNumber(first) && next.contains("-->")) return Format.SRT;
    for (int j = i; j < Math.min(head.size(), i + 10); j++) {
      if (ZoomChat.looksLikeChat(head.get(j))) return Format.ZOOM_CHAT;
    }
    if (SpeakerBlocks.isMeetHeader(head.subList(i, Math.min(head.size(), i + 20))))
      return Format.MEET;
    boolean sep = first.regionMatches(true, 0, "sep=", 0, 4) && first.length() == 5;
    String header = sep && i + 1 < head.size() ? head.get(i + 1) : first;
    if (sep || CsvNotes.looksLikeHeader(header) || lower.endsWith(".csv") || lower.endsWith(".tsv"))
      return Format.CSV;
    int nameTime = 0;
    int notes = 0;
    int lines = 0;
    boolean structure = false;
    for (int j = i; j < head.size(); j++) {
      String s = head.get(j).strip();
      if (s.isEmpty()) continue;
      lines++;
      if (SpeakerBlocks.isNameTime(s)) nameTime++;
      if (TextNotes.HEADING.matcher(s).matches() || TextNotes.ACTION.matcher(s).matches())
        structure = true;
      else if (TextNotes.looksLikeNotes(s)) notes++;
    }
    if (nameTime >= 1 && nameTime * 4 >= lines && !structure) return Format.NAME_TIME;
    if (structure || (notes > 0 && notes * 2 >= lines)) return Format.TEXT;
    if (Sniff.isProse(text)) return Format.PARAGRAPHS;
    return notes > 0 ? Format.TEXT : null;
  }

  /** Whether a blank line comes between the timing line at {@code i} and the next timing line. */
  private static boolean blankBeforeNextTiming(List<String> head, int i) {
    for (int j = i + 1; j < head.size(); j++) {
      if (head.get(j).isBlank()) return true;
      if (head.get(j).contains("-->")) return false;
    }
    return true;
  }
}
