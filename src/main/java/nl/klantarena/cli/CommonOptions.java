package nl.klantarena.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      descriptionKey = "common.today",
      description = "The date that \"overdue\" is measured against (default: the system date).")
  LocalDate today;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      descriptionKey = "common.lang",
      description =
          "Language of what the tool says (default: $KLANTARENA_LANG, else the system locale).")
  String lang;

  @Option(
      names = "--strict",
      descriptionKey = "common.strict",
      description = "Warnings fail the run too (exit 1).")
  boolean strict;

  @Option(
      names = "--debug",
      descriptionKey = "common.debug",
      description = "Print the stack trace of an internal error.")
  boolean debug;

  @Option(
      names = "--no-color",
      descriptionKey = "common.nocolor",
      description = "Never colour the output (also: NO_COLOR set in the environment).")
  boolean noColor;

  public LocalDate today(Env env) {
    return today != null ? today : env.today();
  }

  public boolean strict() {
    return strict;
  }

  public boolean debug() {
    return debug;
  }

  public boolean color(Env env) {
    return !noColor && env.color();
  }
}
