package nl.klantarena.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reading a file the user named, in one place: only a regular file is opened (a folder, a FIFO or a
 * device such as {@code /dev/zero} is refused before anything is read, so nothing blocks and
 * nothing fills memory), never more than a cap, and the bytes are turned into text by one set of
 * rules.
 *
 * <p>Text rules: a byte-order mark says the encoding (UTF-8, UTF-16 LE or BE) and is taken off;
 * UTF-16 without a mark is recognised by its zero bytes; otherwise the bytes must be valid UTF-8,
 * or (where the caller allows it, as for what spreadsheets and Windows editors save) Windows-1252.
 * The five byte values that Windows-1252 leaves undefined make a file neither.
 */
public final class TextFiles {

  /** Why a file could not be read; {@link #NONE} when it was. */
  public enum Problem {
    NONE,
    /** no such file */
    MISSING,
    /** a folder where a file is expected */
    FOLDER,
    /** a FIFO, socket or device: not read, since it may never end */
    NOT_REGULAR,
    /** larger than the cap; {@link Read#size()} says how large (at least) */
    TOO_LARGE,
    /** the system refused to read it; {@link Read#reason()} says why */
    UNREADABLE
  }

  /**
   * What reading gave.
   *
   * @param bytes the whole file when {@code problem} is {@link Problem#NONE}, else empty
   * @param size the file's size; for {@link Problem#TOO_LARGE} at least the cap plus one
   * @param reason the system's words for {@link Problem#UNREADABLE}, else empty
   */
  public record Read(Path path, Problem problem, byte[] bytes, long size, String reason) {
    public Read {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(reason, "reason");
    }

    public boolean ok() {
      return problem == Problem.NONE;
    }
  }

  /** The encodings a text can come in. */
  public enum Encoding {
    UTF_8("UTF-8"),
    UTF_8_BOM("UTF-8 with byte-order mark"),
    UTF_16LE("UTF-16 LE"),
    UTF_16BE("UTF-16 BE"),
    WINDOWS_1252("Windows-1252");

    private final String label;

    Encoding(String label) {
      this.label = label;
    }

    /** How people name it, for messages: "UTF-16 LE". */
    public String label() {
      return label;
    }
  }

  /**
   * Bytes turned into text, or the place where they stopped being text.
   *
   * @param text the text (without a byte-order mark); empty when {@code badOffset >= 0}
   * @param encoding what the bytes were read as; null when they could not be read
   * @param badOffset the offset of the first byte that is not text in any allowed encoding, or -1
   */
  public record Decoded(String text, Encoding encoding, int badOffset) {
    public boolean ok() {
      return badOffset < 0;
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextFiles() {}

  /**
   * Reads at most {@code cap} bytes of a regular file. A larger file is {@link Problem#TOO_LARGE}
   * after reading one byte past the cap at most, whatever size the file system claims.
   */
  public static Read read(Path path, long cap) {
    if (cap < 0 || cap > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("cap " + cap);
    if (Files.isDirectory(path)) return problem(path, Problem.FOLDER, 0, "");
    if (!Files.exists(path)) return problem(path, Problem.MISSING, 0, "");
    if (!Files.isRegularFile(path)) return problem(path, Problem.NOT_REGULAR, 0, "");
    try {
      long size = Files.size(path);
      if (size > cap) return problem(path, Problem.TOO_LARGE, size, "");
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) cap + 1);
      }
      if (bytes.length > cap) return problem(path, Problem.TOO_LARGE, bytes.length, "");
      return new Read(path, Problem.NONE, bytes, bytes.length, "");
    } catch (NoSuchFileException e) {
      return problem(path, Problem.MISSING, 0, "");
    } catch (IOException | SecurityException e) {
      return problem(path, Problem.UNREADABLE, 0, reason(e));
    }
  }

  private static Read problem(Path path, Problem p, long size, String reason) {
    return new Read(path, p, new byte[0], size, reason);
  }

  /** The system's words for a failed read or write, without the path it repeats. */
  public static String reason(Exception e) {
    String m = e.getMessage();
    if (e instanceof FileSystemException fse) {
      m = fse.getReason();
      if (m == null) m = e.getClass().getSimpleName();
    }
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }

  /**
   * Decodes {@code bytes}: by its byte-order mark, as UTF-16 when it has the zero bytes of UTF-16
   * without one, else as strict UTF-8, else (when {@code windows1252} is allowed) as Windows-1252.
   */
  public static Decoded decode(byte[] bytes, boolean windows1252) {
    int n = bytes.length;
    if (n >= 3 && u(bytes[0]) == 0xEF && u(bytes[1]) == 0xBB && u(bytes[2]) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8, Encoding.UTF_8_BOM);
    }
    if (n >= 2 && u(bytes[0]) == 0xFF && u(bytes[1]) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, Encoding.UTF_16LE);
    }
    if (n >= 2 && u(bytes[0]) == 0xFE && u(bytes[1]) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, Encoding.UTF_16BE);
    }
    Encoding sixteen = utf16WithoutMark(bytes);
    if (sixteen == Encoding.UTF_16LE) {
      return strict(bytes, 0, StandardCharsets.UTF_16LE, sixteen);
    }
    if (sixteen == Encoding.UTF_16BE) {
      return strict(bytes, 0, StandardCharsets.UTF_16BE, sixteen);
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, Encoding.UTF_8);
    if (utf8.ok() || !windows1252) return utf8;
    for (int i = 0; i < n; i++) {
      int b = u(bytes[i]);
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return new Decoded("", null, utf8.badOffset());
      }
    }
    return new Decoded(new String(bytes, WINDOWS_1252), Encoding.WINDOWS_1252, -1);
  }

  /**
   * {@code text} as the bytes of {@code encoding}, so that a file is written back in the encoding
   * it came in: UTF-8 with or without its byte-order mark, UTF-16 with one, or Windows-1252 when
   * every character of the text has a place in it, else UTF-8 with a byte-order mark (which
   * spreadsheets read as UTF-8), never with a replacement character.
   */
  public static byte[] encode(String text, Encoding encoding) {
    return switch (encoding) {
      case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
      case UTF_8_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
      case UTF_16LE -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
      case UTF_16BE -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
      case WINDOWS_1252 -> {
        try {
          ByteBuffer b =
              WINDOWS_1252
                  .newEncoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .encode(CharBuffer.wrap(text));
          byte[] out = new byte[b.remaining()];
          b.get(out);
          yield out;
        } catch (CharacterCodingException e) {
          yield encode(text, Encoding.UTF_8_BOM);
        }
      }
    };
  }

  /**
   * UTF-16 without a byte-order mark: among the first 256 byte pairs that hold a zero byte, the
   * zero is always on the same side, and they are at least half of the pairs (text in a Latin
   * script). Never true of UTF-8 text, which has no zero bytes.
   */
  private static Encoding utf16WithoutMark(byte[] b) {
    int pairs = Math.min(b.length / 2, 256);
    if (pairs < 2) return null;
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < pairs; i++) {
      if (b[2 * i] == 0 && b[2 * i + 1] != 0) evenZero++;
      if (b[2 * i + 1] == 0 && b[2 * i] != 0) oddZero++;
      if (b[2 * i] == 0 && b[2 * i + 1] == 0) return null;
    }
    if (oddZero * 2 >= pairs && evenZero == 0) return Encoding.UTF_16LE;
    if (evenZero * 2 >= pairs && oddZero == 0) return Encoding.UTF_16BE;
    return null;
  }

  private static Decoded strict(byte[] bytes, int start, Charset cs, Encoding enc) {
    if (cs == StandardCharsets.UTF_8) {
      // checked here, then decoded by String's own UTF-8 path: a long transcript decodes in a
      // tenth of the time, and ASCII or Latin-1 text is kept at a byte a character
      int bad = invalidUtf8(bytes, start);
      if (bad >= 0) return new Decoded("", null, bad);
      return new Decoded(
          new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), enc, -1);
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return new Decoded(out.toString(), enc, -1);
    } catch (CharacterCodingException e) {
      return new Decoded("", null, firstInvalid(bytes, start, cs));
    }
  }

  /**
   * The offset of the first byte of {@code bytes} (from {@code start}) that is not well-formed
   * UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
   */
  static int invalidUtf8(byte[] b, int start) {
    int n = b.length;
    int i = start;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= n) return i;
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int x = b[i + k] & 0xFF;
        if ((x & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (x & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += need + 1;
    }
    return -1;
  }

  /** The offset of the first byte from which {@code cs} cannot decode. */
  private static int firstInvalid(byte[] bytes, int start, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      var r = dec.decode(in, out, true);
      if (r.isError()) return in.position();
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      var f = dec.flush(out);
      if (f.isOverflow()) {
        out.clear();
        continue;
      }
      return in.position();
    }
  }

  /**
   * The line and column (1-based, columns in characters) of byte {@code offset} of UTF-8 bytes, for
   * a finding at the first byte that is not text.
   */
  public static int[] lineColumnOfUtf8(byte[] bytes, int offset) {
    int start =
        bytes.length >= 3 && u(bytes[0]) == 0xEF && u(bytes[1]) == 0xBB && u(bytes[2]) == 0xBF
            ? 3
            : 0;
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int end = Math.min(offset, bytes.length);
    String before =
        new String(bytes, lineStart, Math.max(0, end - lineStart), StandardCharsets.UTF_8);
    return new int[] {line, before.codePointCount(0, before.length()) + 1};
  }

  private static int u(byte b) {
    return b & 0xff;
  }
}
