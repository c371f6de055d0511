package nl.klantarena.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What a file is, from its first bytes, when it is not text: a Word document (read), or a format
 * this tool does not read (a PDF, an old Word or Excel file, a workbook, a recording, a picture, a
 * web page), named so that the finding can say which export to use instead.
 */
final class Sniff {

  private Sniff() {}

  /**
   * The kind of a binary (or markup) file: {@code docx} (read), or the key of a format not read:
   * {@code xlsx}, {@code pptx}, {@code odf}, {@code zip}, {@code pdf}, {@code doc}, {@code rtf},
   * {@code media}, {@code image}, {@code html}; null for anything else (text to decode).
   */
  static String binaryKind(byte[] b) {
    if (starts(b, 0, 'P', 'K', 3, 4)) {
      List<String> names = TeamsDocx.entries(b, 200);
      for (String n : names) if (n.equals("word/document.xml")) return "docx";
      for (String n : names) {
        if (n.startsWith("xl/")) return "xlsx";
        if (n.startsWith("ppt/")) return "pptx";
        if (n.equals("mimetype") || n.equals("content.xml")) return "odf";
        if (n.startsWith("word/")) return "docx";
      }
      return "zip";
    }
    if (starts(b, 0, '%', 'P', 'D', 'F')) return "pdf";
    if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0)) return "doc";
    if (starts(b, 0, '{', '\\', 'r', 't', 'f')) return "rtf";
    if (starts(b, 0, 0x89, 'P', 'N', 'G')
        || starts(b, 0, 0xFF, 0xD8, 0xFF)
        || starts(b, 0, 'G', 'I', 'F', '8')) return "image";
    if (starts(b, 4, 'f', 't', 'y', 'p')
        || starts(b, 0, 'I', 'D', '3')
        || (b.length > 1 && (b[0] & 0xFF) == 0xFF && ((b[1] & 0xFF) | 0x09) == 0xFB)
        || (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'A', 'V', 'E'))
        || starts(b, 0, 'O', 'g', 'g', 'S')
        || starts(b, 0, 'f', 'L', 'a', 'C')
        || starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) return "media";
    String head =
        new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
    return null;
  }

  private static boolean starts(byte[] b, int at, int... sig) {
    if (b.length < at + sig.length) return false;
    for (int i = 0; i < sig.length; i++) if ((b[at + i] & 0xFF) != sig[i]) return false;
    return true;
  }

  /** Bytes that are no text at all: many NUL or other control bytes in the first 8 KiB. */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
    }
    return n > 0 && control * 20 > n;
  }

  /** Decoded text that is no text at all: many control characters in its first 8 K characters. */
  static boolean looksBinary(String s) {
    int n = Math.min(s.length(), 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
    }
    return n > 0 && control * 20 > n;
  }

  /**
   * Whether text reads as prose (what Whisper's {@code .txt} holds): at least half of the first 4 K
   * characters that are not spaces are letters, and there are words of more than two letters.
   */
  static boolean isProse(String s) {
    int n = Math.min(s.length(), 4096);
    int letters = 0;
    int other = 0;
    int longWords = 0;
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        run++;
        continue;
      }
      if (run > 2) longWords++;
      run = 0;
      if (!Character.isWhitespace(c)) other++;
    }
    if (run > 2) longWords++;
    return letters > 0 && letters >= other && longWords >= 2;
  }
}
