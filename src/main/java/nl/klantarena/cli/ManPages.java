package nl.klantarena.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man pages (troff, section 1) of the tool and of each command, written from the same picocli
 * model and help texts as {@code --help}. picocli's own generator writes AsciiDoc, which would need
 * Asciidoctor (and a Ruby runtime) at build time to become a man page; this writes the few macros
 * of the man(7) format directly.
 */
final class ManPages {

  private ManPages() {}

  /** The page of the top command ({@code klantarena.1}). */
  static String top(CommandLine top, String version) {
    CommandSpec spec = top.getCommandSpec();
    StringBuilder b = header("klantarena", version, first(spec.usageMessage().description()));
    synopsis(b, top);
    section(b, "DESCRIPTION");
    paragraphs(b, spec.usageMessage().description());
    section(b, "OPTIONS");
    options(b, spec);
    section(b, "COMMANDS");
    for (var e : top.getSubcommands().entrySet()) {
      b.append(".TP\n.B ")
          .append(roff(e.getKey()))
          .append('\n')
          .append(roff(first(e.getValue().getCommandSpec().usageMessage().description())))
          .append("\nSee\n.BR ")
          .append(roff(pageName(e.getKey())))
          .append(" (1).\n");
    }
    exitStatus(b);
    files(b);
    return b.toString();
  }

  /** The page of one command ({@code klantarena-check.1}). */
  static String command(CommandLine cmd, String version) {
    CommandSpec spec = cmd.getCommandSpec();
    String name = pageName(spec.name());
    StringBuilder b = header(name, version, first(spec.usageMessage().description()));
    synopsis(b, cmd);
    section(b, "DESCRIPTION");
    paragraphs(b, spec.usageMessage().description());
    if (!spec.positionalParameters().isEmpty()) {
      section(b, "ARGUMENTS");
      for (PositionalParamSpec p : spec.positionalParameters()) {
        b.append(".TP\n.I ").append(roff(p.paramLabel())).append('\n');
        b.append(roff(String.join(" ", p.description()))).append('\n');
      }
    }
    section(b, "OPTIONS");
    options(b, spec);
    String[] examples = spec.usageMessage().footer();
    if (examples.length > 0) {
      section(b, "EXAMPLES");
      b.append(".nf\n.RS\n");
      for (String e : examples) b.append(roff(e.strip())).append('\n');
      b.append(".RE\n.fi\n");
    }
    exitStatus(b);
    section(b, "SEE ALSO");
    b.append(".BR klantarena (1)\n");
    return b.toString();
  }

  /** {@code klantarena-check} for {@code check}. */
  static String pageName(String command) {
    return "klantarena-" + command;
  }

  private static StringBuilder header(String name, String version, String what) {
    StringBuilder b = new StringBuilder();
    b.append(".\\\" Generated from the picocli model of klantarena ")
        .append(version)
        .append("; do not edit.\n");
    b.append(".TH ")
        .append(name.toUpperCase(Locale.ROOT).replace("-", "\\-"))
        .append(" 1 \"\" \"klantarena ")
        .append(roff(version))
        .append("\" \"klantarena manual\"\n");
    section(b, "NAME");
    b.append(roff(name)).append(" \\- ").append(roff(lowerFirst(what))).append('\n');
    return b;
  }

  private static void synopsis(StringBuilder b, CommandLine cl) {
    section(b, "SYNOPSIS");
    String text = cl.getHelp().synopsis(0).stripTrailing();
    b.append(".nf\n");
    for (String line : text.split("\n")) b.append(roff(line.strip())).append('\n');
    b.append(".fi\n");
  }

  private static void options(StringBuilder b, CommandSpec spec) {
    List<OptionSpec> options = new ArrayList<>(spec.options());
    options.sort(new ByName());
    for (OptionSpec o : options) {
      b.append(".TP\n");
      List<String> names = new ArrayList<>();
      for (String n : o.names()) names.add("\\fB" + roff(n) + "\\fR");
      b.append(String.join(", ", names));
      if (o.arity().max() > 0) b.append(" \\fI").append(roff(o.paramLabel())).append("\\fR");
      b.append('\n').append(roff(String.join(" ", o.description()))).append('\n');
    }
  }

  private static void exitStatus(StringBuilder b) {
    section(b, "EXIT STATUS");
    String[][] codes = {
      {"0", "Done; no error findings (warnings allowed unless --strict)."},
      {
        "1",
        "The files have problems: an error finding, a warning under --strict, or overdue"
            + " actions under --fail-on-overdue."
      },
      {
        "2",
        "Usage: an unknown option, a missing argument, a file that does not exist or cannot be"
            + " read."
      },
      {"3", "Internal error: a bug. One line of message; the stack trace with --debug."},
    };
    for (String[] c : codes)
      b.append(".TP\n.B ").append(c[0]).append('\n').append(roff(c[1])).append('\n');
  }

  private static void files(StringBuilder b) {
    section(b, "ENVIRONMENT");
    b.append(".TP\n.B KLANTARENA_LANG\n")
        .append(roff("The language of what the tool says (nl or en) when --lang is not given."))
        .append("\n.TP\n.B NO_COLOR\n")
        .append(roff("Never colour the output."))
        .append("\n.TP\n.B JAVA_HOME\n")
        .append(roff("The Java (17 or newer) to run; else java on the PATH."))
        .append('\n');
    section(b, "FILES");
    b.append(".TP\n.I ${XDG_CACHE_HOME:-$HOME/.cache}/klantarena/\n")
        .append(
            roff(
                "The start-up archive, one per version of the tool and Java; made on the first run,"
                    + " safe to delete."))
        .append('\n');
  }

  private static void section(StringBuilder b, String title) {
    b.append(".SH ").append(title).append('\n');
  }

  private static void paragraphs(StringBuilder b, String[] lines) {
    for (String l : lines) {
      if (!l.isBlank()) b.append(roff(l.strip())).append('\n');
    }
  }

  private static String first(String[] lines) {
    for (String l : lines) if (!l.isBlank()) return l.strip();
    return "";
  }

  private static String lowerFirst(String s) {
    if (s.isEmpty()) return s;
    String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    return Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }

  /** Text as troff reads it: a backslash escaped, hyphens as minus signs, no leading control. */
  static String roff(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }

  /** Options by their longest name, ignoring leading dashes. */
  private static final class ByName implements Comparator<OptionSpec> {
    @Override
    public int compare(OptionSpec a, OptionSpec b) {
      return key(a).compareTo(key(b));
    }

    private static String key(OptionSpec o) {
      return o.longestName().replaceFirst("^-+", "");
    }
  }
}
