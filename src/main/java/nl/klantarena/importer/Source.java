package nl.klantarena.importer;

import nl.klantarena.io.TextFiles;

/**
 * A notes file's bytes turned into text by the one decoder ({@link TextFiles#decode}): UTF-8 (a
 * byte-order mark taken off), UTF-16 with or without a mark, or Windows-1252 when the bytes are not
 * valid UTF-8, which is how Dutch Excel saves CSV. Bytes that are none of these are binary.
 */
record Source(String shown, String text, boolean binary, boolean cp1252) {

  static Source of(String shown, byte[] bytes) {
    TextFiles.Decoded d = TextFiles.decode(bytes, true);
    if (!d.ok() || d.text().indexOf('\0') >= 0) return new Source(shown, "", true, false);
    return new Source(shown, d.text(), false, d.encoding() == TextFiles.Encoding.WINDOWS_1252);
  }
}
