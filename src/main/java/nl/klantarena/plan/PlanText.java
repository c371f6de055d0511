package nl.klantarena.plan;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.agenda.Slot;
import nl.klantarena.agenda.Words;
import nl.klantarena.finding.Finding;
import nl.klantarena.render.TextTable;
import nl.klantarena.render.Wrap;
import nl.klantarena.session.Person;

/** The plan for a terminal: plain text, columns aligned, long descriptions wrapped at 80. */
public final class PlanText {

  private PlanText() {}

  public static String render(Plan p) {
    Words w = p.words();
    StringBuilder b = new StringBuilder(2048);
    b.append(w.doc("title", p.session().title())).append("\n\n");
    table(b, Facts.of(p), "");
    b.append('\n');

    b.append(w.doc("agenda")).append('\n');
    if (p.programme().defaulted()) b.append("  ").append(w.doc("agenda.defaulted")).append('\n');
    int nameWidth = 0;
    for (Slot s : p.programme().slots()) nameWidth = Math.max(nameWidth, TextTable.width(s.name()));
    for (Slot s : p.programme().slots()) {
      b.append("  ")
          .append(Facts.span(s))
          .append("  ")
          .append(TextTable.pad(s.name(), nameWidth))
          .append("  ")
          .append(s.who());
      strip(b).append('\n');
      String indent = " ".repeat(2 + 11 + 2);
      Wrap.plain(b, s.what(), indent, indent).append('\n');
    }
    b.append('\n');

    Balance bal = p.balance();
    b.append(w.doc("balance")).append('\n');
    List<String[]> rings = new ArrayList<>();
    rings.add(new String[] {w.doc("inner"), PlanMarkdown.innerText(w, bal)});
    rings.add(new String[] {w.doc("outer"), w.doc("outer.who", bal.outer())});
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
