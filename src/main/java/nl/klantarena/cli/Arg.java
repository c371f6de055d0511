package nl.klantarena.cli;

import java.util.List;

/**
 * One row of a command's table of arguments: an option (its name starts with {@code -}) or the
 * command's positional parameters. {@link Specs#build} turns a table into picocli's model; the help
 * text is looked up by {@link #key} ({@code help.<key>} in the message bundles, both languages).
 *
 * @param name the option's name, or the positional parameters' label
 * @param type what the value is, which also decides how the shell completes it
 * @param label the value's label in the help ({@code FILE}, {@code md|text|json})
 * @param initial the value when the option is not given (null for none)
 * @param key the help text's key
 * @param values the values that the shell completes (empty: none, or file names for a file)
 */
record Arg(String name, Type type, String label, Object initial, String key, List<String> values) {

  /** The kinds of value; each reads back as the Java type named. */
  enum Type {
    /** {@code -h, --help}: shows the help. */
    HELP,
    /** {@code -V, --version}: shows the version. */
    VERSION,
    /** No value: false unless given ({@code boolean}). */
    FLAG,
    /** Free text ({@code String}). */
    TEXT,
    /** One of {@link #values}, as text ({@code String}); the command checks it. */
    CHOICE,
    /** A file or folder name, as text ({@code String}); the shell completes file names. */
    FILE,
    /** A whole number ({@code int}). */
    NUMBER,
    /** A date, yyyy-mm-dd ({@code LocalDate}). */
    DATE,
    /** Repeatable, or comma-separated, from {@link #values} ({@code List<String>}). */
    CHOICES,
    /** Repeatable free text, each value taken whole, commas too ({@code List<String>}). */
    TEXTS,
    /** Positional: one word, optional ({@code String}). */
    WORD_PARAM,
    /** Positional: one text, required, such as a person's name ({@code String}). */
    TEXT_PARAM,
    /** Positional: one file or folder name, required unless it has a default ({@code String}). */
    FILE_PARAM,
    /** Positional: one or more file or folder names ({@code List<String>}). */
    FILES_PARAM
  }

  Arg {
    values = List.copyOf(values);
  }

  /** {@code -h, --help}. */
  static Arg help(String key) {
    return new Arg("--help", Type.HELP, null, false, key, List.of());
  }

  /** {@code -V, --version}. */
  static Arg version(String key) {
    return new Arg("--version", Type.VERSION, null, false, key, List.of());
  }

  static Arg flag(String name, String key) {
    return new Arg(name, Type.FLAG, null, false, key, List.of());
  }

  static Arg text(String name, String label, String key) {
    return new Arg(name, Type.TEXT, label, null, key, List.of());
  }

  /** One of {@code values}; the label lists them, the first of them is the default. */
  static Arg choice(String name, String key, String... values) {
    return new Arg(name, Type.CHOICE, String.join("|", values), values[0], key, List.of(values));
  }

  /** One of {@code values}, with no default. */
  static Arg choiceOrNone(String name, String key, String... values) {
    return new Arg(name, Type.CHOICE, String.join("|", values), null, key, List.of(values));
  }

  static Arg file(String name, String label, String key) {
    return new Arg(name, Type.FILE, label, null, key, List.of());
  }

  static Arg number(String name, String label, int initial, String key) {
    return new Arg(name, Type.NUMBER, label, initial, key, List.of());
  }

  static Arg date(String name, String key) {
    return new Arg(name, Type.DATE, "YYYY-MM-DD", null, key, List.of());
  }

  static Arg choices(String name, String key, String... values) {
    return new Arg(name, Type.CHOICES, String.join("|", values), null, key, List.of(values));
  }

  /** Free text, repeatable: {@code --speaker A=B --speaker C=D}. */
  static Arg texts(String name, String label, String key) {
    return new Arg(name, Type.TEXTS, label, null, key, List.of());
  }

  /** The positional parameter: one word, optional; the shell completes {@code values}. */
  static Arg word(String label, String key, String... values) {
    return new Arg(label, Type.WORD_PARAM, label, null, key, List.of(values));
  }

  /** The positional parameter: one text, required (a name with spaces, quoted in the shell). */
  static Arg textParam(String label, String key) {
    return new Arg(label, Type.TEXT_PARAM, label, null, key, List.of());
  }

  /**
   * The positional parameter: one file or folder, {@code initial} when it is not given; required
   * when {@code initial} is null.
   */
  static Arg fileParam(String label, String initial, String key) {
    return new Arg(label, Type.FILE_PARAM, label, initial, key, List.of());
  }

  /** The positional parameters: one or more files or folders. */
  static Arg filesParam(String label, String key) {
    return new Arg(label, Type.FILES_PARAM, label, null, key, List.of());
  }

  boolean positional() {
    return type == Type.WORD_PARAM
        || type == Type.TEXT_PARAM
        || type == Type.FILE_PARAM
        || type == Type.FILES_PARAM;
  }
}
