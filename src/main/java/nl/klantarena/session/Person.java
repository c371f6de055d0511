package nl.klantarena.session;

import java.util.List;
import java.util.Objects;

/**
 * A participant or the contact. Text fields are never null: an absent value is the empty string.
 *
 * @param experience null when not given (customers only)
 * @param external whether the facilitator is external to the organisation (default true)
 * @param experienced whether the facilitator has led klantarenas before; null when not given
 * @param jobTitle what the contact does in the organisation, for the letter's signature ({@code
 *     role:} of the contact; may be empty)
 * @param salutation the greeting line as written ({@code salutation:}, "" for the default); see
 *     {@link Salutation}
 * @param phone a telephone number (the contact only; may be empty)
 * @param consent what a customer agreed to about being quoted; {@link Consent#QUOTE} when not given
 *     and for everyone else
 */
public record Person(
    Role role,
    String name,
    String email,
    String segment,
    Experience experience,
    String department,
    boolean external,
    Boolean experienced,
    List<String> aliases,
    String jobTitle,
    String salutation,
    String phone,
    Consent consent,
    Origin at) {

  public Person {
    Objects.requireNonNull(role, "role");
    name = name == null ? "" : name;
    email = email == null ? "" : email;
    segment = segment == null ? "" : segment;
    department = department == null ? "" : department;
    aliases = List.copyOf(aliases);
    jobTitle = jobTitle == null ? "" : jobTitle;
    salutation = salutation == null ? "" : salutation;
    phone = phone == null ? "" : phone;
    consent = consent == null ? Consent.QUOTE : consent;
    Objects.requireNonNull(at, "at");
  }

  // equals and hashCode written out: a record's own are bootstrapped through method handles on
  // first use, several milliseconds of every run's start (cli/package-info.java, start-up rules)
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Person o
            && Objects.equals(role, o.role)
            && Objects.equals(name, o.name)
            && Objects.equals(email, o.email)
            && Objects.equals(segment, o.segment)
            && Objects.equals(experience, o.experience)
            && Objects.equals(department, o.department)
            && external == o.external
            && Objects.equals(experienced, o.experienced)
            && Objects.equals(aliases, o.aliases)
            && Objects.equals(jobTitle, o.jobTitle)
            && Objects.equals(salutation, o.salutation)
            && Objects.equals(phone, o.phone)
            && Objects.equals(consent, o.consent)
            && Objects.equals(at, o.at);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, name, email, at); // enough to spread; equal people agree on these
  }

  /**
   * A person with only the keys every role has: no experienced, job title, salutation, phone or
   * consent (as tests and tools make).
   */
  public Person(
      Role role,
      String name,
      String email,
      String segment,
      Experience experience,
      String department,
      boolean external,
      List<String> aliases,
      Origin at) {
    this(
        role,
        name,
        email,
        segment,
        experience,
        department,
        external,
        null,
        aliases,
        "",
        "",
        "",
        null,
        at);
  }

  public boolean hasEmail() {
    return !email.isEmpty();
  }

  /** The first word of the name, as a transcript may use it. */
  public String firstName() {
    String n = name.strip();
    int sp = n.indexOf(' ');
    return sp < 0 ? n : n.substring(0, sp);
  }
}
