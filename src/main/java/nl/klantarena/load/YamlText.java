package nl.klantarena.load;

import java.util.Optional;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.TextFiles;
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
   * The text of a YAML file's bytes (by {@link TextFiles#decode}: UTF-8, a byte-order mark taken
   * off); on bytes that are not UTF-8, a UTF-16 file, a NUL or a line too long, adds the finding
   * (KA115, KA126) and returns empty.
   */
  public static Optional<String> decode(byte[] bytes, String file, Findings findings) {
    if (bytes.length > MAX_BYTES) {
      tooLarge(bytes.length, file, findings);
      return Optional.empty();
    }
    TextFiles.Decoded d = TextFiles.decode(bytes, false);
    if (!d.ok()) {
      int[] at = TextFiles.lineColumnOfUtf8(bytes, d.badOffset());
      findings.add(
          "KA115",
          new SourcePos(file, at[0], at[1]),
          String.format("0x%02X", bytes[Math.min(d.badOffset(), bytes.length - 1)] & 0xff));
      return Optional.empty();
    }
    if (d.encoding() == TextFiles.Encoding.UTF_16LE
        || d.encoding() == TextFiles.Encoding.UTF_16BE) {
      findings.addVariant("KA115", "utf16", new SourcePos(file, 1, 1), d.encoding().label());
      return Optional.empty();
    }
    String text = d.text();
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
    } catch (ExpandingParser.TooDeep e) {
      findings.add("KA119", pos(e.at, file));
      return Optional.empty();
    } catch (StackOverflowError e) {
      // deep nesting the depth limit does not see (inside a single scalar's parsing, say)
      findings.add("KA119", new SourcePos(file, 1, 1));
      return Optional.empty();
    }
  }

  /** A 1-based position from a 0-based snakeyaml mark. */
  public static SourcePos pos(Optional<Mark> mark, String file) {
    // the mark's own name wins: a node inherited from klantarena.yaml points into that file
    if (mark.isEmpty()) return new SourcePos(file, 1, 1);
    Mark m = mark.get();
    return new SourcePos(
        m.getName() == null || m.getName().isEmpty() ? file : m.getName(),
        m.getLine() + 1,
        m.getColumn() + 1);
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
}
