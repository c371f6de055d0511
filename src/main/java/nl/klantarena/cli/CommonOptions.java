package nl.klantarena.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options every command takes. */
public final class CommonOptions {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "common.help",
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
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

  /** An ISO date (yyyy-mm-dd) for date options; anything else is a usage error (exit 2). */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        if (value.length() == 10) return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd)");
    }
  }
}
