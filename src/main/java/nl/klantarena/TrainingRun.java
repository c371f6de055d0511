package nl.klantarena;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.klantarena.cli.Cli;
import nl.klantarena.cli.Env;

/**
 * The launcher's training run: every command line on standard input (one per line, words split on
 * spaces) is run in this one JVM, in the folder given as the argument, its output thrown away. The
 * JVM records the classes they load, for the class-data-sharing archive or (JDK 25 and later) the
 * ahead-of-time cache that later runs start from. Not a command of the tool: {@code bin/klantarena}
 * runs it with {@code -cp}.
 */
public final class TrainingRun {

  private TrainingRun() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("picocli.converters.excludes", ".*");
    Path dir = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
    PrintWriter none =
        new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Env env =
        new Env(Map.of(), Locale.ENGLISH, dir, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), false);
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) lines.add(line.strip());
      }
    }
    for (String line : lines) Cli.run(env, none, none, line.split(" +"));
  }
}
