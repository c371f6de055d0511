package nl.klantarena.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.Csv;
import nl.klantarena.io.Json;
import nl.klantarena.render.Markdown;
import nl.klantarena.render.TextTable;
import nl.klantarena.render.Wrap;
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
    sb.append(Wrap.paragraph(summary(rows))).append("\n");
    if (rows.isEmpty())
      return sb.append("\n")
          .append(Wrap.paragraph(msg.get("actions.none")))
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
      sb.append(Wrap.item(item(r))).append("\n");
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
    List<String[]> table = new ArrayList<>();
    table.add(header().stream().map(h -> h.toUpperCase(msg.locale())).toArray(String[]::new));
    for (ActionRow r : rows) {
      table.add(
          new String[] {
            status(r),
            r.action().due() == null ? "" : r.action().due().toString(),
            r.action().id(),
            r.action().title(),
            r.ownerName(),
            decision(r),
            sessionLabel(r.session())
          });
    }
    sb.append("\n");
    TextTable.append(sb, table, "", 2);
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
            Csv.guard(s.file()),
            s.date() == null ? "" : s.date().toString(),
            Csv.guard(s.title()),
            Csv.guard(r.action().id()),
            Csv.guard(r.action().title()),
            Csv.guard(r.action().theme()),
            word(r.action().decision().name()),
            Csv.guard(r.ownerName()),
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
}
