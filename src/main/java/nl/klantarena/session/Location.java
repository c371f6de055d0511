package nl.klantarena.session;

/** Where the session is held. Text fields are never null. */
public record Location(String name, String address, Origin at) {
  public Location {
    name = name == null ? "" : name;
    address = address == null ? "" : address;
  }

  /** One line for calendars and invitations: name and address, comma-separated. */
  public String oneLine() {
    if (name.isEmpty()) return address;
    if (address.isEmpty()) return name;
    return name + ", " + address;
  }
}
