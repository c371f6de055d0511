package nl.klantarena.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.klantarena.io.TextFiles.Encoding;
import nl.klantarena.io.TextFiles.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir Path dir;

  @Test
  void utf8WithAndWithoutMark() {
    assertEquals(
        new TextFiles.Decoded("één", Encoding.UTF_8, -1),
        TextFiles.decode("één".getBytes(StandardCharsets.UTF_8), false));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertEquals(new TextFiles.Decoded("a", Encoding.UTF_8_BOM, -1), TextFiles.decode(bom, false));
  }

  @Test
  void utf16WithMarkAndWithout() {
    String t = "WEBVTT\n\nHüseyin Yılmaz";
    byte[] le = ("\uFEFF" + t).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + t).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(t, TextFiles.decode(le, false).text());
    assertEquals(Encoding.UTF_16LE, TextFiles.decode(le, false).encoding());
    assertEquals(Encoding.UTF_16BE, TextFiles.decode(be, false).encoding());
    byte[] bare = t.getBytes(StandardCharsets.UTF_16LE);
    assertEquals(new TextFiles.Decoded(t, Encoding.UTF_16LE, -1), TextFiles.decode(bare, false));
  }

  @Test
  void windows1252OnlyWhereAllowed() {
    byte[] excel = "Échte koffie — prima".getBytes(Charset.forName("windows-1252"));
    TextFiles.Decoded strict = TextFiles.decode(excel, false);
    assertEquals(0, strict.badOffset());
    assertEquals(null, strict.encoding());
    TextFiles.Decoded lenient = TextFiles.decode(excel, true);
    assertEquals("Échte koffie — prima", lenient.text());
    assertEquals(Encoding.WINDOWS_1252, lenient.encoding());
  }

  @Test
  void bytesThatAreNoWindows1252AreRefused() {
    byte[] b = {'a', (byte) 0x81, 'b', (byte) 0xC3};
    TextFiles.Decoded d = TextFiles.decode(b, true);
    assertEquals(1, d.badOffset());
    assertEquals(null, d.encoding());
  }

  @Test
  void firstBadByteAsLineAndColumn() {
    byte[] b = "ab\nc\u00e9d\u00ff".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[b.length + 1];
    System.arraycopy(b, 0, bad, 0, b.length);
    bad[b.length] = (byte) 0xFF;
    int off = TextFiles.decode(bad, false).badOffset();
    assertEquals(b.length, off);
    assertArrayEquals(new int[] {2, 5}, TextFiles.lineColumnOfUtf8(bad, off));
  }

  @Test
  void capsTheRead() throws Exception {
    Path f = dir.resolve("big.txt");
    Files.write(f, new byte[101]);
    assertEquals(Problem.TOO_LARGE, TextFiles.read(f, 100).problem());
    assertTrue(TextFiles.read(f, 101).ok());
    assertEquals(101, TextFiles.read(f, 101).bytes().length);
  }

  @Test
  void foldersAndMissingFiles() {
    assertEquals(Problem.FOLDER, TextFiles.read(dir, 100).problem());
    assertEquals(Problem.MISSING, TextFiles.read(dir.resolve("nope"), 100).problem());
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void devicesAndFifosAreNotOpened() throws Exception {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) assertEquals(Problem.NOT_REGULAR, TextFiles.read(zero, 100).problem());
    Path fifo = dir.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    if (p.waitFor() == 0) assertEquals(Problem.NOT_REGULAR, TextFiles.read(fifo, 100).problem());
  }
}
