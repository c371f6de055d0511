package nl.klantarena.plan;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.agenda.Slot;
import nl.klantarena.agenda.Words;
import nl.klantarena.finding.Finding;
import nl.klantarena.render.TextTable;
import nl.klantarena.render.Wrap;
import nl.klantarena.session.Person;
import nl.klantarena.text.Width;

/** The plan for a terminal: plain text, columns aligned, long descriptions wrapped at 80. */
public final class PlanText {

  private PlanText() {}

  public static String render(Plan p) {
    Words w = p.words();
    StringBuilder b = new StringBuilder(2048);
    b.append(w.doc("title", p.session().title())).append("\n\n");
    facts(b, Facts.of(p));
    b.append('\n');

    b.append(w.doc("agenda")).append('\n');
    if (p.programme().defaulted()) b.append("  ").append(w.doc("agenda.defaulted")).append('\n');
    var lang = p.session().language();
    int nameWidth = 0;
    int spanWidth = 0;
    for (Slot s : p.programme().slots()) {
      nameWidth = Math.max(nameWidth, TextTable.width(s.name()));
      spanWidth = Math.max(spanWidth, TextTable.width(Facts.span(s, lang)));
    }
    for (Slot s : p.programme().slots()) {
      b.append("  ")
          .append(TextTable.pad(Facts.span(s, lang), spanWidth))
          .append("  ")
          .append(TextTable.pad(s.name(), nameWidth))
          .append("  ")
          .append(s.who());
      strip(b).append('\n');
      String indent = " ".repeat(2 + spanWidth + 2);
      Wrap.plain(b, s.what(), indent, indent).append('\n');
    }
    b.append('\n');

    Balance bal = p.balance();
    b.append(w.doc("balance")).append('\n');
    List<String[]> rings = new ArrayList<>();
    rings.add(new String[] {w.doc("inner"), PlanMarkdown.innerText(w, bal)});
    rings.add(new String[] {w.doc("outer"), PlanMarkdown.outerText(w, bal)});
    rings.add(new String[] {w.doc("facilitator"), Facts.facilitator(w, bal.facilitator(), true)});
    table(b, rings, "  ");
    b.append('\n');
    b.append(w.doc("inner")).append('\n');
    List<String[]> cs = new ArrayList<>();
    for (Person c : bal.customers())
      cs.add(
          new String[] {
            c.name(), c.segment(), c.experience() == null ? "" : w.doc(c.experience().word())
          });
    table(b, cs, "  ");
    b.append('\n');
    b.append(w.doc("outer")).append('\n');
    List<String[]> ss = new ArrayList<>();
    for (Person st : bal.staff()) ss.add(new String[] {st.name(), st.department()});
    table(b, ss, "  ");
    b.append('\n');
    b.append(w.doc("segments")).append('\n');
    table(b, PlanMarkdown.named(w, bal.segments()), "  ");
    b.append('\n');
    b.append(w.doc("experience")).append('\n');
    table(b, PlanMarkdown.experiences(w, bal.experiences()), "  ");
    b.append('\n');
    b.append(w.doc("departments")).append('\n');
    table(b, PlanMarkdown.named(w, bal.departments()), "  ");
    b.append('\n');
    b.append(w.doc("findings")).append('\n');
    if (bal.findings().isEmpty()) b.append("  ").append(w.doc("nofindings")).append('\n');
    for (Finding f : bal.findings()) b.append("  ").append(Plan.findingLine(f)).append('\n');
    return b.toString();
  }

  /**
   * The facts: a label, then its value under itself within 80 columns (a preparation with its place
   * is longer than a terminal line), broken after a comma where it can be, so that an address or a
   * postcode stays whole.
   */
  private static void facts(StringBuilder b, List<String[]> rows) {
    int width = 0;
    for (String[] r : rows) width = Math.max(width, TextTable.width(r[0]));
    String rest = " ".repeat(width + 2);
    for (String[] r : rows) {
      String value = r.length > 1 ? TextTable.cell(r[1]) : "";
      StringBuilder line = new StringBuilder(TextTable.pad(r[0], width)).append("  ");
      boolean empty = true;
      for (String part : value.split("(?<=,) ")) {
        if (!empty && Width.of(line.toString()) + 1 + Width.of(part) > Wrap.WIDTH) {
          b.append(line).append('\n');
          line = new StringBuilder(rest);
          empty = true;
        }
        if (!empty) line.append(' ');
        line.append(part);
        empty = false;
      }
      // a part longer than a line on its own is broken between words
      Wrap.plain(b, line.substring(rest.length()), line.substring(0, rest.length()), rest);
      strip(b).append('\n');
    }
  }

  /** Rows in aligned columns (see {@link TextTable}). */
  private static void table(StringBuilder b, List<String[]> rows, String indent) {
    TextTable.append(b, rows, indent, 2);
  }

  private static StringBuilder strip(StringBuilder b) {
    int n = b.length();
    while (n > 0 && b.charAt(n - 1) == ' ') n--;
    b.setLength(n);
    return b;
  }
}
