package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.render.Templates;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultsTest {

  static final String DEFAULTS =
      """
      klantarena: 1
      organisation: Voorbeeld Energie
      language: en
      timezone: Europe/Amsterdam
      location: {name: Zaal De Ring, address: Stationsplein 1}
      contact: {name: Petra Jansen, email: petra@voorbeeld.nl}
      facilitator: {name: Frans de Wit, email: frans@dewit.nl}
      staff:
        - {name: Jan Bakker, email: jan@voorbeeld.nl, department: Klantenservice, aliases: [Jan]}
        - {name: Sanne Mulder, email: sanne@voorbeeld.nl}
        - {name: Zoë Kramer, email: zoe@voorbeeld.nl}
        - {name: Kees van Dijk, email: kees@voorbeeld.nl}
      themes:
        - {id: bereikbaarheid, title: Bereikbaarheid, questions: [Hoe bereikt u ons?]}
        - {id: facturatie, title: Facturatie, questions: [Is de factuur duidelijk?]}
      agenda:
        start: 15:00
        blocks:
          - {kind: reception, minutes: 30}
          - {kind: round1, minutes: 70}
          - {kind: break, minutes: 30}
          - {kind: round2, minutes: 60}
          - {kind: round3, minutes: 15}
          - {kind: drinks, minutes: 60}
      """;

  static final String CUSTOMERS =
      """
      participants:
        customers:
          - {name: Anna de Vries, segment: mkb, experience: negative}
          - {name: Bram Peters, segment: mkb, experience: positive}
          - {name: Chantal Smit, segment: particulier, experience: neutral}
          - {name: Dirk Visser, segment: particulier, experience: negative}
      """;

  static final String STAFF_PICKS =
      "  staff: [Jan Bakker, sanne mulder, Zoe Kramer, Kees van Dijk]\n";

  @TempDir Path dir;

  @BeforeEach
  void repo() throws Exception {
    Files.createDirectories(dir.resolve(".git")); // the walk up ends here
  }

  private Path write(String rel, String text) throws Exception {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private record Loaded(Session session, List<Finding> findings) {}

  private Loaded load(String rel) throws Exception {
    Findings f = new Findings(Messages.of("en"));
    Session s = new SessionLoader(f).load(dir.resolve(rel), rel).orElseThrow();
    return new Loaded(s, f.sorted());
  }

  private static String session(String extra) {
    return "klantarena: 1\ntitle: Voorjaar\ndate: 2026-04-16\n"
        + CUSTOMERS
        + STAFF_PICKS
        + "themes: [bereikbaarheid]\nfeedback: {due: 2026-06-16}\n"
        + extra;
  }

  @Test
  void sessionInheritsWhatItLeavesOut() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    write("2026-04/session.yaml", session(""));
    Loaded l = load("2026-04/session.yaml");
    assertEquals(
        List.of(), l.findings(), "a session that leaves everything to the defaults is clean");
    Session s = l.session();
    assertEquals("Voorbeeld Energie", s.organisation());
    assertEquals(Lang.EN, s.language());
    assertEquals("Zaal De Ring", s.location().name());
    assertEquals("Petra Jansen", s.contact().name());
    assertEquals("Frans de Wit", s.facilitator().name());
    assertEquals("15:00", s.agenda().start().toString());
    assertEquals(70, s.agenda().blocks().get(1).minutes());
    var r = CliRun.in(dir).run("check", "2026-04/session.yaml");
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void aValueSetInBothPlacesComesFromTheSession() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    write(
        "2026-04/session.yaml",
        session(
            "organisation: Andere Tak\nlanguage: nl\nagenda:\n  start: 14:00\n"
                + "location: {name: Buurthuis}\n"));
    Session s = load("2026-04/session.yaml").session();
    assertEquals("Andere Tak", s.organisation());
    assertEquals(Lang.NL, s.language());
    assertEquals("Buurthuis", s.location().name());
    assertEquals("", s.location().address(), "a location is taken whole, never mixed");
    assertEquals("14:00", s.agenda().start().toString());
    assertEquals(
        70, s.agenda().blocks().get(1).minutes(), "the blocks still come from the defaults");
  }

  @Test
  void staffAndThemesArePickedByNameAndId() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    write(
        "2026-04/session.yaml",
        session("")
            .replace(
                "themes: [bereikbaarheid]",
                "themes:\n  - facturatie\n  - {id: verhuizen, title: Verhuizen, questions: [Hoe ging het?]}"));
    Session s = load("2026-04/session.yaml").session();
    assertEquals(
        List.of("Jan Bakker", "Sanne Mulder", "Zoë Kramer", "Kees van Dijk"),
        s.staff().stream().map(Person::name).toList(),
        "names match case- and accent-insensitively");
    assertEquals("jan@voorbeeld.nl", s.staff().get(0).email());
    assertEquals(List.of("Jan"), s.staff().get(0).aliases());
    assertEquals(List.of("facturatie", "verhuizen"), s.themes().stream().map(Theme::id).toList());
    assertEquals(List.of("Is de factuur duidelijk?"), s.themes().get(0).questions());
  }

  @Test
  void anUnknownPickSuggestsTheNearest() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    write(
        "2026-04/session.yaml",
        session("")
            .replace("sanne mulder", "Sanne Muller")
            .replace("themes: [bereikbaarheid]", "themes: [bereikbaarhied]"));
    var r = CliRun.in(dir).run("check", "2026-04/session.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "2026-04/session.yaml:10:23: error[KA901]: \"Sanne Muller\" is not on the staff roster in klantarena.yaml"),
        r.toString());
    assertTrue(r.err().contains("hint: did you mean \"Sanne Mulder\"?"), r.toString());
    assertTrue(
        r.err()
            .contains(
                "2026-04/session.yaml:11:10: error[KA902]: \"bereikbaarhied\" is not a theme in the library of klantarena.yaml"),
        r.toString());
    assertTrue(r.err().contains("hint: did you mean \"bereikbaarheid\"?"), r.toString());
  }

  @Test
  void aPickWithoutDefaultsFileSaysSo() throws Exception {
    write("2026-04/session.yaml", session(""));
    var r = CliRun.in(dir).run("check", "2026-04/session.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "error[KA903]: \"Jan Bakker\" names an entry of klantarena.yaml, but there is no "
                    + "klantarena.yaml above this session"),
        r.toString());
  }

  @Test
  void aFindingAboutAnInheritedValuePointsIntoTheDefaultsFile() throws Exception {
    write(
        "klantarena.yaml",
        DEFAULTS
            .replace("petra@voorbeeld.nl", "petra-at-voorbeeld")
            .replace(
                "{name: Frans de Wit, email: frans@dewit.nl}",
                "{name: Frans de Wit, external: false}"));
    write("2026-04/session.yaml", session(""));
    write(
        "2026-06/session.yaml",
        session("").replace("2026-04-16", "2026-06-16").replace("2026-06-16}", "2026-08-16}"));
    var r = CliRun.in(dir).run("check", ".");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "klantarena.yaml:6:38: error[KA106]: invalid e-mail address \"petra-at-voorbeeld\""),
        r.toString());
    assertTrue(
        r.err().contains(" 6 | contact: {name: Petra Jansen, email: petra-at-voorbeeld}"),
        r.toString());
    assertTrue(r.err().contains("klantarena.yaml:7:"), r.toString());
    assertTrue(r.err().contains("warning[KA203]"), r.toString());
    assertEquals(
        1,
        r.err().split("error\\[KA106\\]", -1).length - 1,
        "a fault in the defaults file is reported once, not once per session");
  }

  @Test
  void theDefaultsFileItselfIsValidated() throws Exception {
    write(
        "klantarena.yaml",
        DEFAULTS.replace("organisation:", "organsation:") + "templates: sjablonen\n");
    write("2026-04/session.yaml", session("organisation: Zelf\n"));
    var r = CliRun.in(dir).run("check", "2026-04/session.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "klantarena.yaml:2:1: error[KA101]: unknown key \"organsation\"; did you mean \"organisation\"?"),
        r.toString());
    assertTrue(
        r.err().contains("warning[KA904]: templates folder \"sjablonen\" does not exist"),
        r.toString());
  }

  @Test
  void theNearestDefaultsFileWins() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    write("zakelijk/klantarena.yaml", DEFAULTS.replace("Voorbeeld Energie", "Voorbeeld Zakelijk"));
    write("zakelijk/2026-04/session.yaml", session(""));
    write("2026-04/session.yaml", session(""));
    assertEquals(
        "Voorbeeld Zakelijk", load("zakelijk/2026-04/session.yaml").session().organisation());
    assertEquals("Voorbeeld Energie", load("2026-04/session.yaml").session().organisation());
    assertEquals(
        dir.resolve("zakelijk").toRealPath(),
        Defaults.seriesRoot(dir.resolve("zakelijk/2026-04/session.yaml")).toRealPath());
  }

  @Test
  void theWalkUpStopsAtTheRepository() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    Files.createDirectories(dir.resolve("repo/.git"));
    Path s = write("repo/2026-04/session.yaml", session(""));
    assertTrue(Defaults.find(s).isEmpty());
    Path inRepoRoot = write("repo/klantarena.yaml", DEFAULTS);
    assertEquals(inRepoRoot.toAbsolutePath().normalize(), Defaults.find(s).orElseThrow());
  }

  @Test
  void templatesFolderIsRelativeToTheDefaultsFile() throws Exception {
    write("klantarena.yaml", DEFAULTS + "templates: sjablonen\n");
    Files.createDirectories(dir.resolve("sjablonen"));
    Path s = write("2026-04/session.yaml", session(""));
    Loader loader = new Loader(dir, Messages.of("en"));
    Session session = loader.session(s, "2026-04/session.yaml").session().orElseThrow();
    assertEquals(
        List.of(
            new Templates.Dir(dir.resolve("sjablonen").toAbsolutePath().normalize(), "sjablonen")),
        loader.templateDirs(session, Optional.empty()));
  }

  @Test
  void shownNameFollowsTheSessionsName() {
    Path session = Path.of("/r/series/2026-04/session.yaml");
    Path defaults = Path.of("/r/series/klantarena.yaml");
    assertEquals(
        "series/klantarena.yaml",
        ShownPaths.near("series/2026-04/session.yaml", session, defaults));
    assertEquals("../klantarena.yaml", ShownPaths.near("session.yaml", session, defaults));
    assertEquals(
        "/r/series/klantarena.yaml",
        ShownPaths.near("/r/series/2026-04/session.yaml", session, defaults));
  }

  @Test
  void aRosterNameOrLibraryIdTwiceIsAnError() throws Exception {
    write(
        "klantarena.yaml",
        DEFAULTS
            .replace(
                "  - {name: Kees van Dijk, email: kees@voorbeeld.nl}",
                "  - {name: Kees van Dijk, email: kees@voorbeeld.nl, aliases: [jan]}")
            .replace(
                "  - {id: facturatie,",
                "  - {id: Bereikbaarheid, title: Dubbel, questions: [Q?]}\n  - {id: facturatie,"));
    write("2026-04/session.yaml", session(""));
    var r = CliRun.in(dir).run("check", "2026-04/session.yaml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "klantarena.yaml:12:12: error[KA906]: the roster names \"jan\" twice (first at line 9)"),
        r.toString());
    assertTrue(
        r.err()
            .contains(
                "klantarena.yaml:15:10: error[KA907]: the theme library holds \"Bereikbaarheid\" twice (first at line 14)"),
        r.toString());
  }

  @Test
  void findingsSpeakDutchToo() throws Exception {
    write("klantarena.yaml", DEFAULTS);
    write("2026-04/session.yaml", session("").replace("sanne mulder", "Sanne Muller"));
    var r = CliRun.in(dir).run("check", "--lang", "nl", "2026-04/session.yaml");
    assertTrue(
        r.err()
            .contains(
                "error[KA901]: \"Sanne Muller\" staat niet in de medewerkerslijst van klantarena.yaml"),
        r.toString());
    assertTrue(r.err().contains("bedoelt u \"Sanne Mulder\"?"), r.toString());
  }

  @Test
  void theSeriesOwnersComeAfterTheSessionsOwnAndANameItGivesIsItsOwn() throws Exception {
    write(
        "klantarena.yaml",
        DEFAULTS
            + "owners:\n"
            + "  - {name: Karin de Haan, department: Directie}\n"
            + "  - {name: Ruud Zwart, department: Wethouder, email: r.zwart@gemeente.nl}\n");
    write(
        "2026-04/session.yaml",
        session(
            "owners:\n  - {name: ruud zwart, department: Wethouder Wonen}\n"
                + "  - {name: Ilse Kok}\n"
                + "actions:\n"
                + "  - {id: A1, title: Buurtbus, owner: K. de Haan}\n"
                + "  - {id: A2, title: Parkeren, owner: 'Zwart, Ruud'}\n"
                + "  - {id: A3, title: Bankjes, owner: Ilse}\n"));
    Loaded l = load("2026-04/session.yaml");
    assertEquals(List.of(), l.findings());
    assertEquals(
        List.of("ruud zwart", "Ilse Kok", "Karin de Haan"),
        l.session().owners().stream().map(Person::name).toList());
    assertEquals("Wethouder Wonen", l.session().owners().get(0).department());
    assertEquals("", l.session().owners().get(0).email(), "the session's entry is taken whole");
  }
}
