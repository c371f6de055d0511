package nl.klantarena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.klantarena.render.Markdown;
import nl.klantarena.render.Wrap;
import nl.klantarena.session.Action;
import nl.klantarena.session.Decision;
import nl.klantarena.session.Person;
import nl.klantarena.session.Salutation;
import nl.klantarena.session.Theme;

/**
 * What the letter to customers ({@code report-customers.md.mustache}) has beyond the report's
 * shared variables: the greeting, the themes talked about, every action in the section where it
 * stands, and how to reach the contact who signs it. Markdown ready to print, as in {@link
 * ReportMarkdown}.
 */
final class LetterMarkdown {

  private LetterMarkdown() {}

  /**
   * Adds the letter's variables to {@code m}.
   *
   * @param recipient the customer a personal letter is for, or null for the letter to all of them
   */
  static void addTo(Map<String, Object> m, Report r, Person recipient) {
    m.put("salutation", Markdown.inline(salutation(r, recipient)));
    m.put("quotes", r.options.quotes() && r.hasNotes());
    // the room is enough for people who were there; the address only when there is no name
    var loc = r.session.location();
    String place = loc == null ? "" : loc.name().isEmpty() ? loc.address() : loc.name();
    m.put("place", Markdown.inline(r.text(place)));

    List<Object> talked = new ArrayList<>();
    List<Theme> themes = r.hasNotes() ? r.discussed() : r.session.themes();
    for (Theme t : themes)
      talked.add(Map.of("item", Wrap.item(Markdown.inline(r.text(t.label())))));
    m.put("talkedAbout", talked);
    m.put("hasTalkedAbout", !talked.isEmpty());
    boolean quoted = r.options.quotes() && r.hasNotes();
    m.put(
        "hasHeard", quoted ? !r.discussed().isEmpty() || !r.unthemed.isEmpty() : !talked.isEmpty());

    var parts = Letter.parts(r.actions, r.options.today());
    List<Object> done = items(r, parts.get(Letter.Part.DONE));
    List<Action> doing = new ArrayList<>(parts.get(Letter.Part.PLANNED));
    List<Action> investigating = new ArrayList<>(parts.get(Letter.Part.INVESTIGATING));
    for (Action a : parts.get(Letter.Part.LATE))
      (a.decision() == Decision.INVESTIGATE ? investigating : doing).add(a);
    doing.sort(Report.ORDER);
    investigating.sort(Report.ORDER);
    // first what was turned down in the session, then what was agreed and later dropped
    List<Action> notDoing = new ArrayList<>(parts.get(Letter.Part.NOT_DOING));
    notDoing.addAll(parts.get(Letter.Part.DROPPED));
    put(m, "done", done);
    put(m, "doing", items(r, doing));
    put(m, "investigating", items(r, investigating));
    put(m, "notDoing", items(r, notDoing));
    m.put("hasActionsInLetter", !r.actions.isEmpty());

    Person c = r.session.contact();
    m.put("contactName", c == null ? "" : Markdown.inline(c.name()));
    m.put("contactRole", c == null ? "" : Markdown.inline(c.jobTitle()));
    m.put("contactReach", c == null ? "" : reach(r, c));
    m.put("signature", signature(r, c));
  }

  private static void put(Map<String, Object> m, String key, List<Object> items) {
    m.put(key, items);
    m.put("has" + Character.toUpperCase(key.charAt(0)) + key.substring(1), !items.isEmpty());
  }

  /** One list item per action: its title in bold as a run-in heading, then what stands. */
  private static List<Object> items(Report r, List<Action> actions) {
    List<Object> out = new ArrayList<>();
    for (Action a : actions) {
      Letter.Part p = Letter.part(a, r.options.today());
      String title = r.text(a.title()).strip();
      char last = title.isEmpty() ? '.' : title.charAt(title.length() - 1);
      if (last != '.' && last != '?' && last != '!') title = title + ".";
      String rest = Letter.sentences(Letter.sentence(r, a, p), Letter.reason(r, a, p));
      out.add(
          Map.of("item", Wrap.item("**" + Markdown.inline(title) + "** " + Markdown.inline(rest))));
    }
    return out;
  }

  /**
   * The greeting, without its comma: the customer's own for a personal letter, as their invitation
   * greeted them ({@link Salutation}), else one for every customer who took part.
   */
  static String salutation(Report r, Person recipient) {
    if (recipient == null) return r.word("letter.salutation.all");
    return Salutation.of(recipient, r.lang());
  }

  /** How to reach the contact: "e-mail or phone", as Markdown (the address as an autolink). */
  static String reach(Report r, Person c) {
    List<String> ways = new ArrayList<>();
    if (c.hasEmail()) ways.add(ReportMarkdown.email(c.email()));
    if (!c.phone().isEmpty()) ways.add(Markdown.inline(c.phone()));
    return String.join(" " + r.word("letter.or") + " ", ways);
  }

  /**
   * The lines under the closing: the contact's name, their role, the organisation, their e-mail
   * address and phone number, each on a line of its own (Markdown hard breaks).
   */
  static String signature(Report r, Person c) {
    List<String> lines = new ArrayList<>();
    if (c != null) {
      lines.add(Markdown.inline(c.name()));
      if (!c.jobTitle().isEmpty()) lines.add(Markdown.inline(c.jobTitle()));
    }
    if (!r.session.organisation().isEmpty()) lines.add(Markdown.inline(r.session.organisation()));
    if (c != null && c.hasEmail()) lines.add(ReportMarkdown.email(c.email()));
    if (c != null && !c.phone().isEmpty()) lines.add(Markdown.inline(c.phone()));
    return String.join("\\\n", lines);
  }
}
