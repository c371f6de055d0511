package nl.klantarena.finding;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *       a caret under the column, then the hint — as compilers do;
 *   <li>{@code json}: an array of objects (file, line, column, severity, code, name, message,
 *       hint);
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
      if (f.pos().hasLine()) {
        String line = sourceLine(f.pos().file(), f.pos().line());
        if (line != null) excerpt(err, f.pos(), line);
      }
      if (!f.hint().isEmpty())
        err.println("  = " + messages.get("printer.hint") + ": " + safe(f.hint()));
    }
  }

  /** A one-line tally such as "2 errors, 1 warning" in the tool's language. */
  public static String tally(List<Finding> findings, Messages messages) {
    long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long i = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
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
      sb.append("::").append(data(msg));
      out.println(sb);
    }
  }

  private void excerpt(PrintWriter err, SourcePos pos, String line) {
    String gutter = String.valueOf(pos.line());
    String shown = line;
    int col = Math.max(1, pos.column());
    int from = 0;
    if (shown.length() > MAX_EXCERPT) {
      from = Math.max(0, Math.min(col - 1 - MAX_EXCERPT / 2, shown.length() - MAX_EXCERPT));
      shown = shown.substring(from, Math.min(shown.length(), from + MAX_EXCERPT));
    }
    shown = shown.replace('\t', ' ');
    int before = Math.max(0, Math.min(col - 1 - from, shown.length()));
    // the caret goes under the character, however wide what comes before it is shown
    int caretAt = Width.of(Controls.visible(shown.substring(0, before)));
    String blank = " ".repeat(gutter.length());
    err.println(" " + blank + " |");
    err.println(" " + gutter + " | " + Controls.visible(shown));
    err.println(" " + blank + " | " + " ".repeat(caretAt) + "^");
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
