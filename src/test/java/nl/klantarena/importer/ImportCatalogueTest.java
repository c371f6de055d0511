package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import part of the error catalogue: one small bad input per finding code of a transcript
 * ({@code src/test/resources/findings/import/<CODE>.<ext>}), imported into the Dutch example
 * session with the finding lines it gives kept in {@code <CODE>.expected} (rewrite with {@code
 * -Dgolden.update=true}). Inputs too large or too odd to commit (a zip bomb, a million-character
 * cue, a folder, a FIFO, {@code /dev/zero}) are made by the tests below; each ends within seconds,
 * with its finding, the right exit code and the notes file untouched.
 */
class ImportCatalogueTest {

  static final Path DIR = Path.of("src/test/resources/findings/import");
  private static final Pattern FINDING_LINE =
      Pattern.compile("^\\S.*?: (error|warning|info)\\[KA\\d+\\]: .*");
  private static final String BEFORE = "id,text\nN0001,eerder\n";

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("KA\\d+\\.\\w+") && !n.endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Path world(Path dir) throws IOException {
    Files.copy(Path.of("examples/nl/session.yaml"), dir.resolve("session.yaml"));
    Files.writeString(dir.resolve("notes.csv"), BEFORE);
    return dir;
  }

  static CliRun.Result importing(Path dir, String... args) {
    String[] a = new String[args.length + 4];
    a[0] = "import";
    a[1] = "session.yaml";
    System.arraycopy(args, 0, a, 2, args.length);
    a[a.length - 2] = "--lang";
    a[a.length - 1] = "en";
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.in(dir).run(a));
  }

  static List<String> findingLines(CliRun.Result r) {
    return r.err().lines().filter(l -> FINDING_LINE.matcher(l).matches()).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachInputGivesItsFinding(String file, @TempDir Path dir) throws IOException {
    String code = file.substring(0, file.indexOf('.'));
    world(dir);
    Files.copy(DIR.resolve(file), dir.resolve(file));
    var r = importing(dir, file, "--dry-run");
    List<String> lines = findingLines(r);
    assertTrue(lines.stream().anyMatch(l -> l.contains("[" + code + "]: ")), code + ":\n" + r);
    assertEquals(
        lines.stream().anyMatch(l -> l.contains(": error[")) ? 1 : 0, r.exit(), r.toString());
    assertFalse(r.err().contains("Exception"), r.toString());
    assertEquals(BEFORE, Files.readString(dir.resolve("notes.csv")));
    String actual = lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    Path expected = DIR.resolve(code + ".expected");
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      boolean existed = Files.exists(expected);
      Files.writeString(expected, actual);
      if (!existed) throw new AssertionError("wrote " + expected + "; review it and run again");
    }
    assertEquals(Files.readString(expected), actual, "expected " + expected);
  }

  /** A Word document of 65 KB that unpacks to 200 MB: refused after inflating the cap at most. */
  @Test
  void zipBomb(@TempDir Path dir) throws IOException {
    world(dir);
    try (OutputStream o = Files.newOutputStream(dir.resolve("bom.docx"));
        ZipOutputStream z = new ZipOutputStream(o)) {
      // just over the 64 MB the importer unpacks, deflated quickly (zeros need no effort)
      z.setLevel(Deflater.BEST_SPEED);
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 65; i++) z.write(zeros);
      z.write(0);
      z.closeEntry();
    }
    assertTrue(Files.size(dir.resolve("bom.docx")) < 1 << 20);
    var r = importing(dir, "bom.docx");
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        List.of(
            "bom.docx:1:1: error[KA624]: the Word document unpacks to more than 64 MB, so it is"
                + " not read (a zip bomb?)"),
        findingLines(r));
    assertEquals(BEFORE, Files.readString(dir.resolve("notes.csv")));
  }

  /** A cue of a million characters is not a line of speech. */
  @Test
  void millionCharacterCue(@TempDir Path dir) throws IOException {
    world(dir);
    Files.writeString(
        dir.resolve("lang.vtt"),
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Eline Bos>"
            + "bla ".repeat(250_000)
            + "</v>\n\n00:00:05.000 --> 00:00:06.000\n<v Eline Bos>Klaar.</v>\n");
    var r = importing(dir, "lang.vtt");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        findingLines(r)
            .contains(
                "lang.vtt:3:1: error[KA626]: a cue of 1000017 characters (at most 20000; cues"
                    + " like this: 1) is not a line of speech; skipped"),
        r.toString());
    assertEquals(BEFORE, Files.readString(dir.resolve("notes.csv")));
  }

  /** A folder, a FIFO or a device given as a transcript: usage (exit 2), nothing read. */
  @Test
  void folderFifoAndDevice(@TempDir Path dir) throws Exception {
    world(dir);
    Files.createDirectory(dir.resolve("map.vtt"));
    var folder = importing(dir, "map.vtt");
    assertEquals(2, folder.exit(), folder.toString());
    assertEquals(
        List.of("map.vtt:1:1: error[KA625]: map.vtt is a folder, not a notes file"),
        findingLines(folder));
    Path fifo = dir.resolve("pijp.vtt");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      var f = importing(dir, "pijp.vtt");
      assertEquals(2, f.exit(), f.toString());
      assertTrue(f.err().contains("error[KA625]"), f.toString());
    }
    if (Files.exists(Path.of("/dev/zero"))) {
      var z = importing(dir, "/dev/zero");
      assertEquals(2, z.exit(), z.toString());
      assertTrue(z.err().contains("is not a regular file"), z.toString());
    }
    assertEquals(BEFORE, Files.readString(dir.resolve("notes.csv")));
  }

  /** A spreadsheet of 10,000 columns: refused at its header row. */
  @Test
  void tenThousandColumns(@TempDir Path dir) throws IOException {
    world(dir);
    StringBuilder sb = new StringBuilder("spreker,tekst");
    for (int i = 0; i < 9_998; i++) sb.append(",k").append(i);
    sb.append("\nEline,Hallo").append(",x".repeat(9_998)).append('\n');
    Files.writeString(dir.resolve("breed.csv"), sb);
    var r = importing(dir, "breed.csv");
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        List.of("breed.csv:1:1: error[KA627]: the header row has 10000 columns (at most 256)"),
        findingLines(r));
    assertEquals(BEFORE, Files.readString(dir.resolve("notes.csv")));
  }

  /** A file larger than the cap is refused after reading past the cap at most. */
  @Test
  void tooLarge(@TempDir Path dir) throws IOException {
    world(dir);
    // buffered: a million small writes straight to the file took most of the test's time
    try (OutputStream o =
        new BufferedOutputStream(Files.newOutputStream(dir.resolve("groot.txt")), 1 << 20)) {
      byte[] line =
          "Eline: bla bla bla bla bla bla bla bla bla bla bla bla bla\n"
              .getBytes(StandardCharsets.UTF_8);
      long size = 0;
      while (size <= 64L * 1024 * 1024) {
        o.write(line);
        size += line.length;
      }
    }
    var r = importing(dir, "groot.txt");
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        List.of("groot.txt:1:1: error[KA625]: the file is too large (65 MB; at most 64 MB)"),
        findingLines(r));
    assertEquals(BEFORE, Files.readString(dir.resolve("notes.csv")));
  }
}
