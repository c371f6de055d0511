package nl.klantarena.session;

import java.util.List;
import java.util.Objects;

/**
 * A participant or the contact. Text fields are never null: an absent value is the empty string.
 *
 * @param experience null when not given (customers only)
 * @param external whether the facilitator is external to the organisation (default true)
 * @param experienced whether the facilitator has led klantarenas before; null when not given
 * @param salutation the greeting line as written ({@code salutation:}, "" for the default); see
 *     {@link Salutation}
 * @param phone a telephone number (the contact only; may be empty)
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
    String salutation,
    String phone,
    Origin at) {

  public Person {
    Objects.requireNonNull(role, "role");
    name = name == null ? "" : name;
    email = email == null ? "" : email;
    segment = segment == null ? "" : segment;
    department = department == null ? "" : department;
    aliases = List.copyOf(aliases);
    salutation = salutation == null ? "" : salutation;
    phone = phone == null ? "" : phone;
    Objects.requireNonNull(at, "at");
  }

  /** A person without the optional salutation, phone and experienced (as tests and tools make). */
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
    this(role, name, email, segment, experience, department, external, null, aliases, "", "", at);
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
