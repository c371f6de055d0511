package nl.klantarena.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.klantarena.check.CheckContext;
import nl.klantarena.check.Rules;
import nl.klantarena.finding.FindingPrinter;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;

/**
 * Whatever bytes a session file holds, loading and checking never throw: every fault is a finding.
 * Runs over the committed inputs in {@code LoaderFuzzTestInputs/loadAndCheck} during {@code mvn
 * verify}; fuzz for real with {@code JAZZER_FUZZ=1 mvn -o test -Dtest=LoaderFuzzTest}.
 */
class LoaderFuzzTest {

  private static final Messages EN = Messages.of("en");
  private static final CheckContext CTX = new CheckContext(LocalDate.of(2026, 11, 22), true);

  @FuzzTest(maxDuration = "8m")
  void loadAndCheck(byte[] bytes) {
    Findings findings = new Findings(EN);
    var session = new SessionLoader(findings).parse(bytes, Path.of("fuzz.yaml"), "fuzz.yaml");
    session.ifPresent(s -> Rules.checkAll(s, CTX, findings));
    // the JSON output renders every finding, whatever its text holds
    FindingPrinter.json(findings.sorted(), EN);
  }
}
