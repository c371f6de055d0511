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
              marks.add(new Mark(related.pos(), other, "-", oneLine(related.message())));
              shown = true;
            }
          }
          excerpt(err, marks);
        }
      }
      if (related != null && !shown)
        err.println("  = " + oneLine(related.message()) + ": " + related.pos());
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
   * them; "..." stands for the lines between two marks that are not next to each other.
   */
  private static void excerpt(PrintWriter err, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort((a, b) -> a.pos().compareTo(b.pos()));
    int width = String.valueOf(sorted.get(sorted.size() - 1).pos().line()).length();
    String blank = " ".repeat(width);
    err.println(" " + blank + " |");
    int lastLine = -1;
    for (Mark m : sorted) {
      int col = Math.max(1, m.pos().column());
      int from = window(m.text(), col);
      String shown = m.text().substring(from, Math.min(m.text().length(), from + MAX_EXCERPT));
      shown = shown.replace('\t', ' ');
      if (m.pos().line() != lastLine) {
        if (lastLine > 0 && m.pos().line() > lastLine + 1) err.println("...");
        String gutter = String.valueOf(m.pos().line());
        err.println(" " + " ".repeat(width - gutter.length()) + gutter + " | " + shown);
        lastLine = m.pos().line();
      }
      int caretAt = Math.max(0, Math.min(col - 1 - from, shown.length()));
      String label = m.label().isEmpty() ? "" : " " + m.label();
      err.println(" " + blank + " | " + " ".repeat(caretAt) + m.marker() + label);
    }
  }

  /** Where a line longer than {@link #MAX_EXCERPT} is cut so that the column stays in view. */
  private static int window(String line, int col) {
    if (line.length() <= MAX_EXCERPT) return 0;
    return Math.max(0, Math.min(col - 1 - MAX_EXCERPT / 2, line.length() - MAX_EXCERPT));
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
