package nl.klantarena.load;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;

/**
 * Any defaults file with any session: loading never throws, whatever the two files hold; every
 * fault is a finding. Runs as a regression test in {@code mvn verify}; fuzz with JAZZER_FUZZ=1.
 */
class DefaultsFuzzTest {

  private static final String DEFAULTS_SEED =
      "organisation: X\nfacilitator: {name: F}\nstaff: [{name: Jan, aliases: [J]}]\n"
          + "themes: [{id: a, title: A}]\nagenda: {start: 15:00}\n";
  private static final String SESSION_SEED =
      "klantarena: 1\ntitle: T\ndate: 2026-04-16\nparticipants: {staff: [Jan, J, x]}\nthemes: [a, b]\n"
          + "agenda: {blocks: [{kind: round1}]}\n";

  @FuzzTest(maxDuration = "30s")
  void loadingWithDefaultsNeverThrows(FuzzedDataProvider data) throws Exception {
    boolean seed = data.remainingBytes() == 0;
    String defaults = seed ? DEFAULTS_SEED : data.consumeString(2000);
    byte[] session =
        seed ? SESSION_SEED.getBytes(StandardCharsets.UTF_8) : data.consumeRemainingAsBytes();
    Path dir = Files.createTempDirectory("ka-fuzz");
    try {
      Files.createDirectories(dir.resolve(".git"));
      Files.writeString(dir.resolve("klantarena.yaml"), defaults);
      Path s = dir.resolve("s/session.yaml");
      Files.createDirectories(s.getParent());
      Findings f = new Findings(Messages.of("en"));
      new SessionLoader(f).parse(session, s, "s/session.yaml");
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
