package nl.klantarena.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.CpuTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of the work, not its speed: checking a session with ten times more people and actions
 * must not cost more than about fifteen times the work (a rule that compares every person with
 * every other would cost a hundred times). Work is measured as {@link CpuTime} does.
 */
class ScaleTest {

  @TempDir Path dir;

  @Test
  void checkGrowsLinearlyWithPeopleAndActions() throws IOException {
    String example = Files.readString(Path.of("examples/en/session.yaml"));
    Path small = write("small", grown(example, 60));
    Path large = write("large", grown(example, 600));
    double ratio = CpuTime.ratio(() -> check(small), () -> check(large), 3, 5);
    System.out.printf("ScaleTest: check, 10x people and actions: %.1fx the CPU time%n", ratio);
    assertTrue(ratio < 15, "10x the people and actions took " + ratio + "x the CPU time");
  }

  private static void check(Path file) {
    CliRun.Result r =
        CliRun.in(file.getParent()).run("check", file.toString(), "--today", "2026-11-22");
    assertTrue(r.exit() <= 1, r::toString); // findings are fine, a crash or usage error is not
  }

  private Path write(String name, String text) throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    return Files.writeString(d.resolve("session.yaml"), text);
  }

  /** The example with {@code n} more customers, staff and actions (owned by the new staff). */
  static String grown(String example, int n) {
    StringBuilder customers = new StringBuilder();
    StringBuilder staff = new StringBuilder();
    StringBuilder actions = new StringBuilder();
    for (int i = 0; i < n; i++) {
      customers
          .append("    - name: Customer Number")
          .append(word(i))
          .append('\n')
          .append("      email: customer")
          .append(i)
          .append("@example.org\n")
          .append("      segment: household\n")
          .append("      experience: neutral\n");
      staff
          .append("    - name: Staff Member")
          .append(word(i))
          .append('\n')
          .append("      email: staff")
          .append(i)
          .append("@example.org\n")
          .append("      department: Department ")
          .append(i % 7)
          .append('\n');
      actions
          .append("  - id: G")
          .append(i)
          .append('\n')
          .append("    title: Generated action ")
          .append(i)
          .append('\n')
          .append("    theme: billing\n")
          .append("    decision: do\n")
          .append("    owner: Staff Member")
          .append(word(i))
          .append('\n')
          .append("    due: 2027-01-15\n")
          .append("    status: open\n");
    }
    String out =
        example
            .replaceFirst("(?m)^  customers:\n", "  customers:\n" + customers)
            .replaceFirst("(?m)^  staff:\n", "  staff:\n" + staff)
            .replaceFirst("(?m)^actions:\n", "actions:\n" + actions);
    assertTrue(out.length() > example.length() + n * 100, "the example's shape changed");
    return out;
  }

  /** A distinct name part made of letters only, so that names stay names: 0 → A, 27 → BB. */
  private static String word(int i) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('A' + i % 26));
      i /= 26;
    } while (i > 0);
    return " " + sb.reverse() + "son";
  }
}
