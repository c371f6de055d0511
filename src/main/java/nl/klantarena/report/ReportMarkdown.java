package nl.klantarena.report;

import static nl.klantarena.render.Markdown.cell;
import static nl.klantarena.render.Markdown.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.klantarena.agenda.Slot;
import nl.klantarena.finding.Findings;
import nl.klantarena.notes.Note;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Markdown;
import nl.klantarena.render.Numbers;
import nl.klantarena.render.Phrases;
import nl.klantarena.render.Templates;
import nl.klantarena.render.Wrap;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Person;
import nl.klantarena.session.Status;
import nl.klantarena.session.Theme;

/**
 * The report as GitHub-flavoured Markdown through the templates {@code report-staff.md.mustache}
 * and {@code report-customers.md.mustache}. The scope holds Markdown ready to print: user text
 * escaped, list items wrapped at 80 columns (markdownlint's line length), Mermaid charts whole.
 */
public final class ReportMarkdown {

  static final int WIDTH = Wrap.WIDTH;

  private ReportMarkdown() {}

  public static String template(Audience a) {
    return "report-" + a.word() + ".md.mustache";
  }

  public static Optional<String> render(Report r, Templates t, Findings findings) {
    return render(r, t, findings, null);
  }

  /**
   * The report; for the letter to customers, {@code recipient} is the customer a personal letter is
   * for (their greeting), or null for the letter to all of them.
   */
  public static Optional<String> render(
      Report r, Templates t, Findings findings, Person recipient) {
    Map<String, Object> scope = scope(r);
    if (r.options.audience() == Audience.CUSTOMERS) LetterMarkdown.addTo(scope, r, recipient);
    return t.render(template(r.options.audience()), scope, findings)
        .map(ReportMarkdown::oneNewline);
  }

  /** An e-mail address as a Markdown autolink, which markdownlint accepts and GitHub links. */
  static String email(String address) {
    String a = address.strip();
    return a.matches("[^\\s<>]+@[^\\s<>]+") ? "<" + a + ">" : inline(a);
  }

  static Map<String, Object> scope(Report r) {
    boolean staff = r.options.audience() == Audience.STAFF;
    var s = r.session;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", inline(r.text(s.title())));
    m.put("organisation", inline(r.text(s.organisation())));
    m.put("date", Dates.longDate(s.date(), r.lang()));
    String place = "";
    if (s.location() != null) {
      place = s.location().name();
      if (!s.location().address().isEmpty())
        place = place.isEmpty() ? s.location().address() : place + ", " + s.location().address();
    }
    m.put("location", inline(r.text(place)));
    m.put("hasLocation", !place.isEmpty());
    m.put("facilitator", s.facilitator() == null ? "" : inline(r.text(s.facilitator().name())));
    m.put("customers", s.customers().size());
    m.put("staff", s.staff().size());
    m.put(
        "customersCounted",
        Numbers.counted(s.customers().size(), r.word("customer"), r.word("customers"), r.lang()));
    m.put(
        "staffCounted",
        Numbers.counted(s.staff().size(), r.word("staffmember"), r.word("staffmembers"), r.lang()));

    List<Object> agenda = new ArrayList<>();
    for (Slot sl : r.programme.slots()) {
      agenda.add(
          Map.of(
              "row",
              "| " + span(sl, r.lang()) + " | " + cell(sl.name()) + " | " + sl.minutes() + " |"));
    }
    m.put("agenda", agenda);
    m.put("gantt", gantt(r));

    m.put("notesImported", r.hasNotes());
    m.put("noNotes", !r.hasNotes());
    List<Object> themes = new ArrayList<>();
    for (Theme t : r.discussed()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("title", inline(r.text(t.label())));
      // round 1 is the customers' round: their words first; the facilitator's questions (and any
      // word of staff, against the rules) after them, so that every note is still shown
      List<Note> r1 = r.round(t, 1).stream().filter(n -> n.role().equals("customer")).toList();
      List<Note> r1others =
          r.round(t, 1).stream().filter(n -> !n.role().equals("customer")).toList();
      List<Note> r2 = r.round(t, 2);
      List<Note> other = r.otherRounds(t);
      tm.put("round1", items(r, r1, false));
      tm.put("hasRound1", !r1.isEmpty());
      tm.put("round1Others", items(r, r1others, false));
      tm.put("hasRound1Others", !r1others.isEmpty());
      tm.put("round2", items(r, r2, false));
      tm.put("hasRound2", !r2.isEmpty());
      tm.put("other", items(r, other, false));
      tm.put("hasOther", !other.isEmpty());
      themes.add(tm);
    }
    m.put("themes", themes);
    m.put("hasThemes", !themes.isEmpty());
    List<Object> nd = new ArrayList<>();
    for (Theme t : r.notDiscussed()) nd.add(Map.of("item", Wrap.item(inline(t.label()))));
    m.put("notDiscussed", nd);
    m.put("hasNotDiscussed", !nd.isEmpty());
    m.put("unthemed", items(r, r.unthemed, true));
    m.put("hasUnthemed", !r.unthemed.isEmpty());

    List<Object> qw = new ArrayList<>();
    for (Action a : r.quickWinActions()) {
      qw.add(
          Map.of(
              "item",
              Wrap.item(
                  (staff ? inline(a.id()) + ": " : "") + inline(r.text(a.title())) + when(r, a))));
    }
    if (staff) qw.addAll(items(r, r.quickWinNotes, true));
    m.put("quickWins", qw);
    m.put("hasQuickWins", !qw.isEmpty());

    List<Object> rows = new ArrayList<>();
    for (Action a : r.actions) rows.add(Map.of("row", actionRow(r, a)));
    m.put("actions", rows);
    m.put("hasActions", !rows.isEmpty());
    m.put("actionNotes", items(r, r.actionNotes, true));
    m.put("hasActionNotes", !r.actionNotes.isEmpty());

    m.put("will", promises(r, Decision.DO, staff));
    m.put("hasWill", !r.decided(Decision.DO).isEmpty());
    m.put("wont", promises(r, Decision.DONT, staff));
    m.put("hasWont", !r.decided(Decision.DONT).isEmpty());
    m.put("investigate", promises(r, Decision.INVESTIGATE, staff));
    m.put("hasInvestigate", !r.decided(Decision.INVESTIGATE).isEmpty());

    var fb = s.feedback();
    m.put("feedbackDate", fb == null || fb.due() == null ? "" : Dates.longDate(fb.due(), r.lang()));
    m.put("feedbackChannel", fb == null ? "" : inline(r.text(fb.channel())));
    m.put("hasFeedbackChannel", fb != null && !fb.channel().isEmpty());
    m.put("feedbackBy", fb == null ? "" : inline(r.text(Phrases.channel(fb.channel(), r.lang()))));

    // the series' data as lists for user templates; the built-in ones show the series' own
    // Markdown. Made only when a template asks: over a long series they grow with every session.
    m.put("carried", (Callable<List<Object>>) () -> carried(r));
    m.put("hasCarried", !r.options.carried().isEmpty());
    m.put("series", r.options.seriesMarkdown());
    m.put("hasSeries", !r.options.seriesMarkdown().isEmpty());

    m.put("trends", (Callable<List<Object>>) () -> trends(r));
    m.put("hasTrends", !r.options.trends().isEmpty());

    m.put("chart", pie(r));
    m.put("hasChart", r.hasNotes() && r.shown() > 0);
    m.put("imported", r.imported());
    m.put("shown", r.shown());
    m.put("reconciled", r.imported() == r.shown());
    return m;
  }

  private static List<Object> carried(Report r) {
    List<Object> carried = new ArrayList<>();
    for (Carried c : r.options.carried()) {
      carried.add(
          Map.of(
              "item",
              Wrap.item(
                  inline(c.action().id())
                      + ": "
                      + inline(r.text(c.action().title()))
                      + " ("
                      + inline(c.session())
                      + ", "
                      + inline(c.owner())
                      + ", "
                      + (c.action().due() == null ? "" : Dates.date(c.action().due(), r.lang()))
                      + (r.overdue(c.action()) ? ", **" + r.word("overdue") + "**" : "")
                      + ")")));
    }
    return carried;
  }

  private static List<Object> trends(Report r) {
    List<Object> trends = new ArrayList<>();
    for (Trend t : r.options.trends()) {
      trends.add(
          Map.of(
              "row",
              row(
                  cell(t.session()),
                  t.date() == null ? "" : Dates.date(t.date(), r.lang()),
                  cell(r.text(t.theme())),
                  String.valueOf(t.notes()))));
    }
    return trends;
  }

  /**
   * A block's clock times as the language writes them: {@code 15.00–15.30}, {@code 15:00–15:30}.
   */
  static String span(Slot sl, Lang lang) {
    return Dates.span(sl.start().toLocalTime(), sl.end().toLocalTime(), lang);
  }

  private static List<Object> items(Report r, List<Note> notes, boolean withTheme) {
    List<Object> out = new ArrayList<>(notes.size());
    for (Note n : notes) {
      StringBuilder b = new StringBuilder();
      if (r.withheld(n)) b.append(r.word("withheld"));
      else
        b.append('“').append(inline(r.text(n.text()))).append("” — ").append(inline(r.speaker(n)));
      List<String> facts = new ArrayList<>();
      if (n.round() > 0) facts.add(r.word("round", n.round()));
      if (withTheme && n.hasTheme()) facts.add(inline(r.themeLabel(n.theme())));
      if (r.options.audience() == Audience.STAFF && !n.id().isEmpty()) facts.add(inline(n.id()));
      if (!facts.isEmpty()) b.append(" (").append(String.join(", ", facts)).append(')');
      out.add(Map.of("item", Wrap.item(b.toString())));
    }
    return out;
  }

  private static List<Object> promises(Report r, Decision d, boolean staff) {
    List<Object> out = new ArrayList<>();
    for (Action a : r.decided(d)) {
      StringBuilder b = new StringBuilder();
      if (staff) b.append(inline(a.id())).append(": ");
      b.append(inline(r.text(a.title())));
      if (d != Decision.DONT) b.append(when(r, a));
      else if (a.decision() != Decision.DONT)
        b.append(" (").append(r.word("status.dropped")).append(')');
      // the letter gives the reason written for customers, never the organisation's own note
      String why = staff && !a.why().isEmpty() ? a.why() : a.whyCustomers();
      if (!why.isEmpty())
        b.append(". ").append(r.word("why")).append(' ').append(inline(r.text(why)));
      out.add(Map.of("item", Wrap.item(b.toString())));
    }
    return out;
  }

  /** " — by 5 January 2027", or " — done". */
  private static String when(Report r, Action a) {
    if (a.status() == Status.DONE) return " — " + r.word("done");
    return a.due() == null ? "" : " — " + r.word("by", Dates.date(a.due(), r.lang()));
  }

  private static String actionRow(Report r, Action a) {
    // what will not be done is decided: neither open nor overdue, whatever its status says
    String status =
        a.decision() == Decision.DONT
            ? r.word("status.decided")
            : r.word("status." + a.status().word());
    if (r.overdue(a)) status = status + ", **" + r.word("overdue") + "**";
    Report.Origin o = r.origin(a);
    String from = o.source().isEmpty() ? "" : cell(r.text(o.source()));
    // the round, when the notes it names are of one round (or it names none)
    Set<Integer> rounds = new TreeSet<>();
    for (String id : o.notes()) rounds.add(r.byId.get(id).round());
    boolean oneRound = rounds.size() <= 1 || o.notes().isEmpty();
    if (o.source().isEmpty() && o.round() > 0 && oneRound) from = r.word("round", o.round());
    if (!o.notes().isEmpty()) {
      String ids = cell(String.join(", ", o.notes()));
      from = from.isEmpty() ? ids : from + (o.source().isEmpty() ? ": " : "; ") + ids;
    }
    return row(
        cell(a.id()),
        cell(r.text(a.title())),
        cell(r.text(r.themeLabel(a.theme()))),
        r.word("decision." + a.decision().word()),
        cell(r.text(r.owner(a))),
        a.due() == null ? "" : Dates.date(a.due(), r.lang()),
        status,
        from);
  }

  /** A table row; an empty cell is written {@code | |}, as markdownlint's compact style wants. */
  static String row(String... cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) b.append(c.isEmpty() ? " |" : " " + c + " |");
    return b.toString();
  }

  private static String gantt(Report r) {
    StringBuilder b = new StringBuilder("```mermaid\ngantt\n");
    b.append("  title ")
        .append(Markdown.mermaid(r.word("agenda.chart", Dates.date(r.session.date(), r.lang()))))
        .append('\n');
    b.append("  dateFormat HH:mm\n  axisFormat %H:%M\n");
    b.append("  section ").append(Markdown.mermaid(r.word("agenda.section"))).append('\n');
    for (Slot sl : r.programme.slots()) {
      b.append("  ")
          .append(Markdown.mermaid(sl.name()))
          .append(" : ")
          .append(Dates.time(sl.start().toLocalTime()))
          .append(", ")
          .append(sl.minutes())
          .append("m\n");
    }
    return b.append("```").toString();
  }

  private static String pie(Report r) {
    StringBuilder b = new StringBuilder("```mermaid\npie\n");
    b.append("  title ").append(Markdown.mermaid(r.word("chart.title"))).append('\n');
    for (Report.ThemeCount c : r.notesPerTheme())
      b.append("  \"").append(label(c.label())).append("\" : ").append(c.notes()).append('\n');
    return b.append("```").toString();
  }

  /** Exactly one newline at the end, whatever a user template leaves there (markdownlint MD047). */
  static String oneNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == ' ')) end--;
    return s.substring(0, end) + "\n";
  }

  /** A pie label short enough for markdownlint's line length. */
  private static String label(String s) {
    String t = Markdown.mermaid(s);
    return t.length() <= 60 ? t : t.substring(0, 59).strip() + "…";
  }
}
