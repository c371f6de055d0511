package nl.klantarena.invite;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.klantarena.agenda.Programme;
import nl.klantarena.agenda.Slot;
import nl.klantarena.agenda.Words;
import nl.klantarena.render.Dates;
import nl.klantarena.render.Numbers;
import nl.klantarena.render.Phrases;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Person;
import nl.klantarena.session.Preparation;
import nl.klantarena.session.Recording;
import nl.klantarena.session.Role;
import nl.klantarena.session.Round3Format;
import nl.klantarena.session.Salutation;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;

/**
 * What the invitation templates can use: plain maps, lists, strings and booleans, built once per
 * session and completed per participant. Every name listed in docs/templates.md is always present
 * (an absent value is {@code ""}, {@code false} or an empty list), so that a template can test any
 * of them and a misspelt name is an error, not a blank.
 *
 * <p>The text is not escaped: the messages are plain text, not Markdown or HTML.
 */
final class InviteScope {

  private final Session session;
  private final Programme programme;
  private final Map<String, Object> shared;

  InviteScope(Session session) {
    this.session = session;
    this.programme = Programme.of(session, Words.of(session.language()));
    this.shared = shared();
  }

  Programme programme() {
    return programme;
  }

  /** The scope for one participant's templates. */
  Map<String, Object> forParticipant(Person p) {
    Map<String, Object> m = new LinkedHashMap<>(shared);
    m.put("participant", person(p));
    m.put("isCustomer", p.role() == Role.CUSTOMER);
    m.put("isStaff", p.role() == Role.STAFF);
    m.put("isFacilitator", p.role() == Role.FACILITATOR);
    return m;
  }

  private Map<String, Object> shared() {
    Map<String, Object> m = new LinkedHashMap<>();
    var lang = session.language();
    m.put("title", session.title());
    m.put("organisation", session.organisation());
    m.put("language", lang.code());
    m.put("date", Dates.longDate(session.date(), lang));
    m.put("dateShort", Dates.date(session.date(), lang));
    m.put("dateIso", Dates.iso(session.date()));
    m.put("start", time(programme.start()));
    m.put("end", time(meetingEnd()));
    m.put("endWithDrinks", time(programme.end()));
    LocalDate replyBy = session.replyByOrDefault();
    m.put("replyBy", Dates.longDate(replyBy, lang));
    m.put("replyByShort", Dates.date(replyBy, lang));
    var loc = session.location();
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("name", loc == null ? "" : loc.name());
    location.put("address", loc == null ? "" : loc.address());
    location.put("oneLine", loc == null ? "" : loc.oneLine());
    location.put("route", loc == null ? "" : loc.route());
    location.put("accessibility", loc == null ? "" : loc.accessibility());
    m.put("location", location);
    m.put("contact", session.contact() == null ? person(null) : person(session.contact()));
    m.put(
        "facilitator",
        session.facilitator() == null ? person(null) : person(session.facilitator()));
    m.put("feedback", feedback());
    m.put("staffArrival", staffArrival());
    m.put("preparation", preparation());

    List<Object> agenda = new ArrayList<>();
    for (Slot s : programme.slots()) agenda.add(slot(s));
    m.put("agenda", agenda);
    for (BlockKind k : BlockKind.values()) {
      m.put(key(k), slot(first(k)));
    }

    List<Object> themes = new ArrayList<>();
    int n = 1;
    for (Theme t : session.themes()) themes.add(theme(t, n++));
    m.put("themes", themes);
    m.put("themeCount", String.valueOf(session.themes().size()));

    m.put("recording", recording(session));

    List<Object> customers = new ArrayList<>();
    for (Person p : session.customers()) customers.add(person(p));
    m.put("customers", customers);
    m.put("customerCount", String.valueOf(session.customers().size()));
    List<Object> staff = new ArrayList<>();
    List<Object> directors = new ArrayList<>();
    List<String> directorNames = new ArrayList<>();
    for (Person p : session.staff()) {
      staff.add(person(p));
      if (Directors.is(p)) {
        directors.add(person(p));
        directorNames.add(
            p.department().isEmpty() ? p.name() : p.name() + " (" + p.department() + ")");
      }
    }
    m.put("staff", staff);
    m.put("staffCount", String.valueOf(session.staff().size()));
    m.put("directors", directors);
    m.put("hasDirectors", !directors.isEmpty());
    m.put("directorsText", Phrases.list(directorNames, lang));
    Words w = Words.of(lang);
    m.put(
        "customersCounted",
        Numbers.counted(
            session.customers().size(),
            w.get("invite.doc.customer"),
            w.get("invite.doc.customers"),
            lang));
    m.put(
        "staffCounted",
        Numbers.counted(
            session.staff().size(),
            w.get("invite.doc.staffmember"),
            w.get("invite.doc.staffmembers"),
            lang));
    m.put(
        "otherCustomersCounted",
        Numbers.counted(
            Math.max(0, session.customers().size() - 1),
            w.get("invite.doc.othercustomer"),
            w.get("invite.doc.othercustomers"),
            lang));
    m.put(
        "themesCounted",
        Numbers.counted(
            session.themes().size(), w.get("invite.doc.theme"), w.get("invite.doc.themes"), lang));
    return m;
  }

  /** When and how customers hear back: {@code feedback.*}. */
  private Map<String, Object> feedback() {
    var fb = session.feedback();
    var lang = session.language();
    Map<String, Object> m = new LinkedHashMap<>();
    boolean present = fb != null && fb.due() != null;
    m.put("present", present);
    m.put("date", present ? Dates.longDate(fb.due(), lang) : "");
    m.put("dateShort", present ? Dates.date(fb.due(), lang) : "");
    m.put("channel", fb == null ? "" : fb.channel());
    m.put("by", fb == null ? "" : Phrases.channel(fb.channel(), lang));
    return m;
  }

  /** When staff arrive, before the customers: {@code staffArrival.*}. */
  private Map<String, Object> staffArrival() {
    int minutes = session.agenda().staffArrival();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("present", minutes > 0);
    m.put("minutes", String.valueOf(minutes));
    m.put("time", time(programme.start().minusMinutes(minutes)));
    m.put("before", Phrases.minutes(minutes, session.language()));
    return m;
  }

  /** The staff's preparation meeting: {@code preparation.*}. */
  private Map<String, Object> preparation() {
    Preparation p = session.preparation();
    var lang = session.language();
    Map<String, Object> m = new LinkedHashMap<>();
    boolean present = p != null && p.date() != null && p.start() != null;
    m.put("present", present);
    m.put("date", present ? Dates.longDate(p.date(), lang) : "");
    m.put("start", present ? Dates.clock(p.start(), lang) : "");
    m.put("end", present ? Dates.clock(p.start().plusMinutes(p.minutes()), lang) : "");
    m.put("place", p == null ? "" : p.place());
    return m;
  }

  /**
   * What the invitations say about the recording ({@code recording:}, docs/privacy.md): {@code
   * present} when the session says anything about it, {@code recorded} or {@code notRecorded}, the
   * texts, and whom to ask ({@code recording.contact}, else the session's contact with their
   * address and phone number).
   */
  private static Map<String, Object> recording(Session s) {
    Recording r = s.recording();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("present", r != null);
    m.put("recorded", r != null && r.recorded());
    m.put("notRecorded", r != null && !r.recorded());
    m.put("how", r == null ? "" : r.how());
    m.put("access", r == null ? "" : r.access());
    m.put("retention", r == null ? "" : r.retention());
    String contact = r == null ? "" : r.contact();
    Person c = s.contact();
    if (contact.isEmpty() && c != null) {
      List<String> parts = new ArrayList<>();
      if (!c.name().isEmpty()) parts.add(c.name());
      if (c.hasEmail()) parts.add(c.email());
      if (!c.phone().isEmpty()) parts.add(c.phone());
      contact = String.join(", ", parts);
    }
    m.put("contact", r == null ? "" : contact);
    return m;
  }

  /** The scope key of a block kind: {@code reception}, {@code round1}, {@code break}, ... */
  static String key(BlockKind k) {
    return k.word();
  }

  /** The first block of {@code kind}, or null when the agenda has none. */
  private Slot first(BlockKind kind) {
    for (Slot s : programme.slots()) if (s.kind() == kind) return s;
    return null;
  }

  /**
   * When the meeting itself ends: the end of round 3 (the drinks after it are optional for the
   * guests), else the end of the last block.
   */
  LocalDateTime meetingEnd() {
    Slot r3 = first(BlockKind.ROUND3);
    return r3 != null ? r3.end() : programme.end();
  }

  private Map<String, Object> slot(Slot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("present", s != null);
    m.put("kind", s == null ? "" : s.kind().word());
    m.put("start", s == null ? "" : time(s.start()));
    m.put("end", s == null ? "" : time(s.end()));
    m.put("minutes", s == null ? "" : String.valueOf(s.minutes()));
    for (BlockKind k : BlockKind.values()) {
      m.put(
          "is" + Character.toUpperCase(key(k).charAt(0)) + key(k).substring(1),
          s != null && s.kind() == k);
    }
    Round3Format f = s == null ? null : s.format();
    m.put("format", f == null ? "" : f.word());
    m.put("plenary", f == Round3Format.PLENARY);
    m.put("groups", f == Round3Format.GROUPS);
    m.put("swap", f == Round3Format.SWAP);
    return m;
  }

  private static Map<String, Object> theme(Theme t, int number) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", String.valueOf(number));
    m.put("id", t.id());
    m.put("title", t.label());
    m.put("questions", t.questions());
    m.put("statements", t.statements());
    m.put("hasQuestions", !t.questions().isEmpty());
    m.put("hasStatements", !t.statements().isEmpty());
    return m;
  }

  /** A person; {@code null} gives every field empty (no contact given). */
  private Map<String, Object> person(Person p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p == null ? "" : p.name());
    m.put("firstName", p == null ? "" : p.firstName());
    m.put("salutation", p == null ? "" : Salutation.of(p, session.language()));
    m.put("email", p == null ? "" : p.email());
    m.put("phone", p == null ? "" : p.phone());
    m.put("external", p != null && p.role() == Role.FACILITATOR && p.external());
    m.put("role", p == null ? "" : p.role().word());
    m.put("segment", p == null ? "" : p.segment());
    m.put("department", p == null ? "" : p.department());
    m.put(
        "representing", p == null ? "" : Phrases.representing(p.department(), session.language()));
    Experience e = p == null ? null : p.experience();
    m.put("experience", e == null ? "" : e.word());
    m.put("positive", e == Experience.POSITIVE);
    m.put("neutral", e == Experience.NEUTRAL);
    m.put("negative", e == Experience.NEGATIVE);
    return m;
  }

  private String time(LocalDateTime t) {
    return t == null ? "" : Dates.clock(t.toLocalTime(), session.language());
  }
}
