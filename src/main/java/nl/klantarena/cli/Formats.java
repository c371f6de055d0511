package nl.klantarena.cli;

import java.util.List;
import java.util.Locale;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Messages;

/** Validates {@code --format} values, so that a wrong one is a usage error (exit 2). */
final class Formats {

  private Formats() {}

  static FindingPrinter.Format findings(String format, Messages msg) {
    return FindingPrinter.Format.of(oneOf(format, List.of("text", "json", "github"), msg));
  }

  /** The format in lower case when it is one of {@code allowed}; otherwise a usage error. */
  static String oneOf(String format, List<String> allowed, Messages msg) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!allowed.contains(f)) {
      throw new UsageException(msg.get("cli.badformat", format, String.join("|", allowed)));
    }
    return f;
  }
}
