package nl.klantarena.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import nl.klantarena.finding.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help texts, in the tool's language. The models hold none: each command's description, its
 * examples and every option's text are {@code help.*} keys of the message bundles, given to picocli
 * as a resource bundle only when help may be shown (reading every bundle costs start-up time).
 *
 * <ul>
 *   <li>{@code help.<command>.description}, {@code help.<command>.footer} (the examples, one key
 *       per line: {@code footer.0}, {@code footer.1}, ...): the command's own texts;
 *   <li>{@code help.<key>}: the text of an option whose {@link Arg#key} is {@code <key>};
 *   <li>{@code help.usage.*}: headings that every command shares.
 * </ul>
 */
final class HelpTexts {

  /** The keys of a command's own texts, after {@code help.<command>.}. */
  private static final List<String> OWN = List.of("description", "footer");

  private HelpTexts() {}

  /** Gives the command and its subcommands their texts. */
  static void apply(CommandLine cl, Messages msg) {
    apply(cl.getCommandSpec(), msg);
    for (CommandLine sub : cl.getSubcommands().values()) apply(sub, msg);
  }

  /** Gives one command's model its texts. */
  static void apply(CommandSpec spec, Messages msg) {
    spec.resourceBundle(new Bundle(msg, spec.name()));
  }

  /** Answers picocli's keys from the tool's messages. */
  private static final class Bundle extends ResourceBundle {
    private final Messages msg;
    private final String command;

    Bundle(Messages msg, String command) {
      this.msg = msg;
      this.command = command;
    }

    /** The message key for one of picocli's keys. */
    private String ours(String key) {
      if (key.startsWith("usage.")) {
        String rest = key.substring(6);
        for (String own : OWN) {
          if (rest.equals(own) || rest.startsWith(own + ".")) return "help." + command + "." + rest;
        }
      }
      return "help." + key;
    }

    @Override
    protected Object handleGetObject(String key) {
      String k = ours(key);
      return msg.has(k) ? msg.get(k) : null;
    }

    /** picocli only looks up keys that the bundle lists, so list them in picocli's terms. */
    @Override
    public Enumeration<String> getKeys() {
      List<String> keys = new ArrayList<>();
      String prefix = "help." + command + ".";
      for (String k : msg.keys("help.")) {
        keys.add(k.substring(5));
        if (k.startsWith(prefix)) {
          String rest = k.substring(prefix.length());
          for (String own : OWN) {
            if (rest.equals(own) || rest.startsWith(own + ".")) keys.add("usage." + rest);
          }
        }
      }
      return Collections.enumeration(keys);
    }

    @Override
    public boolean containsKey(String key) {
      return handleGetObject(key) != null;
    }
  }
}
