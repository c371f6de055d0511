package nl.klantarena.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.klantarena.actions.ActionRow;
import nl.klantarena.check.CheckedSession;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Loader;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Session;
import nl.klantarena.testing.Golden;
import nl.klantarena.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** One loader for the whole test class is one run: each file is read once. */
  private final Loader loader = new Loader(Path.of(""), Messages.of("en"));

  CheckedSession load(String file) {
    return Sessions.checked(Path.of(file), file, TODAY);
  }

  /** A session of a test series, loaded without the rules (they are not what is tested). */
  Session loadUnchecked(Path file, String shown) {
    return loader.session(file, shown).session().orElseThrow();
  }

  @Test
  void theSeriesOfASessionIsTheEarlierSessionsOfItsFolderTree() throws Exception {
    Series s = Series.of(load("examples/series/2026-09-najaar/session.yaml"), loader, TODAY);
    assertEquals(Path.of("examples/series").toAbsolutePath().normalize(), s.root());
    assertEquals(
        List.of("Klantarena voorjaar 2026", "Klantarena zomer 2026"),
        s.earlier().stream().map(Session::title).toList());
    assertEquals(
        List.of(
            "examples/series/2026-03-voorjaar/session.yaml",
            "examples/series/2026-06-zomer/session.yaml"),
        s.earlier().stream().map(Session::file).toList(),
        "named as the session itself is named");
    assertEquals(
        1,
        Series.of(load("examples/series/2026-06-zomer/session.yaml"), loader, TODAY)
            .earlier()
            .size());
    assertTrue(
        Series.of(load("examples/series/2026-03-voorjaar/session.yaml"), loader, TODAY)
            .earlier()
            .isEmpty());
  }

  @Test
  void carriedOverAreTheOpenActionsOfEarlierSessionsOverdueFirst() throws Exception {
    List<ActionRow> rows =
        Series.of(load("examples/series/2026-09-najaar/session.yaml"), loader, TODAY).carriedOver();
    assertEquals(List.of("V2", "Z1", "V4", "Z2"), rows.stream().map(r -> r.action().id()).toList());
    assertEquals(List.of(true, true, false, false), rows.stream().map(ActionRow::overdue).toList());
    assertEquals(175, rows.get(0).daysOverdue());
    assertEquals("Jan Bakker", rows.get(2).ownerName(), "the alias Jan is the roster's Jan Bakker");
    // as of an earlier day, fewer are late
    List<ActionRow> asOfSummer =
        Series.of(
                load("examples/series/2026-09-najaar/session.yaml"),
                loader,
                LocalDate.of(2026, 8, 31))
            .carriedOver();
    assertEquals(
        List.of(true, false, false, false), asOfSummer.stream().map(ActionRow::overdue).toList());
  }

  @Test
  void trendsCountNotesWhereImportedElseActions() throws Exception {
    Trends t =
        Series.of(load("examples/series/2026-09-najaar/session.yaml"), loader, TODAY).trends();
    assertEquals(2, t.columns().size());
    // voorjaar has no notes file: its actions count; zomer has notes.csv: its notes count
    assertEquals(
        List.of(Trends.Basis.ACTIONS, Trends.Basis.NOTES),
        t.columns().stream().map(Trends.Column::basis).toList());
    assertEquals(
        List.of("bereikbaarheid", "facturatie", "storingen", "app", "verhuizen"),
        t.rows().stream().map(Trends.Row::id).toList());
    assertEquals(List.of(2, 2), t.rows().get(0).counts()); // V1 and V5 in the spring
    assertEquals(List.of(1, 0), t.rows().get(1).counts());
    assertEquals(List.of(0, 5), t.rows().get(2).counts());
    assertEquals(List.of(2, 0), t.rows().get(3).counts());
    assertEquals(List.of(0, 1), t.rows().get(4).counts());
    assertTrue(t.rows().get(0).current());
    assertFalse(t.rows().get(3).current());
    assertEquals(2, t.rows().get(0).sessions(t.columns()));
    assertTrue(t.columns().get(1).planned().contains("storingen"));
    Trends actionsOnly =
        Series.of(load("examples/series/2026-09-najaar/session.yaml"), loader, TODAY)
            .trends(Trends.NoteCounts.NONE);
    assertEquals(List.of(0, 1), actionsOnly.rows().get(2).counts());
  }

  @Test
  void trendsCountNotesWhereASessionHasThem() throws Exception {
    Series s = Series.of(load("examples/series/2026-09-najaar/session.yaml"), loader, TODAY);
    Trends t =
        s.trends(
            x ->
                x.title().contains("zomer")
                    ? Optional.of(Map.of("storingen", 7, "bereikbaarheid", 3, "ongepland", 2))
                    : Optional.empty());
    assertEquals(
        List.of(Trends.Basis.ACTIONS, Trends.Basis.NOTES),
        t.columns().stream().map(Trends.Column::basis).toList());
    assertEquals(List.of(2, 3), t.rows().get(0).counts());
    assertEquals(List.of(0, 7), t.rows().get(2).counts());
    assertTrue(t.rows().stream().anyMatch(r -> r.id().equals("ongepland") && !r.current()));
    assertTrue(
        new SeriesMarkdown(Lang.EN)
            .trends(s.trends(Trends.NoteCounts.NONE), 2)
            .contains("How many actions"),
        "without notes the sentence says actions are counted");
  }

  @Test
  void reportSectionsInTheSessionsLanguage() throws Exception {
    Series s = Series.of(load("examples/series/2026-09-najaar/session.yaml"), loader, TODAY);
    SeriesMarkdown nl = new SeriesMarkdown(Lang.NL);
    Golden.check(
        "series/najaar-nl.md", "# Verslag\n\n" + nl.carriedOver(s, 2) + "\n" + nl.trends(s, 2));
    SeriesMarkdown en = new SeriesMarkdown(Lang.EN);
    Golden.check(
        "series/najaar-en.md", "# Report\n\n" + en.carriedOver(s, 2) + "\n" + en.trends(s, 2));
    Series first = Series.of(load("examples/series/2026-03-voorjaar/session.yaml"), loader, TODAY);
    assertEquals(
        "## Open acties uit eerdere sessies\n\nDit is de eerste sessie van de reeks: er staat nog niets open.\n",
        nl.carriedOver(first, 2));
    assertTrue(
        nl.trends(first, 3)
            .startsWith("### Thema's in de loop van de tijd\n\nDit is de eerste sessie"));
  }

  @Test
  void aLongSeriesStaysWithin80Columns(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("klantarena.yaml"), "organisation: X\n");
    for (int i = 1; i <= 13; i++) {
      Path f = dir.resolve(String.format("s%02d/session.yaml", i));
      Files.createDirectories(f.getParent());
      Files.writeString(
          f,
          "klantarena: 1\ntitle: Een klantarena met een heel lange titel die nooit op een regel past, nummer "
              + i
              + "\ndate: 2025-"
              + String.format("%02d", Math.min(i, 12))
              + "-"
              + (i == 13 ? "28" : "01")
              + "\nthemes: [{id: een-thema-met-een-lange-id, title: Een thema met een lange titel die de tabel breed zou maken}]\n"
              + "actions:\n  - {id: A"
              + i
              + ", title: Een actie met een titel van meer dan tachtig tekens, zodat het afbreken "
              + "nodig is - echt, owner: Iemand Met Een Naam, due: 2025-12-01, theme: een-thema-met-een-lange-id}\n");
    }
    Session last = loadUnchecked(dir.resolve("s13/session.yaml"), "s13/session.yaml");
    Series s = Series.of(last, loader, TODAY);
    assertEquals(12, s.earlier().size());
    String md =
        "# Report\n\n"
            + new SeriesMarkdown(Lang.NL).carriedOver(s, 2)
            + "\n"
            + new SeriesMarkdown(Lang.NL).trends(s, 2);
    for (String line : md.split("\n")) {
      if (line.startsWith("|"))
        assertTrue(line.length() <= 80, "table row over 80 columns: " + line);
      else
        assertTrue(
            line.length() <= 80 || !line.strip().contains(" "), "line over 80 columns: " + line);
    }
    assertTrue(md.contains("oudste sessies passen niet in de tabel"), md);
    assertTrue(md.contains("| **een-thema-met-een-lange-id** |"), md);
    assertFalse(md.contains("\n  - echt"), "a wrapped line never opens a list: " + md);
  }

  @Test
  void withoutDefaultsFileTheSeriesIsTheSessionsOwnFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    String session =
        "klantarena: 1\ntitle: T{n}\norganisation: X\ndate: {d}\nactions:\n"
            + "  - {id: A{n}, title: Iets, owner: Jan, due: 2026-01-01}\n";
    Path later = dir.resolve("a/session.yaml");
    Files.createDirectories(dir.resolve("a/old"));
    Files.writeString(later, session.replace("{n}", "2").replace("{d}", "2026-06-01"));
    Files.writeString(
        dir.resolve("a/old/session.yaml"),
        session.replace("{n}", "1").replace("{d}", "2026-03-01"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(
        dir.resolve("b/session.yaml"), session.replace("{n}", "0").replace("{d}", "2026-01-01"));
    Session s = loadUnchecked(later, "a/session.yaml");
    Series series = Series.of(s, loader, TODAY);
    assertEquals(List.of("T1"), series.earlier().stream().map(Session::title).toList());
    assertEquals("a/old/session.yaml", series.earlier().get(0).file());
    assertEquals(List.of("A1"), series.carriedOver().stream().map(r -> r.action().id()).toList());
  }
}
