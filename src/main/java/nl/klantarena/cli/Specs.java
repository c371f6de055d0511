package nl.klantarena.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds the commands' picocli models in code. Reading the same model from annotations costs a JDK
 * dynamic proxy class per annotation type at every start (a JDK 17 class-data archive cannot hold
 * them), which was most of picocli's share of the start-up time. Each command declares its options
 * in one static {@code spec(Context)} and reads their values in one place.
 */
final class Specs {

  private Specs() {}

  /** A command with its English description (Dutch help replaces it through {@link HelpTexts}). */
  static CommandSpec command(String name, Object command, String description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.usageMessage().description(description);
    return spec;
  }

  /** An option without a value: false unless given. */
  static OptionSpec flag(String name, String key, String description) {
    return OptionSpec.builder(name)
        .type(boolean.class)
        .initialValue(false)
        .descriptionKey(key)
        .description(description)
        .build();
  }

  /** An option with one text value; {@code initial} when not given (may be null). */
  static OptionSpec text(
      String name, String label, String initial, String key, String description) {
    return OptionSpec.builder(name)
        .type(String.class)
        .paramLabel(label)
        .initialValue(initial)
        .descriptionKey(key)
        .description(description)
        .build();
  }

  /** {@code --format text|json|github}: how findings are printed (check, invite). */
  static OptionSpec findingsFormat() {
    return text(
        "--format",
        "text|json|github",
        "text",
        "check.format",
        "How to print findings: text (default), json or github (workflow commands).");
  }

  /** An option with one value of another type, converted by picocli or by {@code converter}. */
  static <T> OptionSpec typed(
      String name,
      Class<T> type,
      T initial,
      ITypeConverter<T> converter,
      String label,
      String key,
      String description) {
    OptionSpec.Builder b =
        OptionSpec.builder(name)
            .type(type)
            .paramLabel(label)
            .initialValue(initial)
            .descriptionKey(key)
            .description(description);
    if (converter != null) b.converters(converter);
    return b.build();
  }

  /** A repeatable option whose values may also be given comma-separated. */
  static OptionSpec list(String name, String label, String key, String description) {
    return OptionSpec.builder(name)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .splitRegex(",")
        .paramLabel(label)
        .initialValue(new ArrayList<String>())
        .descriptionKey(key)
        .description(description)
        .build();
  }

  /** A repeatable option whose values are taken whole (a value may hold a comma). */
  static OptionSpec repeated(String name, String label, String key, String description) {
    return OptionSpec.builder(name)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .paramLabel(label)
        .initialValue(new ArrayList<String>())
        .descriptionKey(key)
        .description(description)
        .build();
  }

  /** The positional parameters: one text value (arity 0..1) or a list (arity with a *). */
  static PositionalParamSpec positional(
      String arity, String label, Object initial, String key, String description) {
    boolean many = arity.endsWith("*");
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder()
            .index(many ? "0..*" : "0")
            .arity(arity)
            .required(!arity.startsWith("0"))
            .paramLabel(label)
            .initialValue(initial)
            .descriptionKey(key)
            .description(description);
    if (many) {
      b.type(List.class).auxiliaryTypes(String.class);
    } else {
      b.type(String.class);
    }
    return b.build();
  }

  /** The value of an option after parsing (its initial value when not given). */
  @SuppressWarnings("unchecked")
  static <T> T value(CommandSpec spec, String option) {
    return (T) spec.findOption(option).getValue();
  }

  /** The value of the (only) positional parameter after parsing. */
  @SuppressWarnings("unchecked")
  static <T> T positional(CommandSpec spec) {
    return (T) spec.positionalParameters().get(0).getValue();
  }
}
