package nl.klantarena.cli;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The one builder of the commands' picocli models: it reads a command's table of {@link Arg}s (see
 * the package comment for why the model is built in code) and gives the parsed values back by name.
 */
final class Specs {

  private Specs() {}

  /**
   * A command's model from its tables (the command's own, and {@link CommonOptions#ARGS} where it
   * takes them). Its texts come from the message bundles when help is shown ({@link HelpTexts}).
   */
  static CommandSpec build(String name, Object command, Arg[]... tables) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    int index = 0;
    for (Arg[] table : tables) {
      for (Arg a : table) {
        if (a.positional()) {
          spec.addPositional(positional(a, index));
          index++;
        } else {
          spec.addOption(option(a));
        }
      }
    }
    return spec;
  }

  private static OptionSpec option(Arg a) {
    OptionSpec.Builder b =
        switch (a.type()) {
          case HELP -> OptionSpec.builder("-h", a.name()).usageHelp(true);
          case VERSION -> OptionSpec.builder("-V", a.name()).versionHelp(true);
          default -> OptionSpec.builder(a.name());
        };
    b.descriptionKey(a.key()).initialValue(a.initial());
    switch (a.type()) {
      case FLAG, HELP, VERSION -> b.type(boolean.class);
      case TEXT, CHOICE -> b.type(String.class);
      case FILE -> b.type(File.class).converters(new Text());
      case NUMBER -> b.type(int.class);
      case DATE -> b.type(LocalDate.class).converters(new CommonOptions.DateConverter());
      case CHOICES ->
          b.type(List.class)
              .auxiliaryTypes(String.class)
              .splitRegex(",")
              .initialValue(new ArrayList<String>());
      case TEXTS ->
          b.type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>());
      default -> throw new IllegalArgumentException(a.name() + " is not an option");
    }
    if (a.label() != null) b.paramLabel(a.label());
    if (!a.values().isEmpty()) b.completionCandidates(a.values());
    return b.build();
  }

  private static PositionalParamSpec positional(Arg a, int index) {
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder().paramLabel(a.label()).descriptionKey(a.key());
    if (a.type() == Arg.Type.FILES_PARAM) {
      b.index(index + "..*")
          .arity("1..*")
          .required(true)
          .type(List.class)
          .auxiliaryTypes(File.class)
          .converters(new Text())
          .initialValue(new ArrayList<String>());
    } else if (a.type() == Arg.Type.TEXT_PARAM) {
      b.index(String.valueOf(index)).arity("1").required(true).type(String.class);
    } else if (a.type() == Arg.Type.WORD_PARAM) {
      b.index(String.valueOf(index)).arity("0..1").type(String.class);
      if (!a.values().isEmpty()) b.completionCandidates(a.values());
    } else {
      boolean required = a.initial() == null;
      b.index(String.valueOf(index))
          .arity(required ? "1" : "0..1")
          .required(required)
          .type(File.class)
          .converters(new Text())
          .initialValue(a.initial());
    }
    return b.build();
  }

  /**
   * A file name stays the text the user wrote, so that messages show it as written; the model types
   * it as a file only so that shell completion offers file names.
   */
  private static final class Text implements ITypeConverter<Object> {
    @Override
    public Object convert(String value) {
      return value;
    }
  }

  /** The value of an option after parsing (its initial value when not given). */
  @SuppressWarnings("unchecked")
  static <T> T value(CommandSpec spec, String option) {
    return (T) spec.findOption(option).getValue();
  }

  /** The value of the first positional parameter after parsing. */
  @SuppressWarnings("unchecked")
  static <T> T positional(CommandSpec spec) {
    return (T) spec.positionalParameters().get(0).getValue();
  }

  /** Every positional value after parsing, in order, as one list. */
  static List<String> positionals(CommandSpec spec) {
    List<String> all = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) add(all, p);
    return all;
  }

  private static void add(List<String> all, ArgSpec p) {
    Object v = p.getValue();
    if (v instanceof List<?> list) {
      for (Object o : list) all.add((String) o);
    } else if (v != null) {
      all.add((String) v);
    }
  }
}
