package nl.klantarena.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A klantarena session as loaded from its file, defaults applied.
 *
 * <p>A session loaded with error findings is only good for checking: some values may then be null
 * (documented per component). Commands that generate output run only on sessions without error
 * findings, where {@code date}, {@code timezone}, {@code agenda.start()} and every due date are
 * present.
 *
 * @param path the session file
 * @param file the file as shown in findings (as the user named it)
 * @param language the language of everything generated for this session
 * @param timezoneId the IANA region id of {@code timezone:} (known to the JDK: the loader checks
 *     it); the zone itself is {@link #timezone()}
 * @param contact null when not given
 * @param facilitator null when not given (an error finding)
 * @param location null when not given
 * @param owners the people outside the rings who answer for actions ({@code owners}); they get no
 *     invitation
 * @param preparation the staff's preparation meeting; null when not given
 * @param replyBy the date by which customers are asked to reply ({@code reply_by}); null when not
 *     given (see {@link #replyByOrDefault()})
 * @param uid the calendar event's UID as the user fixed it ({@code uid:}), or "" to derive it
 * @param recording null when the session says nothing about recording
 */
public record Session(
    Path path,
    String file,
    int version,
    String title,
    String organisation,
    Lang language,
    LocalDate date,
    String timezoneId,
    Location location,
    Person contact,
    Person facilitator,
    List<Person> customers,
    List<Person> staff,
    List<Person> owners,
    List<Theme> themes,
    Agenda agenda,
    List<Action> actions,
    Feedback feedback,
    Preparation preparation,
    LocalDate replyBy,
    String uid,
    Recording recording,
    Origin at) {

  public Session {
    title = title == null ? "" : title;
    organisation = organisation == null ? "" : organisation;
    uid = uid == null ? "" : uid;
    customers = List.copyOf(customers);
    staff = List.copyOf(staff);
    owners = List.copyOf(owners);
    themes = List.copyOf(themes);
    actions = List.copyOf(actions);
  }

  /**
   * The session's time zone. Made when asked for, not when the file is loaded: the JDK reads its
   * whole zone database on the first zone it makes, and {@code check} needs none.
   */
  public ZoneId timezone() {
    return ZoneId.of(timezoneId);
  }

  /** The folder that holds the session file, where everything it produces goes. */
  public Path folder() {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? path.toAbsolutePath() : parent;
  }

  /** Every person named in the session: facilitator, customers, staff, then the contact. */
  public List<Person> people() {
    List<Person> all = new ArrayList<>();
    if (facilitator != null) all.add(facilitator);
    all.addAll(customers);
    all.addAll(staff);
    if (contact != null) all.add(contact);
    return all;
  }

  /**
   * Everyone the session names: {@link #people()}, then the owners outside the rings who are not
   * one of them already (a department head who sits in the outer ring this time is staff).
   */
  public List<Person> everyone() {
    List<Person> all = people();
    Set<String> named = new HashSet<>();
    for (Person p : all) named.add(Names.key(p.name()));
    for (Person o : owners) if (named.add(Names.key(o.name()))) all.add(o);
    return all;
  }

  /**
   * Who may own an action: the staff, the contact and the owners outside the rings; customers and
   * the facilitator do not (the organisation does).
   */
  public List<Person> possibleOwners() {
    List<Person> all = new ArrayList<>(staff);
    if (contact != null) all.add(contact);
    all.addAll(owners);
    return all;
  }

  /** The participants (facilitator, customers, staff), without the contact. */
  public List<Person> participants() {
    List<Person> all = new ArrayList<>();
    if (facilitator != null) all.add(facilitator);
    all.addAll(customers);
    all.addAll(staff);
    return all;
  }

  /** Days before the session that customers are asked to reply by, unless {@code reply_by} says. */
  public static final int REPLY_DAYS = 14;

  /** The date by which customers are asked to reply: {@code reply_by}, else two weeks before. */
  public LocalDate replyByOrDefault() {
    if (replyBy != null) return replyBy;
    return date == null ? null : date.minusDays(REPLY_DAYS);
  }

  public Optional<Theme> theme(String id) {
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
