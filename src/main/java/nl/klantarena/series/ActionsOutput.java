package nl.klantarena.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.Json;
import nl.klantarena.render.Markdown;
import nl.klantarena.session.Action;
import nl.klantarena.session.Session;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The output of {@code klantarena actions} in its four formats. Markdown and text are for people,
 * in the tool's language; JSON and CSV are for scripts and spreadsheets, with stable English keys
 * and words.
 */
public final class ActionsOutput {

  /** The CSV columns, in order. */
  public static final List<String> CSV_HEADER =
      List.of(
          "session",
          "session_date",
          "session_title",
          "id",
          "action",
          "theme",
          "decision",
          "owner",
          "due",
          "status",
          "overdue",
          "days_overdue",
          "quick_win");

  private final Messages msg;
  private final LocalDate today;

  public ActionsOutput(Messages msg, LocalDate today) {
    this.msg = msg;
    this.today = today;
  }

  public String render(String format, List<ActionRow> rows) {
    return switch (format) {
      case "md" -> markdown(rows);
      case "text" -> text(rows);
      case "json" -> json(rows);
      case "csv" -> csv(rows);
      default -> throw new IllegalArgumentException(format);
    };
  }

  String summary(List<ActionRow> rows) {
    var c = ActionList.Counts.of(rows);
    return msg.get(
        "actions.summary", today, c.overdue(), c.open(), c.done(), c.dropped(), c.decided());
  }

  /**
   * Markdown as a list per group (overdue, open, done, dropped) rather than a table: items wrap, so
   * every line stays within markdownlint's 80 columns whatever the titles.
   */
  String markdown(List<ActionRow> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(msg.get("actions.title")).append("\n\n");
    sb.append(MdWrap.paragraph(summary(rows))).append("\n");
    if (rows.isEmpty())
      return sb.append("\n")
          .append(MdWrap.paragraph(msg.get("actions.none")))
          .append("\n")
          .toString();
    int group = -1;
    for (ActionRow r : rows) {
      if (r.rank() != group) {
        group = r.rank();
        int rank = group;
        long n = rows.stream().filter(x -> x.rank() == rank).count();
        sb.append("\n## ").append(msg.get("actions.group." + GROUPS.get(group), n)).append("\n\n");
      }
      sb.append(MdWrap.item(item(r))).append("\n");
    }
    return sb.toString();
  }

  private static final List<String> GROUPS =
      List.of("overdue", "open", "done", "dropped", "decided");

  /**
   * One action as a Markdown sentence: id, title, owner, due date (and lateness), decision,
   * session.
   */
  private String item(ActionRow r) {
    Action a = r.action();
    String id = a.id().isEmpty() ? "" : "**" + Markdown.inline(a.id()) + "** ";
    if (r.rank() == 4) {
      return msg.get(
          "actions.item.decided",
          id,
          Markdown.inline(a.title()),
          Markdown.inline(sessionLabel(r.session())));
    }
    String owner =
        r.ownerName().isEmpty() ? msg.get("actions.item.noowner") : Markdown.inline(r.ownerName());
    String due =
        a.due() == null ? msg.get("actions.item.nodue") : msg.get("actions.item.due", a.due());
    if (r.overdue()) {
      due +=
          " "
              + msg.get(
                  r.daysOverdue() == 1 ? "actions.item.late.one" : "actions.item.late.many",
                  r.daysOverdue());
    }
    return msg.get(
        "actions.item",
        id,
        Markdown.inline(a.title()),
        owner,
        due,
        decision(r),
        Markdown.inline(sessionLabel(r.session())));
  }

  String text(List<ActionRow> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(summary(rows)).append("\n");
    if (rows.isEmpty()) return sb.toString();
    List<List<String>> table = new ArrayList<>();
    table.add(header().stream().map(h -> h.toUpperCase(msg.locale())).toList());
    for (ActionRow r : rows) {
      table.add(
          List.of(
              status(r),
              r.action().due() == null ? "" : r.action().due().toString(),
              oneLine(r.action().id()),
              oneLine(r.action().title()),
              oneLine(r.ownerName()),
              decision(r),
              oneLine(sessionLabel(r.session()))));
    }
    int[] width = new int[table.get(0).size()];
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], length(row.get(i)));
    }
    sb.append("\n");
    for (List<String> row : table) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(row.get(i));
        if (i < row.size() - 1) line.append(" ".repeat(width[i] - length(row.get(i)) + 2));
      }
      sb.append(line.toString().stripTrailing()).append("\n");
    }
    return sb.toString();
  }

  String json(List<ActionRow> rows) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("today", today.toString());
    var c = ActionList.Counts.of(rows);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("overdue", c.overdue());
    counts.put("open", c.open());
    counts.put("done", c.done());
    counts.put("dropped", c.dropped());
    counts.put("decided", c.decided());
    top.put("counts", counts);
    List<Object> list = new ArrayList<>();
    for (ActionRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("file", r.session().file());
      s.put("title", r.session().title());
      s.put("date", r.session().date() == null ? null : r.session().date().toString());
      m.put("session", s);
      m.put("id", r.action().id());
      m.put("title", r.action().title());
      m.put("theme", r.action().theme());
      m.put("decision", word(r.action().decision().name()));
      m.put("owner", r.ownerName());
      m.put("due", r.action().due() == null ? null : r.action().due().toString());
      m.put("status", r.statusWord());
      m.put("overdue", r.overdue());
      m.put("days_overdue", r.daysOverdue());
      m.put("quick_win", r.action().quickWin());
      list.add(m);
    }
    top.put("actions", list);
    return Json.write(top) + "\n";
  }

  String csv(List<ActionRow> rows) {
    StringBuilder sb = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    try (CSVPrinter p = new CSVPrinter(sb, format)) {
      p.printRecord(CSV_HEADER);
      for (ActionRow r : rows) {
        Session s = r.session();
        p.printRecord(
            safe(s.file()),
            s.date() == null ? "" : s.date().toString(),
            safe(s.title()),
            safe(r.action().id()),
            safe(r.action().title()),
            safe(r.action().theme()),
            word(r.action().decision().name()),
            safe(r.ownerName()),
            r.action().due() == null ? "" : r.action().due().toString(),
            r.statusWord(),
            r.overdue(),
            r.daysOverdue(),
            r.action().quickWin());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  /**
   * A cell a spreadsheet would not run as a formula: text starting with = + - @ or a tab or
   * carriage return gets a leading apostrophe (OWASP's advice against CSV injection).
   */
  static String safe(String s) {
    if (s.isEmpty()) return s;
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  private List<String> header() {
    return List.of(
        msg.get("actions.col.status"),
        msg.get("actions.col.due"),
        msg.get("actions.col.id"),
        msg.get("actions.col.action"),
        msg.get("actions.col.owner"),
        msg.get("actions.col.decision"),
        msg.get("actions.col.session"));
  }

  private String status(ActionRow r) {
    if (r.overdue())
      return msg.get(
          r.daysOverdue() == 1 ? "actions.overdue.one" : "actions.overdue.many", r.daysOverdue());
    return msg.get("actions.status." + r.statusWord());
  }

  private String decision(ActionRow r) {
    return msg.get("actions.decision." + word(r.action().decision().name()));
  }

  private static String sessionLabel(Session s) {
    return s.date() == null ? s.title() : s.title() + " (" + s.date() + ")";
  }

  private static String word(String enumName) {
    return enumName.toLowerCase(Locale.ROOT);
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
