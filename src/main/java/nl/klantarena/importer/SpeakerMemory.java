package nl.klantarena.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.Csv;
import nl.klantarena.io.FileSource;
import nl.klantarena.io.TextFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code speakers.csv} beside {@code notes.csv}: which person a transcript's speaker labels mean,
 * per file, as {@code import --speaker "SPEAKER_00=Henk Visser"} said once, so that importing the
 * file again gives the same speakers. Columns {@code file,label,speaker}; a user may edit it.
 */
public final class SpeakerMemory {

  /** The file name, beside the notes file. */
  public static final String NAME = "speakers.csv";

  private static final long CAP = 4L * 1024 * 1024;

  private SpeakerMemory() {}

  /**
   * Per transcript file name, label to name; empty when there is no such file. Read through {@code
   * files} (the run's loader).
   */
  public static Map<String, Map<String, String>> read(
      Path file, String shown, Findings f, FileSource files) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    TextFiles.Read r = files.read(file, CAP);
    if (r.problem() == TextFiles.Problem.MISSING) return out;
    if (!r.ok()) {
      f.add(
          "KA625",
          new SourcePos(shown, 1, 1),
          f.messages().get("import.unreadable.system", shown, r.problem()));
      return out;
    }
    TextFiles.Decoded d = TextFiles.decode(r.bytes(), true);
    if (!d.ok()) {
      f.add("KA622", new SourcePos(shown, 1, 1));
      return out;
    }
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p =
        CSVParser.builder().setReader(new StringReader(d.text())).setFormat(fmt).get()) {
      for (CSVRecord rec : p) {
        if (!rec.isSet("file") || !rec.isSet("label") || !rec.isSet("speaker")) continue;
        String speaker = Csv.unguard(rec.get("speaker")).strip();
        if (speaker.isEmpty()) continue;
        out.computeIfAbsent(rec.get("file").strip(), k -> new LinkedHashMap<>())
            .put(Csv.unguard(rec.get("label")).strip(), speaker);
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      f.add("KA605", new SourcePos(shown, 1, 1));
    }
    return out;
  }

  /** {@code known} with {@code used} laid over it; null when nothing changes. */
  public static Map<String, Map<String, String>> merged(
      Map<String, Map<String, String>> known, Map<String, Map<String, String>> used) {
    Map<String, Map<String, String>> all = new TreeMap<>();
    for (var e : known.entrySet()) all.put(e.getKey(), new TreeMap<>(e.getValue()));
    boolean changed = false;
    for (var e : used.entrySet()) {
      Map<String, String> m = all.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
      for (var l : e.getValue().entrySet()) {
        if (!l.getValue().equals(m.put(l.getKey(), l.getValue()))) changed = true;
      }
    }
    return changed ? all : null;
  }

  /** The file's text: a header, then a row per file and label. */
  public static String format(Map<String, Map<String, String>> all) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      p.printRecord(List.of("file", "label", "speaker"));
      for (var e : all.entrySet())
        for (var l : e.getValue().entrySet())
          p.printRecord(e.getKey(), Csv.guard(l.getKey()), Csv.guard(l.getValue()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }
}
