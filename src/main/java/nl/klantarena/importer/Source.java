package nl.klantarena.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A notes file's bytes turned into text: UTF-8 (a byte-order mark taken off), or Windows-1252 when
 * the bytes are not valid UTF-8, which is how Dutch Excel saves CSV.
 */
record Source(String shown, String text, boolean binary, boolean cp1252) {

  static Source of(String shown, byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) return new Source(shown, "", true, false);
    }
    int off =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    try {
      String t =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, off, bytes.length - off))
              .toString();
      return new Source(shown, t, false, false);
    } catch (CharacterCodingException e) {
      return new Source(shown, new String(bytes, Charset.forName("windows-1252")), false, true);
    }
  }
}
