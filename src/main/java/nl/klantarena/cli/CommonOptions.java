package nl.klantarena.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/** Options every command takes: declared in {@link #spec()}, read in {@link #read}. */
public final class CommonOptions {

  /** The name of the mixin that holds them in every command's model. */
  static final String MIXIN = "common";

  LocalDate today;
  boolean strict;
  boolean debug;
  boolean noColor;

  /** The options as a picocli mixin: help, --today, --lang, --strict, --debug, --no-color. */
  static CommandSpec spec() {
    CommandSpec m = CommandSpec.create();
    m.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .descriptionKey("common.help")
            .description("Show this help and exit.")
            .build());
    m.addOption(
        Specs.typed(
            "--today",
            LocalDate.class,
            null,
            new DateConverter(),
            "YYYY-MM-DD",
            "common.today",
            "The date that \"overdue\" is measured against (default: the system date)."));
    // read before picocli runs (Cli.toolLanguage); declared for the help and the parser
    m.addOption(
        Specs.text(
            "--lang",
            "nl|en",
            null,
            "common.lang",
            "Language of what the tool says (default: $KLANTARENA_LANG, else the system locale)."));
    m.addOption(Specs.flag("--strict", "common.strict", "Warnings fail the run too (exit 1)."));
    m.addOption(
        Specs.flag("--debug", "common.debug", "Print the stack trace of an internal error."));
    m.addOption(
        Specs.flag(
            "--no-color",
            "common.nocolor",
            "Never colour the output (also: NO_COLOR set in the environment)."));
    return m;
  }

  /** The values of a parsed command that has the mixin. */
  static CommonOptions read(CommandSpec spec) {
    CommonOptions c = new CommonOptions();
    c.today = Specs.value(spec, "--today");
    c.strict = Specs.value(spec, "--strict");
    c.debug = Specs.value(spec, "--debug");
    c.noColor = Specs.value(spec, "--no-color");
    return c;
  }

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
