package nl.klantarena.finding;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.io.Json;

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

  private final Path base;
  private final boolean color;
  private final Messages messages;
  private final Map<String, List<String>> sources = new HashMap<>();

  /**
   * @param base the folder that relative file names in findings are relative to
   * @param color whether to colour the severity (only on a terminal, never under NO_COLOR)
   */
  public FindingPrinter(Path base, boolean color, Messages messages) {
    this.base = base;
    this.color = color;
    this.messages = messages;
  }

  public void text(List<Finding> findings, PrintWriter err) {
    for (Finding f : findings) {
      StringBuilder sb = new StringBuilder();
      sb.append(f.pos()).append(": ");
      sb.append(paint(f.severity(), f.severity().word() + "[" + f.code() + "]"));
      sb.append(": ").append(oneLine(f.message()));
      err.println(sb);
      if (f.pos().hasLine()) {
        String line = sourceLine(f.pos().file(), f.pos().line());
        if (line != null) excerpt(err, f.pos(), line);
      }
      if (!f.hint().isEmpty())
        err.println("  = " + messages.get("printer.hint") + ": " + oneLine(f.hint()));
    }
  }

  /** A one-line tally such as "2 errors, 1 warning" in the tool's language. */
  public String tally(List<Finding> findings) {
    long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long i = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
    List<String> parts = new ArrayList<>();
    parts.add(count(e, "printer.error"));
    parts.add(count(w, "printer.warning"));
    if (i > 0) parts.add(count(i, "printer.info"));
    return String.join(", ", parts);
  }

  private String count(long n, String key) {
    return n + " " + messages.get(n == 1 ? key + ".one" : key + ".many");
  }

  public static String json(List<Finding> findings, Messages messages) {
    List<Object> out = new ArrayList<>();
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
    return Json.write(out) + "\n";
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
    String blank = " ".repeat(gutter.length());
    err.println(" " + blank + " |");
    err.println(" " + gutter + " | " + shown);
    int caretAt = Math.max(0, Math.min(col - 1 - from, shown.length()));
    err.println(" " + blank + " | " + " ".repeat(caretAt) + "^");
  }

  private String sourceLine(String file, int line) {
    List<String> lines =
        sources.computeIfAbsent(
            file,
            k -> {
              try {
                Path p = base.resolve(k);
                if (!Files.isRegularFile(p) || Files.size(p) > 8 * 1024 * 1024) return List.of();
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                if (text.indexOf('\0') >= 0) return List.of();
                return List.of(text.split("\r\n|\r|\n", -1));
              } catch (IOException | RuntimeException e) {
                return List.of();
              }
            });
    if (line < 1 || line > lines.size()) return null;
    String s = lines.get(line - 1);
    if (s.startsWith("\uFEFF")) s = s.substring(1);
    return s;
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

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String prop(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
