package nl.klantarena.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Action owners as people write them, and owners outside the rings: found by any form of their
 * name, never invited, and a name that finds nobody gets a "did you mean".
 */
class OwnersTest {

  static final String SESSION =
      """
      klantarena: 1
      title: Customer arena
      organisation: Example
      language: en
      date: 2027-04-15
      contact: {name: Petra Jansen, email: petra@example.com}
      participants:
        facilitator: {name: Frank White, email: frank@example.org}
        customers:
          - {name: Anna Green, email: anna@example.org, experience: negative}
          - {name: Ben Parker, email: ben@example.org, experience: positive}
          - {name: Chloe Smith, email: chloe@example.org, experience: neutral}
          - {name: David Fisher, email: david@example.org, experience: negative}
        staff:
          - {name: John Baker, email: john@example.com}
          - {name: Sarah Miller, email: sarah@example.com}
          - {name: Bas van der Berg, email: bas@example.com}
          - {name: Ayşe Yıldız, email: ayse@example.com}
      themes:
        - {id: service, title: Our service, questions: [How do you find us?]}
      agenda:
        start: 15:00
      feedback:
        due: 2027-06-15
      """;

  private static Path write(Path dir, String extra) throws Exception {
    Path f = dir.resolve("session.yaml");
    Files.writeString(f, SESSION + extra);
    return f;
  }

  /** {@code check} on the session with {@code extra} added. */
  private static CliRun.Result check(Path dir, String extra) throws Exception {
    write(dir, extra);
    return CliRun.in(dir).run("check", "session.yaml");
  }

  private static List<String> findingLines(CliRun.Result r) {
    return r.err()
        .lines()
        .filter(l -> l.matches("^\\S.*?: (error|warning|info)\\[KA\\d+\\]: .*"))
        .toList();
  }

  @Test
  void ownersAsPeopleWriteThemAreFound(@TempDir Path dir) throws Exception {
    var r =
        check(
            dir,
            """
            actions:
              - {id: A1, title: One, owner: bas}
              - {id: A2, title: Two, owner: 'Berg, B. van der'}
              - {id: A3, title: Three, owner: mevr. S. Miller}
              - {id: A4, title: Four, owner: Ayse Yildiz}
              - {id: A5, title: Five, owner: J. Baker (Extern)}
              - {id: A6, title: Six, owner: van der Berg}
              - {id: A7, title: Seven, owner: petra}
            """);
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of(), findingLines(r), r.toString());
  }

  @Test
  void ownersWithLettersAKeyboardLacksAndTitles(@TempDir Path dir) throws Exception {
    var r =
        check(
            dir,
            """
            owners:
              - {name: Jürgen Weiß}
              - {name: Søren Østergaard}
              - {name: Maximilian Weber}
            actions:
              - {id: A1, title: One, owner: Juergen Weiss}
              - {id: A2, title: Two, owner: Soren Ostergaard}
              - {id: A3, title: Three, owner: Dr. Maximilian Weber}
              - {id: A4, title: Four, owner: 'Weber, Dr. M.'}
              - {id: A5, title: Five, owner: meneer Østergaard}
            """);
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of(), findingLines(r), r.toString());
    var csv = CliRun.in(dir).run("actions", "--format", "csv", "session.yaml");
    assertEquals(
        List.of(
            "Jürgen Weiß",
            "Søren Østergaard",
            "Maximilian Weber",
            "Maximilian Weber",
            "Søren Østergaard"),
        csv.out().lines().skip(1).map(l -> l.split(",")[7]).toList(),
        csv.toString());
  }

  @Test
  void anOwnerOutsideTheRingsIsNoLongerAnErrorAndGetsNoInvitation(@TempDir Path dir)
      throws Exception {
    var r =
        check(
            dir,
            """
            owners:
              - {name: Karin de Haan, email: karin@example.com, department: Management}
            actions:
              - {id: A1, title: Bus on Saturdays, owner: K. de Haan}
              - {id: A2, title: Benches, owner: Karin}
            """);
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of(), findingLines(r), r.toString());
    var inv = CliRun.in(dir).run("invite", "session.yaml", "--out", "out", "--today", "2027-03-01");
    assertEquals(0, inv.exit(), inv.toString());
    String list = Files.readString(dir.resolve("out/invitations.csv"));
    assertFalse(list.contains("Karin"), list);
    try (var files = Files.list(dir.resolve("out"))) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().contains("haan")), "no invitation");
    }
  }

  @Test
  void aMisspeltOwnersSectionIsOneFindingNotOnePerOwner(@TempDir Path dir) throws Exception {
    var r =
        check(
            dir,
            """
            ownres:
              - {name: Karin de Haan}
            actions:
              - {id: A1, title: One, owner: Karin de Haan}
              - {id: A2, title: Two, owner: K. de Haan}
            """);
    assertEquals(1, r.exit(), r.toString());
    List<String> lines = findingLines(r);
    assertEquals(1, lines.size(), r.toString());
    assertTrue(lines.get(0).contains("[KA101]: unknown key \"ownres\"; did you mean \"owners\"?"));
  }

  @Test
  void anOwnerWhoMatchesNobodyGetsTheNearestName(@TempDir Path dir) throws Exception {
    var r = check(dir, "actions:\n  - {id: A1, title: One, owner: Sara Miler}\n");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "error[KA503]: owner \"Sara Miler\" of action \"A1\" is not a staff member, the"
                    + " contact or one of the owners"),
        r.toString());
    assertTrue(
        r.err()
            .contains(
                "did you mean \"Sarah Miller\"? If \"Sara Miler\" is someone else, add them to"
                    + " owners"),
        r.toString());
  }

  @Test
  void aCustomerAsOwnerIsToldWhy(@TempDir Path dir) throws Exception {
    var r = check(dir, "actions:\n  - {id: A1, title: One, owner: Anna}\n");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err().contains("Anna Green is a customer or the facilitator, who do not own actions"),
        r.toString());
  }

  @Test
  void anOwnerTwoPeopleFitIsAnError(@TempDir Path dir) throws Exception {
    var r =
        check(
            dir,
            """
            owners:
              - {name: John Carter}
            actions:
              - {id: A1, title: One, owner: john}
            """);
    assertEquals(1, r.exit(), r.toString());
    assertEquals(
        List.of(
            "session.yaml:28:33: error[KA512]: owner \"john\" of action \"A1\" could be John"
                + " Baker or John Carter"),
        findingLines(r),
        r.toString());
  }

  @Test
  void anOwnerWhoIsACustomerOrListedTwiceIsAnError(@TempDir Path dir) throws Exception {
    var r =
        check(
            dir,
            """
            owners:
              - {name: Anna Green}
              - {name: Karin de Haan}
              - {name: karin de haan}
              - {name: John Baker}
            """);
    assertEquals(1, r.exit(), r.toString());
    List<String> lines = findingLines(r);
    assertEquals(2, lines.size(), r.toString());
    assertTrue(lines.get(0).contains("[KA111]: \"Anna Green\" is both customer and action owner"));
    assertTrue(
        lines.get(1).contains("[KA110]: duplicate person \"karin de haan\" (first at line 27)"),
        lines.get(1));
  }
}
