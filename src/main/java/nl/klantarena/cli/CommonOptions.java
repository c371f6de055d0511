package nl.klantarena.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.klantarena.text.IsoDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** Options every command takes: declared in {@link #spec()}, read in {@link #read}. */
public final class CommonOptions {

  LocalDate today;
  boolean strict;
  boolean debug;
  boolean noColor;

  /**
   * The options every command takes. {@code --lang} is read before picocli runs ({@link
   * Cli#toolLanguage}); it is declared for the help and the parser. {@code --debug} is read by the
   * error handler.
   */
  static final Arg[] ARGS = {
    Arg.help("common.help"),
    Arg.choiceOrNone("--lang", "common.lang", "nl", "en"),
    Arg.flag("--debug", "common.debug"),
  };

  /** The options of every command on session files, read by {@link #read}. */
  static final Arg[] SESSIONS = {
    Arg.date("--today", "common.today"),
    Arg.flag("--strict", "common.strict"),
    Arg.flag("--no-color", "common.nocolor"),
  };

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
        if (value.length() == 10) return IsoDates.parse(value);
      } catch (DateTimeException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd)");
    }
  }
}
