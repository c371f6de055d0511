package nl.klantarena;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.klantarena.cli.Cli;
import nl.klantarena.cli.Env;

/**
 * The launcher's training run: the command lines of {@code nl/klantarena/training.txt} (one per
 * line, words split on spaces) are run in this one JVM, on a copy of the examples folder given as
 * the first argument, their output thrown away. A second argument names the command to train for
 * (the lines of that command only: the launcher keeps one archive per command, as small as it can
 * be); {@code all}, or none, trains for every line. The JVM records the classes they load, for the
 * class-data-sharing archive or (Java 25 and later) the ahead-of-time cache that later runs start
 * from. Not a command of the tool: {@code bin/klantarena} runs it with {@code -cp}.
 */
public final class TrainingRun {

  private TrainingRun() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("picocli.converters.excludes", ".*");
    Main.loadForTraining();
    Path work = Files.createTempDirectory("klantarena-training");
    try {
      if (args.length > 0 && Files.isDirectory(Path.of(args[0]))) {
        copy(Path.of(args[0]), work.resolve("examples"));
      }
      PrintWriter none =
          new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
      Env env =
          new Env(
              Map.of(), Locale.ENGLISH, work, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), false);
      String command = args.length > 1 ? args[1] : "all";
      for (String line : lines(command)) Cli.run(env, none, none, line.split(" +"));
    } finally {
      delete(work);
    }
  }

  /** The command lines of the training run for {@code command} ({@code all}: every line). */
  public static List<String> lines(String command) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String l : lines()) {
      if (command.equals("all") || l.startsWith(command + " ")) lines.add(l);
    }
    return lines;
  }

  /** The command lines of the training run. */
  public static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = TrainingRun.class.getResourceAsStream("training.txt")) {
      if (in == null) throw new IllegalStateException("training.txt is missing");
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) lines.add(l.strip());
      }
    }
    return lines;
  }

  /** Copies a folder tree ({@code to} need not exist). */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
