package nl.klantarena.plan;

import static nl.klantarena.render.Markdown.cell;
import static nl.klantarena.render.Markdown.inline;
import static nl.klantarena.render.Markdown.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantarena.agenda.Slot;
import nl.klantarena.agenda.Words;
import nl.klantarena.finding.Finding;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Numbers;
import nl.klantarena.render.Wrap;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * The plan as GitHub-flavoured Markdown that passes markdownlint's default rules: one H1, blank
 * lines around headings, lists, tables and fences, prose wrapped at 80 columns, no trailing spaces.
 * User text is escaped; the agenda is also drawn as a Mermaid {@code gantt}.
 */
public final class PlanMarkdown {

  static final int WIDTH = Wrap.WIDTH;

  private PlanMarkdown() {}

  public static String render(Plan p) {
    Session s = p.session();
    Words w = p.words();
    StringBuilder b = new StringBuilder(4096);
    String h1 = "# " + inline(w.doc("title", s.title()));
    // markdownlint wants headings within 80 columns too: a long title moves into the facts
    boolean longTitle = h1.length() > WIDTH;
    b.append(longTitle ? "# " + inline(w.doc("title", "")).strip().replaceAll(":$", "") : h1)
        .append("\n\n");
    if (longTitle) item(b, w.doc("session") + ": " + s.title(), "");
    for (String[] kv : Facts.of(p)) item(b, kv[0] + ": " + kv[1], "");
    b.append('\n');

    b.append("## ").append(w.doc("agenda")).append("\n\n");
    if (p.programme().defaulted())
      Wrap.markdown(b, w.doc("agenda.defaulted"), "", "").append("\n\n");
    List<String[]> agenda = new ArrayList<>();
    for (Slot sl : p.programme().slots())
      agenda.add(new String[] {Facts.span(sl, s.language()), cell(sl.name()), cell(sl.who())});
    table(b, new String[] {w.doc("col.time"), w.doc("col.block"), w.doc("col.who")}, "lll", agenda);
    b.append("```mermaid\ngantt\n");
    b.append("  title ")
        .append(mermaid(w.doc("agenda") + " " + Dates.date(s.date(), s.language())))
        .append('\n');
    b.append("  dateFormat HH:mm\n  axisFormat %H:%M\n");
    b.append("  section ").append(mermaid(w.doc("gantt.section"))).append('\n');
    for (Slot sl : p.programme().slots()) {
      b.append("  ")
          .append(mermaid(sl.name()))
          .append(" : ")
          .append(Dates.time(sl.start().toLocalTime()))
          .append(", ")
          .append(sl.minutes())
          .append("m\n");
    }
    b.append("```\n\n");
    b.append("### ").append(w.doc("blocks")).append("\n\n");
    for (Slot sl : p.programme().slots()) {
      item(
          b,
          "**"
              + Facts.span(sl, s.language())
              + " "
              + inline(sl.name())
              + "** ("
              + inline(sl.who())
              + "): "
              + inline(sl.what()),
          null);
    }
    b.append('\n');

    Balance bal = p.balance();
    b.append("## ").append(w.doc("balance")).append("\n\n");
    item(b, w.doc("inner") + ": " + innerText(w, bal), "");
    item(b, w.doc("outer") + ": " + outerText(w, bal), "");
    item(b, w.doc("facilitator") + ": " + Facts.facilitator(w, bal.facilitator(), true), "");
    b.append('\n');

    b.append("### ").append(w.doc("inner")).append("\n\n");
    List<String[]> customers = new ArrayList<>();
    int i = 1;
    for (Person c : bal.customers()) {
      customers.add(
          new String[] {
            String.valueOf(i++),
            cell(c.name()),
            cell(c.segment()),
            c.experience() == null ? "" : w.doc(c.experience().word())
          });
    }
    table(
        b,
        new String[] {"#", w.doc("name"), w.doc("segment"), w.doc("experience.col")},
        "rlll",
        customers);
    b.append("### ").append(w.doc("outer")).append("\n\n");
    List<String[]> staff = new ArrayList<>();
    // staff seats are numbered on from the customers', as on the seating plan
    for (Person st : bal.staff())
      staff.add(new String[] {String.valueOf(i++), cell(st.name()), cell(st.department())});
    table(b, new String[] {"#", w.doc("name"), w.doc("department")}, "rll", staff);

    b.append("### ").append(w.doc("segments")).append("\n\n");
    table(
        b,
        new String[] {w.doc("segment"), w.doc("count")},
        "lr",
        escaped(named(w, bal.segments())));
    b.append("### ").append(w.doc("experience")).append("\n\n");
    table(
        b,
        new String[] {w.doc("experience.col"), w.doc("count")},
        "lr",
        experiences(w, bal.experiences()));
    b.append("### ").append(w.doc("departments")).append("\n\n");
    table(
        b,
        new String[] {w.doc("department"), w.doc("count")},
        "lr",
        escaped(named(w, bal.departments())));

    b.append("### ").append(w.doc("findings")).append("\n\n");
    if (bal.findings().isEmpty()) {
      Wrap.markdown(b, w.doc("nofindings"), "", "").append('\n');
    } else {
      for (Finding f : bal.findings()) item(b, inline(Plan.findingLine(f)), null);
    }
    return b.toString();
  }

  private static List<String[]> escaped(List<String[]> rows) {
    return rows.stream().map(r -> new String[] {cell(r[0]), r[1]}).toList();
  }

  /**
   * A table, cells already escaped; {@code align} has an l or r per column. When a row would be
   * wider than markdownlint's 80 columns, the same rows come as a wrapped list instead.
   */
  private static void table(StringBuilder b, String[] header, String align, List<String[]> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(row(header));
    StringBuilder sep = new StringBuilder("|");
    for (char c : align.toCharArray()) sep.append(c == 'r' ? " ---: |" : " --- |");
    lines.add(sep.toString());
    for (String[] r : rows) lines.add(row(r));
    if (lines.stream().allMatch(l -> l.length() <= WIDTH)) {
      for (String l : lines) b.append(l).append('\n');
    } else {
      for (String[] r : rows) {
        List<String> parts = new ArrayList<>();
        for (String c : r) if (!c.isEmpty()) parts.add(c);
        item(b, String.join(" · ", parts), null);
      }
    }
    b.append('\n');
  }

  /** A table row; an empty cell is written {@code | |}, as markdownlint's compact style wants. */
  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) b.append(c.isEmpty() ? " |" : " " + c + " |");
    return b.toString();
  }

  static String innerText(Words w, Balance bal) {
    String customers =
        Numbers.counted(bal.customers().size(), w.doc("customer"), w.doc("customers"), w.lang());
    return bal.facilitator() == null
        ? w.doc("inner.nofacilitator", customers)
        : w.doc("inner.who", customers);
  }

  static String outerText(Words w, Balance bal) {
    return w.doc(
        "outer.who",
        Numbers.counted(bal.outer(), w.doc("staffmember"), w.doc("staffmembers"), w.lang()));
  }

  static List<String[]> named(Words w, Map<String, Integer> m) {
    return m.entrySet().stream()
        .map(
            e ->
                new String[] {
                  e.getKey().isEmpty() ? w.doc("unknown") : e.getKey(), String.valueOf(e.getValue())
                })
        .toList();
  }

  static List<String[]> experiences(Words w, Map<Experience, Integer> m) {
    return m.entrySet().stream()
        .map(
            e ->
                new String[] {
                  e.getKey() == null ? w.doc("unknown") : w.doc(e.getKey().word()),
                  String.valueOf(e.getValue())
                })
        .toList();
  }

  /**
   * A list item, wrapped. {@code raw} null means {@code text} is Markdown already; otherwise the
   * text is escaped first ("" is the usual value: escape it all).
   */
  private static void item(StringBuilder b, String text, String raw) {
    String t = raw == null ? text : inline(text);
    Wrap.markdown(b, t, "- ", "  ").append('\n');
  }
}
