package nl.klantarena.report;

import java.util.Locale;

/** Who reads the report: the organisation's staff (everything) or the customers (a letter). */
public enum Audience {
  STAFF,
  CUSTOMERS;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The audience for {@code staff} or {@code customers}, or null. */
  public static Audience of(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "staff" -> STAFF;
      case "customers", "customer" -> CUSTOMERS;
      default -> null;
    };
  }
}
