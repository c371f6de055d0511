package nl.klantarena.session;

/**
 * Where the session is held. Text fields are never null.
 *
 * @param route how to get there (public transport, parking), for the customers' invitation
 * @param accessibility what the venue offers or lacks for people with a disability
 */
public record Location(String name, String address, String route, String accessibility, Origin at) {
  public Location {
    name = name == null ? "" : name;
    address = address == null ? "" : address;
    route = route == null ? "" : route;
    accessibility = accessibility == null ? "" : accessibility;
  }

  /** One line for calendars and invitations: name and address, comma-separated. */
  public String oneLine() {
    if (name.isEmpty()) return address;
    if (address.isEmpty()) return name;
    return name + ", " + address;
  }
}
