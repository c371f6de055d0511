package nl.klantarena.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.finding.Messages;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/** The report's choices are the shell's completion candidates and its help's labels. */
class ReportOptionsTest {

  static OptionSpec option(String name) {
    Env env = new Env(Map.of(), Locale.ENGLISH, Path.of(""), Clock.systemUTC(), false);
    PrintWriter sink = new PrintWriter(new StringWriter());
    var cl = Cli.commandLine(Registry.STANDARD, env, Messages.of("en"), sink, sink, "report");
    return cl.getSubcommands().get("report").getCommandSpec().findOption(name);
  }

  static List<String> candidates(OptionSpec o) {
    List<String> out = new ArrayList<>();
    o.completionCandidates().forEach(out::add);
    return out;
  }

  @Test
  void formatAndAudienceOfferTheirValues() {
    assertEquals(List.of("md", "html", "text", "json"), candidates(option("--format")));
    assertEquals(List.of("staff", "customers"), candidates(option("--audience")));
    var help = CliRun.inProject().run("report", "--help");
    assertTrue(help.out().contains("--format=md|html|text|json"), help.out());
    var dutch = CliRun.inProject().run("report", "--help", "--lang", "nl");
    assertTrue(dutch.out().contains("html (één webpagina, af te drukken op A4)"), dutch.out());
  }
}
