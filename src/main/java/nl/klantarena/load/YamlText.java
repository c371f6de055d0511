package nl.klantarena.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Turns the bytes of a YAML file into a node tree, safely. Nothing is ever constructed from a tag
 * (the tree is composed, not loaded), aliases are capped, and whatever the parser throws on
 * malformed input, including a stack overflow on deep nesting, becomes a finding.
 */
public final class YamlText {

  /** Larger files are refused: a session file is a few kilobytes. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /**
   * Longer lines are refused: the YAML reader's look-ahead makes a long line cost quadratic time (a
   * 3 MB line takes many seconds), and no session file needs one.
   */
  public static final int MAX_LINE = 64 * 1024;

  /** Aliases of lists and mappings a file may hold, each counted with those in what it repeats. */
  static final int MAX_ALIASES = 50;

  /** Values that the aliases of a file may repeat in all. */
  static final int MAX_REPEATED = 10_000;

  private YamlText() {}

  /**
   * Adds KA116 for a text of {@code size} bytes: its size in MB, rounded up so that a file just
   * over the limit never reads as equal to it.
   */
  public static void tooLarge(long size, String file, Findings findings) {
    long mb = 1024L * 1024L;
    findings.add("KA116", SourcePos.of(file), (size + mb - 1) / mb, MAX_BYTES / mb);
  }

  /**
   * Decodes UTF-8 strictly (a BOM is dropped); on invalid bytes adds KA115 at the first one and
   * returns empty.
   */
  public static Optional<String> decode(byte[] bytes, String file, Findings findings) {
    if (bytes.length > MAX_BYTES) {
      tooLarge(bytes.length, file, findings);
      return Optional.empty();
    }
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer out = dec.decode(in);
      String text = out.toString();
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        findings.add("KA115", posOf(text, nul, file), "NUL");
        return Optional.empty();
      }
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n') {
          if (i - lineStart > MAX_LINE) {
            findings.add("KA126", new SourcePos(file, line, 1), line, i - lineStart, MAX_LINE);
            return Optional.empty();
          }
          line++;
          lineStart = i + 1;
        }
      }
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes, start);
      String before = new String(bytes, start, Math.max(0, bad - start), StandardCharsets.UTF_8);
      findings.add(
          "KA115",
          posOf(before, before.length(), file),
          String.format("0x%02X", bytes[bad] & 0xff));
      return Optional.empty();
    }
  }

  /**
   * Composes the single document in {@code text}. Returns empty when the text has no document or
   * cannot be parsed; a finding then says why, in the user's words ({@link YamlProblems}). Aliases
   * are expanded where they are written ({@link ExpandingParser}), and a finding about what an
   * alias repeats also names its anchor.
   */
  public static Optional<Node> compose(String text, String file, Findings findings) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setUseMarks(true)
            .setAllowDuplicateKeys(true) // reported by MapView, with both positions
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(true) // reported by MapView as a key that is not text
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_BYTES)
            .setParseComments(false)
            .build();
    ExpandingParser events =
        new ExpandingParser(
            new ParserImpl(settings, new StreamReader(settings, text)), MAX_ALIASES, MAX_REPEATED);
    YamlProblems problems = new YamlProblems(text, file, findings);
    try {
      Composer composer = new Composer(settings, events);
      if (!composer.hasNext()) {
        findings.add("KA117", new SourcePos(file, 1, 1));
        return Optional.empty();
      }
      Node root = composer.next();
      if (composer.hasNext()) {
        Node second = composer.next();
        findings.add("KA118", pos(second.getStartMark(), file));
      }
      for (ExpandingParser.Expanded a : events.expanded()) {
        findings.relate(
            pos(a.alias(), file),
            new Finding.Related(
                pos(a.anchor(), file), findings.messages().get("yaml.anchor.here", a.name())));
      }
      return Optional.of(root);
    } catch (MarkedYamlEngineException e) {
      problems.report(e, events.openFlow());
      return Optional.empty();
    } catch (ReaderException e) {
      problems.report(e);
      return Optional.empty();
    } catch (YamlVersionException e) {
      problems.report(e);
      return Optional.empty();
    } catch (ExpandingParser.AliasProblem e) {
      problems.report(e, MAX_ALIASES, MAX_REPEATED);
      return Optional.empty();
    } catch (YamlEngineException e) {
      findings.add("KA100", new SourcePos(file, 1, 1), sentence(firstLine(e.getMessage())));
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
      // thrown while the composer builds a node (a tag that decodes to spaces): at that node
      problems.report(e, events.last());
      return Optional.empty();
    } catch (StackOverflowError e) {
      findings.add("KA119", new SourcePos(file, 1, 1));
      return Optional.empty();
    }
  }

  /** A 1-based position from a 0-based snakeyaml mark. */
  public static SourcePos pos(Optional<Mark> mark, String file) {
    // the mark's own name wins: a node inherited from klantarena.yaml points into that file
    return mark.map(
            m ->
                new SourcePos(
                    m.getName() == null || m.getName().isEmpty() ? file : m.getName(),
                    m.getLine() + 1,
                    m.getColumn() + 1))
        .orElse(new SourcePos(file, 1, 1));
  }

  static String sentence(String s) {
    if (s == null || s.isBlank()) return "malformed YAML";
    s = s.strip();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The 1-based line and column of {@code index}; columns count characters as marks do. */
  static SourcePos posOf(String text, int index, String file) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        col = 1;
      } else if (!Character.isLowSurrogate(c)) {
        col++; // an emoji is one character, as in the reader's marks
      }
    }
    return new SourcePos(file, line, col);
  }

  private static int firstInvalid(byte[] b, int start) {
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int n;
      if (c < 0x80) n = 1;
      else if (c >= 0xC2 && c <= 0xDF) n = 2;
      else if (c >= 0xE0 && c <= 0xEF) n = 3;
      else if (c >= 0xF0 && c <= 0xF4) n = 4;
      else return i;
      if (i + n > b.length) return i;
      for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return i;
      i += n;
    }
    return Math.max(start, b.length - 1);
  }
}
