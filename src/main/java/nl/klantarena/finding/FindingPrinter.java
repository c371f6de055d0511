package nl.klantarena.finding;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.io.FileSource;
import nl.klantarena.io.Json;
import nl.klantarena.io.TextFiles;
import nl.klantarena.text.Controls;
import nl.klantarena.text.Width;

/**
 * Prints findings in the three formats of the contract.
 *
 * <ul>
 *   <li>{@code text}: {@code path:line:col: severity[CODE]: message}, then the offending line with
 *       a caret under the column (and the line of a second position, marked and labelled), then the
 *       hint — as compilers do;
 *   <li>{@code json}: an array of objects (file, line, column, severity, code, name, message, hint,
 *       and related when the finding has a second position);
 *   <li>{@code github}: GitHub Actions workflow commands ({@code ::error file=…,line=…::…}).
 * </ul>
 */
public final class FindingPrinter {

  public enum Format {
    TEXT,
    JSON,
    GITHUB;

    public static Format of(String word) {
      return valueOf(word.toUpperCase(Locale.ROOT));
    }
  }

  private static final int MAX_EXCERPT = 160;

  /** The largest file an excerpt is taken from. */
  private static final int MAX_SOURCE = 8 * 1024 * 1024;

  private final Path base;
  private final FileSource files;
  private final boolean color;
  private final Messages messages;
  private final Map<String, List<String>> sources = new HashMap<>();

  /**
   * @param base the folder that relative file names in findings are relative to
   * @param files where the excerpts' files are read from: the run's loader, which has read them
   * @param color whether to colour the severity (only on a terminal, never under NO_COLOR)
   */
  public FindingPrinter(Path base, FileSource files, boolean color, Messages messages) {
    this.base = base;
    this.files = files;
    this.color = color;
    this.messages = messages;
  }

  /** A printer that reads the excerpts' files from disk (tests, tools outside a run). */
  public FindingPrinter(Path base, boolean color, Messages messages) {
    this(base, FileSource.DIRECT, color, messages);
  }

  /**
   * Prints each finding: its line, the excerpt with a caret, the hint. What the user wrote is never
   * printed raw: a control character or a bidirectional override in a message or an excerpt is
   * shown as a code such as {@code <U+001B>}, so that a value cannot command the terminal.
   */
  public void text(List<Finding> findings, PrintWriter err) {
    for (Finding f : findings) {
      StringBuilder sb = new StringBuilder();
      sb.append(safe(f.pos().toString())).append(": ");
      sb.append(paint(f.severity(), f.severity().word() + "[" + f.code() + "]"));
      sb.append(": ").append(safe(f.message()));
      err.println(sb);
      Finding.Related related = f.related();
      boolean shown = false;
      if (f.pos().hasLine()) {
        String line = sourceLine(f.pos().file(), f.pos().line());
        if (line != null) {
          List<Mark> marks = new ArrayList<>();
          marks.add(new Mark(f.pos(), line, "^", ""));
          if (related != null
              && related.pos().hasLine()
              && related.pos().file().equals(f.pos().file())) {
            String other = sourceLine(related.pos().file(), related.pos().line());
            if (other != null) {
              marks.add(new Mark(related.pos(), other, "-", related.message()));
              shown = true;
            }
          }
          excerpt(err, marks);
        }
      }
      if (related != null && !shown)
        err.println("  = " + safe(related.message()) + ": " + safe(related.pos().toString()));
      if (!f.hint().isEmpty())
        err.println("  = " + messages.get("printer.hint") + ": " + safe(f.hint()));
    }
  }

  /** Marks in the order of their positions (a class, not a lambda: see {@link #tally}). */
  private static final Comparator<Mark> BY_POSITION = new ByPosition();

  private static final class ByPosition implements Comparator<Mark> {
    @Override
    public int compare(Mark a, Mark b) {
      return a.pos().compareTo(b.pos());
    }
  }

  /** A one-line tally such as "2 errors, 1 warning" in the tool's language. */
  public static String tally(List<Finding> findings, Messages messages) {
    // a loop, not streams: every command that prints findings ends here (no lambdas on the
    // start path; see nl.klantarena.cli)
    long e = 0;
    long w = 0;
    long i = 0;
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR -> e++;
        case WARNING -> w++;
        case INFO -> i++;
      }
    }
    List<String> parts = new ArrayList<>();
    parts.add(count(e, "printer.error", messages));
    parts.add(count(w, "printer.warning", messages));
    if (i > 0) parts.add(count(i, "printer.info", messages));
    return String.join(", ", parts);
  }

  private static String count(long n, String key, Messages messages) {
    return n + " " + messages.get(n == 1 ? key + ".one" : key + ".many");
  }

  /** {@code check --format json}: the findings as a JSON array of {@link #tree} objects. */
  public static String json(List<Finding> findings, Messages messages) {
    return Json.write(tree(findings, messages)) + "\n";
  }

  /**
   * The findings as JSON values, one object each (file, line, column, severity, code, name,
   * message, hint): the one form every command's JSON output uses for findings.
   */
  public static List<Object> tree(List<Finding> findings, Messages messages) {
    List<Object> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", f.pos().file());
      m.put("line", f.pos().line());
      m.put("column", f.pos().column());
      m.put("severity", f.severity().word());
      m.put("code", f.code());
      m.put("name", messages.name(f.code()));
      m.put("message", f.message());
      m.put("hint", f.hint());
      if (f.related() != null) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", f.related().pos().file());
        r.put("line", f.related().pos().line());
        r.put("column", f.related().pos().column());
        r.put("message", f.related().message());
        m.put("related", r);
      }
      out.add(m);
    }
    return out;
  }

  public static void github(List<Finding> findings, PrintWriter out) {
    for (Finding f : findings) {
      String cmd =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      StringBuilder sb =
          new StringBuilder("::").append(cmd).append(" file=").append(prop(f.pos().file()));
      if (f.pos().hasLine()) {
        sb.append(",line=").append(f.pos().line()).append(",col=").append(f.pos().column());
      }
      sb.append(",title=").append(prop(f.code()));
      String msg = f.message() + (f.hint().isEmpty() ? "" : " (" + f.hint() + ")");
      // an annotation has one place; the second is named in its text
      if (f.related() != null) msg += "; " + f.related().message() + ": " + f.related().pos();
      sb.append("::").append(data(msg));
      out.println(sb);
    }
  }

  /** A place to show in an excerpt: its line's text, the marker under it and a label after it. */
  private record Mark(SourcePos pos, String text, String marker, String label) {}

  /**
   * The lines of the marks in line order, each with its marker under the column, as compilers show
   * them; "..." stands for the lines between two marks that are not next to each other. What the
   * user wrote is shown with its control characters made visible, and the marker goes under the
   * character however wide what comes before it is on the screen.
   */
  private static void excerpt(PrintWriter err, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(BY_POSITION);
    int width = String.valueOf(sorted.get(sorted.size() - 1).pos().line()).length();
    String blank = " ".repeat(width);
    err.println(" " + blank + " |");
    int lastLine = -1;
    for (Mark m : sorted) {
      int col = utf16Column(m.text(), Math.max(1, m.pos().column()));
      int from = window(m.text(), col);
      String shown = m.text().substring(from, Math.min(m.text().length(), from + MAX_EXCERPT));
      shown = shown.replace('\t', ' ');
      if (m.pos().line() != lastLine) {
        if (lastLine > 0 && m.pos().line() > lastLine + 1) err.println("...");
        String gutter = String.valueOf(m.pos().line());
        err.println(
            " " + " ".repeat(width - gutter.length()) + gutter + " | " + Controls.visible(shown));
        lastLine = m.pos().line();
      }
      int before = Math.max(0, Math.min(col - 1 - from, shown.length()));
      int caretAt = Width.of(Controls.visible(shown.substring(0, before)));
      String label = m.label().isEmpty() ? "" : " " + safe(m.label());
      err.println(" " + blank + " | " + " ".repeat(caretAt) + m.marker() + label);
    }
  }

  /**
   * The 1-based place in Java's UTF-16 text of a finding's column, which counts characters (code
   * points): after an emoji, which Java holds as two chars, the caret would stand one place early.
   */
  static int utf16Column(String line, int column) {
    int chars = line.codePointCount(0, line.length());
    if (column - 1 >= chars) return line.length() + 1 + (column - 1 - chars);
    return line.offsetByCodePoints(0, column - 1) + 1;
  }

  /** Where a line longer than {@link #MAX_EXCERPT} is cut so that the column stays in view. */
  private static int window(String line, int col) {
    if (line.length() <= MAX_EXCERPT) return 0;
    return Math.max(0, Math.min(col - 1 - MAX_EXCERPT / 2, line.length() - MAX_EXCERPT));
  }

  /**
   * Line {@code line} of {@code file} as the user's editor shows it: decoded as the file was read
   * (UTF-8, or Windows-1252 where a spreadsheet saved it), or null when there is no such line.
   */
  private String sourceLine(String file, int line) {
    List<String> lines = sources.get(file);
    if (lines == null) {
      lines = List.of();
      try {
        TextFiles.Read r = files.read(base.resolve(file), MAX_SOURCE);
        TextFiles.Decoded d = r.ok() ? TextFiles.decode(r.bytes(), true) : null;
        if (d != null && d.ok() && d.text().indexOf('\0') < 0) {
          lines = List.of(d.text().split("\r\n|\r|\n", -1));
        }
      } catch (RuntimeException e) {
        // a name that is no path (a built-in template) has no excerpt
      }
      sources.put(file, lines);
    }
    if (line < 1 || line > lines.size()) return null;
    return lines.get(line - 1);
  }

  private String paint(Severity s, String text) {
    if (!color) return text;
    String code =
        switch (s) {
          case ERROR -> "\u001b[1;31m";
          case WARNING -> "\u001b[1;33m";
          case INFO -> "\u001b[1;36m";
        };
    return code + text + "\u001b[0m";
  }

  /** One line, with nothing in it that a terminal would take as a command. */
  private static String safe(String s) {
    return Controls.visible(s.replace("\r", " ").replace("\n", " "));
  }

  private static String data(String s) {
    return Controls.visible(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String prop(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
