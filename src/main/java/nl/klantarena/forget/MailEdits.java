package nl.klantarena.forget;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The edits of an e-mail draft ({@code .eml}, MIME): the person is forgotten in the decoded text of
 * each header that can name them and of each text part (a calendar part as a calendar), and only
 * what changed is encoded again, in the encoding it had; every other header and part keeps its
 * bytes. The message is handled as ISO-8859-1 text, so that every byte stays the byte it was.
 */
final class MailEdits {

  private static final Set<String> ADDRESSES = Set.of("from", "to", "cc", "reply-to", "sender");

  private MailEdits() {}

  static String edit(String message, Replacer r, List<Found> found) throws IOException {
    return entity(message, r, 1, found);
  }

  /** One MIME entity: headers, a blank line, a body; {@code line} is where it starts. */
  private static String entity(String e, Replacer r, int line, List<Found> found)
      throws IOException {
    int split = e.indexOf("\r\n\r\n");
    int sep = 4;
    if (split < 0) {
      split = e.indexOf("\n\n");
      sep = 2;
    }
    if (split < 0) return e;
    String headers = e.substring(0, split + sep / 2);
    String body = e.substring(split + sep);
    String contentType = "text/plain; charset=us-ascii";
    String encoding = "7bit";
    StringBuilder out = new StringBuilder(e.length());
    int at = 0;
    int headerLine = line;
    for (String field : fields(headers)) {
      String name = field.substring(0, Math.max(0, field.indexOf(':'))).strip();
      String unfolded = field.substring(field.indexOf(':') + 1).replaceAll("\\r?\\n", "").strip();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("content-type")) contentType = unfolded;
      if (lower.equals("content-transfer-encoding")) encoding = unfolded.toLowerCase(Locale.ROOT);
      String changed = header(lower, name, unfolded, r, headerLine, found);
      out.append(changed == null ? field : changed);
      at += field.length();
      headerLine += lines(field);
    }
    out.append(headers, at, headers.length()).append(e, split + sep / 2, split + sep);
    int bodyLine = line + lines(e.substring(0, split + sep));
    out.append(body(body, contentType, encoding, r, bodyLine, found));
    return out.toString();
  }

  /** The header fields, each with its continuation lines and its line end. */
  private static List<String> fields(String headers) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < headers.length()) {
      int end = i;
      while (true) {
        int nl = headers.indexOf('\n', end);
        end = nl < 0 ? headers.length() : nl + 1;
        if (end >= headers.length() || (headers.charAt(end) != ' ' && headers.charAt(end) != '\t'))
          break;
      }
      out.add(headers.substring(i, end));
      i = end;
    }
    return out;
  }

  private static int lines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
    return n;
  }

  /** A header with the person forgotten, folded, or null when it does not name them. */
  private static String header(
      String lower, String name, String value, Replacer r, int line, List<Found> found)
      throws UnsupportedEncodingException {
    if (ADDRESSES.contains(lower)) {
      InternetAddress[] all;
      try {
        all = InternetAddress.parseHeader(value, false);
      } catch (AddressException ex) {
        return null;
      }
      boolean changed = false;
      for (InternetAddress a : all) {
        String personal = a.getPersonal() == null ? "" : a.getPersonal();
        List<Edit> edits = r.edits(personal);
        if (edits.isEmpty()) continue;
        for (Edit ed : edits) found.add(new Found(line, ed.shownBefore(), ed.replacement()));
        a.setPersonal(Edit.apply(personal, edits), "UTF-8");
        changed = true;
      }
      if (!changed) return null;
      return name
          + ": "
          + MimeUtility.fold(name.length() + 2, InternetAddress.toString(all))
          + "\r\n";
    }
    if (!lower.equals("subject")) return null;
    String decoded = MimeUtility.decodeText(value);
    List<Edit> edits = r.edits(decoded);
    if (edits.isEmpty()) return null;
    for (Edit ed : edits) found.add(new Found(line, ed.shownBefore(), ed.replacement()));
    String encoded = MimeUtility.encodeText(Edit.apply(decoded, edits), "UTF-8", null);
    return name + ": " + MimeUtility.fold(name.length() + 2, encoded) + "\r\n";
  }

  private static String body(
      String body, String contentType, String encoding, Replacer r, int line, List<Found> found)
      throws IOException {
    ContentType ct;
    try {
      ct = new ContentType(contentType);
    } catch (jakarta.mail.internet.ParseException ex) {
      return body;
    }
    if (ct.getPrimaryType().equalsIgnoreCase("multipart")) {
      String boundary = ct.getParameter("boundary");
      if (boundary == null) return body;
      String delimiter = "--" + boundary;
      StringBuilder out = new StringBuilder(body.length());
      int at = body.indexOf(delimiter);
      if (at < 0) return body;
      out.append(body, 0, at);
      while (at >= 0) {
        int lineEnd = body.indexOf('\n', at);
        if (lineEnd < 0 || body.startsWith(delimiter + "--", at)) {
          out.append(body.substring(at));
          break;
        }
        out.append(body, at, lineEnd + 1);
        int next = body.indexOf("\r\n" + delimiter, lineEnd + 1);
        int nextCrlf = 2;
        if (next < 0) {
          next = body.indexOf("\n" + delimiter, lineEnd + 1);
          nextCrlf = 1;
        }
        if (next < 0) {
          out.append(body.substring(lineEnd + 1));
          break;
        }
        String part = body.substring(lineEnd + 1, next);
        int partLine = line + lines(body.substring(0, lineEnd + 1));
        out.append(entity(part, r, partLine, found)).append(body, next, next + nextCrlf);
        at = next + nextCrlf;
      }
      return out.toString();
    }
    if (!ct.getPrimaryType().equalsIgnoreCase("text")) return body;
    Charset charset = charset(ct.getParameter("charset"));
    String text;
    try (InputStream in =
        MimeUtility.decode(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), encoding)) {
      text = new String(in.readAllBytes(), charset);
    } catch (MessagingException ex) {
      return body;
    }
    String changed;
    if (ct.getSubType().equalsIgnoreCase("calendar")) {
      changed = CalendarEdits.edit(text, r, line, found);
    } else {
      List<Edit> edits = r.edits(text);
      for (Edit ed : edits) found.add(new Found(line, ed.shownBefore(), ed.replacement()));
      changed = Edit.apply(text, edits);
    }
    if (changed.equals(text)) return body;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream os = MimeUtility.encode(bytes, encoding)) {
      os.write(changed.getBytes(charset));
    } catch (MessagingException ex) {
      throw new IOException(ex);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static Charset charset(String name) {
    try {
      return name == null
          ? StandardCharsets.US_ASCII
          : Charset.forName(MimeUtility.javaCharset(name));
    } catch (RuntimeException ex) {
      return StandardCharsets.UTF_8;
    }
  }
}
