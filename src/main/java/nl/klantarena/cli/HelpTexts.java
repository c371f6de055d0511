package nl.klantarena.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import nl.klantarena.finding.Messages;
import picocli.CommandLine;

/**
 * Help in the tool's language. The English texts are in the commands' models (their {@code
 * spec()}); in Dutch, the {@code cli} bundle's {@code help.<command>.description} and {@code
 * help.<descriptionKey>} replace them through picocli's resource-bundle lookup.
 */
final class HelpTexts {

  private HelpTexts() {}

  static void apply(CommandLine cl, Messages msg) {
    if (!"nl".equals(msg.lang())) return;
    cl.getCommandSpec().resourceBundle(new Bundle(msg, cl.getCommandSpec().name()));
    for (CommandLine sub : cl.getSubcommands().values()) apply(sub, msg);
  }

  /** Answers picocli's keys from the tool's messages. */
  private static final class Bundle extends ResourceBundle {
    private final Messages msg;
    private final String command;

    Bundle(Messages msg, String command) {
      this.msg = msg;
      this.command = command;
    }

    @Override
    protected Object handleGetObject(String key) {
      String k =
          key.equals("usage.description") ? "help." + command + ".description" : "help." + key;
      return msg.has(k) ? msg.get(k) : null;
    }

    /** picocli only looks up keys that the bundle lists, so list them in picocli's terms. */
    @Override
    public Enumeration<String> getKeys() {
      List<String> keys = new ArrayList<>();
      for (String k : msg.keys("help.")) {
        keys.add(
            k.equals("help." + command + ".description") ? "usage.description" : k.substring(5));
      }
      return Collections.enumeration(keys);
    }

    @Override
    public boolean containsKey(String key) {
      return handleGetObject(key) != null;
    }
  }
}
