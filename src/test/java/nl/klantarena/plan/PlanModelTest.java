package nl.klantarena.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.klantarena.agenda.Slot;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Experience;
import nl.klantarena.session.Round3Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanModelTest {

  static Plan plan(Path dir, String agenda, String people) throws Exception {
    Path f = dir.resolve("session.yaml");
    Files.writeString(
        f,
        """
        klantarena: 1
        title: Test
        organisation: Voorbeeld
        language: en
        date: 2026-03-26
        participants:
          facilitator: {name: Frans de Wit, email: frans@example.nl}
        %s
        themes:
          - {id: t1, title: Service, questions: [How was it?]}
        agenda:
        %s
        feedback: {due: 2026-05-26}
        """
            .formatted(people.indent(2).stripTrailing(), agenda.indent(2).stripTrailing()));
    return Plans.load(f.toString());
  }

  static final String PEOPLE =
      """
      customers:
        - {name: A One, email: a@x.nl, segment: household, experience: negative}
        - {name: B Two, email: b@x.nl, segment: Household, experience: positive}
        - {name: C Three, email: c@x.nl, segment: business}
        - {name: D Four, email: d@x.nl, experience: negative}
      staff:
        - {name: S One, email: s1@v.nl, department: Billing}
        - {name: S Two, email: s2@v.nl, department: billing}
        - {name: S Three, email: s3@v.nl}
        - {name: S Four, email: s4@v.nl, department: Network}
      """;

  @Test
  void clockTimesFollowTheBlocks(@TempDir Path dir) throws Exception {
    Plan p =
        plan(
            dir,
            """
        start: 09:45
        blocks:
          - {kind: reception, minutes: 20}
          - {kind: round1, minutes: 70}
          - {kind: break, minutes: 25}
          - {kind: round2, minutes: 50}
          - {kind: round3, minutes: 30, format: groups}
        """,
            PEOPLE);
    List<Slot> s = p.programme().slots();
    assertEquals(5, s.size());
    assertEquals(LocalDateTime.parse("2026-03-26T09:45"), s.get(0).start());
    assertEquals(LocalDateTime.parse("2026-03-26T10:05"), s.get(1).start());
    assertEquals(LocalDateTime.parse("2026-03-26T11:15"), s.get(2).start());
    assertEquals(LocalDateTime.parse("2026-03-26T11:40"), s.get(3).start());
    assertEquals(LocalDateTime.parse("2026-03-26T12:30"), s.get(4).start());
    assertEquals(LocalDateTime.parse("2026-03-26T13:00"), p.programme().end());
    assertEquals(BlockKind.ROUND3, s.get(4).kind());
    assertEquals(Round3Format.GROUPS, s.get(4).format());
    assertEquals("Round 3 (groups)", s.get(4).name());
    assertTrue(
        s.get(4).what().endsWith("In small groups of customers and staff."), s.get(4).what());
    assertEquals("Customers", s.get(1).who());
    assertTrue(s.get(1).what().contains("Staff listen and take notes"), s.get(1).what());
    assertNull(s.get(1).format());
    assertEquals(false, p.programme().defaulted());
  }

  @Test
  void theMethodsProgrammeWhenNoBlocks(@TempDir Path dir) throws Exception {
    Plan p = plan(dir, "start: 15:00", PEOPLE);
    assertTrue(p.programme().defaulted());
    List<String> spans =
        p.programme().slots().stream().map(s -> Facts.span(s, p.session().language())).toList();
    assertEquals(
        List.of(
            "15:00–15:30",
            "15:30–16:45",
            "16:45–17:15",
            "17:15–18:15",
            "18:15–18:30",
            "18:30–19:30"),
        spans);
    assertEquals("Round 3 (plenary)", p.programme().slots().get(4).name());
  }

  @Test
  void balanceCountsTheRingsAndTheMix(@TempDir Path dir) throws Exception {
    Balance b = plan(dir, "start: 15:00", PEOPLE).balance();
    assertEquals(5, b.inner());
    assertEquals(4, b.outer());
    // segments and departments compare without regard to case, the first spelling wins
    assertEquals(Map.of("household", 2, "business", 1, "", 1), b.segments());
    assertEquals(List.of("business", "household", ""), List.copyOf(b.segments().keySet()));
    assertEquals(Map.of("Billing", 2, "Network", 1, "", 1), b.departments());
    assertEquals(2, b.experiences().get(Experience.NEGATIVE));
    assertEquals(1, b.experiences().get(Experience.POSITIVE));
    assertEquals(0, b.experiences().get(Experience.NEUTRAL));
    assertEquals(1, b.experiences().get(null));
    assertTrue(b.facilitator().external());
    assertEquals(List.of(), b.findings());
  }
}
