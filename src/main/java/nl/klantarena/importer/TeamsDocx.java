package nl.klantarena.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document ({@code .docx}, as Teams lets one download a transcript): the
 * paragraphs of {@code word/document.xml}, one a line, read with the JDK's zip and XML readers.
 * What is inflated is capped, so a small file that unpacks to gigabytes (a zip bomb) is refused
 * after reading no more than the cap; the XML may not declare a document type, so it can name no
 * outside file.
 */
final class TeamsDocx {

  /** At most this many bytes are inflated from the whole archive. */
  static final long MAX_INFLATED = 64L * 1024 * 1024;

  /** At most this many entries are looked at. */
  static final int MAX_ENTRIES = 10_000;

  /** What reading the archive gave. */
  record Text(String text, Problem problem) {}

  enum Problem {
    NONE,
    /** no {@code word/document.xml}: not a Word document */
    NOT_WORD,
    /** more than {@link #MAX_INFLATED} bytes, or too many entries */
    TOO_LARGE,
    /** a broken archive or XML */
    BROKEN
  }

  private TeamsDocx() {}

  /** The names of the first entries of a ZIP archive (to say what it is); empty when broken. */
  static List<String> entries(byte[] zip, int max) {
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while (names.size() < max && (e = z.getNextEntry()) != null) names.add(e.getName());
    } catch (IOException | IllegalArgumentException e) {
      // what was read so far says enough
    }
    return names;
  }

  static Text read(byte[] zip) {
    long inflated = 0;
    int entries = 0;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) return new Text("", Problem.TOO_LARGE);
        if (!e.getName().equals("word/document.xml")) continue;
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = z.read(buf)) > 0) {
          inflated += n;
          if (inflated > MAX_INFLATED) return new Text("", Problem.TOO_LARGE);
          xml.write(buf, 0, n);
        }
        return paragraphs(new ByteArrayInputStream(xml.toByteArray()));
      }
      return new Text("", Problem.NOT_WORD);
    } catch (IOException | IllegalArgumentException e) {
      return new Text("", Problem.BROKEN);
    }
  }

  /** The paragraphs' text, a line each; tabs and line breaks inside a paragraph kept. */
  private static Text paragraphs(InputStream xml) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException ignored) {
      // a parser without the property reads no outside file anyway once DTDs are off
    }
    StringBuilder sb = new StringBuilder();
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(xml, "UTF-8");
      boolean inText = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          switch (name) {
            case "t" -> inText = true;
            case "tab" -> sb.append('\t');
            case "br", "cr" -> sb.append('\n');
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("t")) inText = false;
          else if (name.equals("p")) sb.append('\n');
        } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
          sb.append(r.getText());
        } else if (ev == XMLStreamConstants.DTD) {
          return new Text("", Problem.BROKEN);
        }
      }
      return new Text(sb.toString(), Problem.NONE);
    } catch (XMLStreamException | RuntimeException e) {
      return new Text("", Problem.BROKEN);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing is left open: the input is in memory
        }
      }
    }
  }
}
