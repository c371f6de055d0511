package nl.klantarena.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * What Whisper and WhisperX write: {@code .json} (segments with start and end in seconds, text, and
 * a {@code speaker} when diarized), {@code .tsv} (start and end in milliseconds, text) and {@code
 * .txt} (the words only: one note per paragraph). Their {@code .vtt} and {@code .srt} are read as
 * WebVTT and SRT, with the {@code [SPEAKER_00]:} labels the importer finds.
 *
 * <p>JSON is read with the YAML reader the tool has anyway (JSON is YAML 1.2), which keeps each
 * segment's line for the findings.
 */
final class Whisper {

  private Whisper() {}

  /**
   * A Whisper JSON file; false when it is JSON but holds no {@code segments} (then nothing was read
   * and the caller says what it is).
   */
  static boolean json(String text, String shown, Findings f, Tally t, Consumer<Raw> out) {
    t.unit = "segments";
    Node root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setCodePointLimit(Integer.MAX_VALUE)
              .setMaxAliasesForCollections(0)
              .build();
      Composer c =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      Optional<Node> n = c.getSingleNode();
      if (n.isEmpty()) return false;
      root = n.get();
    } catch (RuntimeException | StackOverflowError e) {
      f.add("KA605", new SourcePos(shown, 1, 1));
      return true;
    }
    Node segments = root instanceof MappingNode m ? get(m, "segments") : null;
    if (!(segments instanceof SequenceNode list)) return false;
    TimeOrder order = new TimeOrder(shown);
    for (Node seg : list.getValue()) {
      int line = seg.getStartMark().map(mk -> mk.getLine() + 1).orElse(1);
      t.read++;
      if (!(seg instanceof MappingNode m)) {
        t.skipped++;
        f.add("KA606", new SourcePos(shown, line, 1), "segment", "segment", "{start, end, text}");
        continue;
      }
      String words = scalar(get(m, "text")).strip();
      double start = number(scalar(get(m, "start")));
      double end = number(scalar(get(m, "end")));
      String speaker = scalar(get(m, "speaker")).strip();
      if (start < 0) {
        t.skipped++;
        f.add("KA606", new SourcePos(shown, line, 1), scalar(get(m, "start")), "start", "seconds");
        continue;
      }
      order.check(Math.round(start * 1000), end < 0 ? -1 : Math.round(end * 1000), line);
      segment(start, speaker, words, line, t, out);
    }
    order.finish(f);
    return true;
  }

  /** A segment's words to a raw note: the speaker if diarized, else perhaps in the words. */
  private static void segment(
      double start, String speaker, String words, int line, Tally t, Consumer<Raw> out) {
    if (t.tooLong(words, line)) return;
    if (words.isEmpty()) {
      t.empty(line);
      return;
    }
    Raw.Label label = speaker.isEmpty() ? Raw.Label.IN_TEXT : Raw.Label.GIVEN;
    out.accept(Raw.cue(start, speaker, label, words, line, 1));
  }

  private static Node get(MappingNode m, String key) {
    for (NodeTuple e : m.getValue()) {
      if (e.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
        return e.getValueNode();
    }
    return null;
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? s.getValue() : "";
  }

  private static double number(String s) {
    try {
      double d = Double.parseDouble(s.strip());
      return Double.isFinite(d) && d >= 0 ? d : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether the first line of a file is the header of Whisper's TSV: {@code start end text}. */
  static boolean isTsvHeader(String firstLine) {
    String[] h = firstLine.strip().toLowerCase(Locale.ROOT).split("\t");
    return h.length >= 3 && h[0].equals("start") && h[1].equals("end") && h[2].equals("text");
  }

  /** Whisper's TSV: start and end in milliseconds, the text; a {@code speaker} column if any. */
  static void tsv(String text, String shown, Findings f, Tally t, Consumer<Raw> out) {
    t.unit = "segments";
    LineCursor lines = new LineCursor(text);
    String[] header = lines.next().strip().toLowerCase(Locale.ROOT).split("\t");
    int speakerCol = List.of(header).indexOf("speaker");
    TimeOrder order = new TimeOrder(shown);
    String l;
    while ((l = lines.next()) != null) {
      if (l.isBlank()) continue;
      int line = lines.number();
      t.read++;
      String[] c = l.split("\t", -1);
      long start = c.length >= 3 ? millis(c[0]) : -1;
      long end = c.length >= 3 ? millis(c[1]) : -1;
      if (start < 0) {
        t.skipped++;
        f.add("KA606", new SourcePos(shown, line, 1), c[0], "start", "milliseconds");
        continue;
      }
      order.check(start, end, line);
      String words = c[2].strip();
      String speaker = speakerCol >= 0 && speakerCol < c.length ? c[speakerCol].strip() : "";
      segment(start / 1000.0, speaker, words, line, t, out);
    }
    order.finish(f);
  }

  private static long millis(String s) {
    String v = s.strip();
    if (v.isEmpty() || v.length() > 12) return -1;
    for (int i = 0; i < v.length(); i++) if (v.charAt(i) < '0' || v.charAt(i) > '9') return -1;
    return Long.parseLong(v);
  }

  /**
   * Words without times (Whisper's {@code .txt}): a note per paragraph, paragraphs separated by a
   * blank line; a file without blank lines (Whisper writes a segment a line) gives a note a line.
   */
  static void paragraphs(String text, Tally t, Consumer<Raw> out) {
    t.unit = "paragraphs";
    boolean byLine = !hasBlankLine(text);
    LineCursor lines = new LineCursor(text);
    StringBuilder sb = new StringBuilder();
    int first = 0;
    String l;
    while ((l = lines.next()) != null) {
      if (l.isBlank() || byLine) {
        flush(sb, first, t, out);
        if (l.isBlank()) continue;
      }
      if (sb.length() == 0) first = lines.number();
      else sb.append(' ');
      sb.append(l.strip());
    }
    flush(sb, first, t, out);
  }

  /** Whether a blank line stands between two lines with words. */
  private static boolean hasBlankLine(String text) {
    LineCursor lines = new LineCursor(text);
    boolean words = false;
    boolean blank = false;
    String l;
    while ((l = lines.next()) != null) {
      if (l.isBlank()) blank = words;
      else if (blank) return true;
      else words = true;
    }
    return false;
  }

  private static void flush(StringBuilder sb, int line, Tally t, Consumer<Raw> out) {
    if (sb.length() == 0) return;
    String p = sb.toString();
    sb.setLength(0);
    t.read++;
    if (!t.tooLong(p, line))
      out.accept(new Raw(-1, false, 0, "", Raw.Label.IN_TEXT, "", "", p, line, "", null, 1, false));
  }
}
