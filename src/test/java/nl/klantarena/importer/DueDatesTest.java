package nl.klantarena.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

  /** The session's date: a date without a year is the first such day from here on. */
  static final LocalDate SESSION = LocalDate.of(2026, 11, 19);

  static final DueDates NL = new DueDates(Lang.NL, SESSION);
  static final DueDates EN = new DueDates(Lang.EN, SESSION);

  /** The action line's words after "ACTIE:", and what they give: title | owner | due. */
  @ParameterizedTest(name = "nl: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Terugbelknop @Kofi 01/06/2027|Terugbelknop|Kofi|2027-06-01",
        "Terugbelknop @Kofi 1-6-2027|Terugbelknop|Kofi|2027-06-01",
        "Terugbelknop @Kofi 1.6.2027|Terugbelknop|Kofi|2027-06-01",
        "Terugbelknop @Kofi 1-6-27|Terugbelknop|Kofi|2027-06-01",
        "Terugbelknop @Kofi 2027-06-01|Terugbelknop|Kofi|2027-06-01",
        "Terugbelknop @Kofi Mensah 1 juni 2027|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi Mensah 1 jun. 2027|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi Mensah 1 JUNI 2027.|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi Mensah dinsdag 1 juni 2027|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi Mensah di 1-6-2027|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi Mensah uiterlijk 1 juni 2027|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi Mensah vóór 1 juni|Terugbelknop|Kofi Mensah|2027-06-01",
        "Terugbelknop @Kofi 1-6|Terugbelknop|Kofi|2027-06-01",
        "Brief aan huurders @mevr. P. van der Berg 15 december|Brief aan huurders|mevr. P. van der"
            + " Berg|2026-12-15",
        "Ook in het Engels @Jan June 1, 2027|Ook in het Engels|Jan|2027-06-01",
        // the owner's first word is the owner's, even when it is a month: Jan is a name here
        "Bellen @Jan 1 juni 2027|Bellen|Jan|2027-06-01",
        "Bellen @Jan Bakker Jan 5, 2027|Bellen|Jan Bakker|2027-01-05",
        "Bellen @May Chen 1 juni 2027|Bellen|May Chen|2027-06-01",
        // no date: the owner is all of it
        "Klachtenformulier vereenvoudigen @Sanne Mulder|Klachtenformulier vereenvoudigen|Sanne"
            + " Mulder|",
        // no owner: only a whole date at the end is a date
        "Wachttijd onder 2 minuten|Wachttijd onder 2 minuten||",
        "Brief sturen voor 1 juni 2027|Brief sturen||2027-06-01",
        "Brief sturen 2027-06-01|Brief sturen||2027-06-01",
        "Versie 1.6 uitrollen|Versie 1.6 uitrollen||",
        "Mail naar info@voorbeeld.nl sturen @Jan|Mail naar info@voorbeeld.nl sturen|Jan|",
      })
  void dutch(String text, String title, String owner, String due) {
    Findings f = findings();
    DueDates.Parts p = NL.split(text);
    assertEquals(title, p.title(), text);
    assertEquals(owner == null ? "" : owner, p.owner(), text);
    LocalDate d = p.due() == null ? null : NL.date(p.due(), pos(), f);
    assertEquals(due == null ? null : LocalDate.parse(due), d, text + " " + f.sorted());
    assertEquals(List.of(), f.sorted(), text);
  }

  @ParameterizedTest(name = "en: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Text customers @Kwame Mensah June 1, 2027|Text customers|Kwame Mensah|2027-06-01",
        "Text customers @Kwame Mensah June 1 2027|Text customers|Kwame Mensah|2027-06-01",
        "Text customers @Kwame Mensah June 1st, 2027|Text customers|Kwame Mensah|2027-06-01",
        "Text customers @Kwame Mensah 1 June 2027|Text customers|Kwame Mensah|2027-06-01",
        "Text customers @Kwame Mensah 1st of June 2027|Text customers|Kwame Mensah|2027-06-01",
        "Text customers @Kwame Mensah Tue 1 June 2027|Text customers|Kwame Mensah|2027-06-01",
        "Text customers @Kwame Mensah Tuesday, June 1, 2027|Text customers|Kwame"
            + " Mensah|2027-06-01",
        "Text customers @Kwame Mensah by 1 Sept. 2027|Text customers|Kwame Mensah|2027-09-01",
        "Text customers @Kwame Mensah 2027-06-01|Text customers|Kwame Mensah|2027-06-01",
        // numbers that can be one date only
        "Text customers @Kwame 13/06/2027|Text customers|Kwame|2027-06-13",
        "Text customers @Kwame 06/13/2027|Text customers|Kwame|2027-06-13",
        "Text customers @Kwame 06/06/2027|Text customers|Kwame|2027-06-06",
        "Text customers @Kwame June 1|Text customers|Kwame|2027-06-01",
        "Send the letter before 1 June 2027|Send the letter||2027-06-01",
      })
  void english(String text, String title, String owner, String due) {
    Findings f = findings();
    DueDates.Parts p = EN.split(text);
    assertEquals(title, p.title(), text);
    assertEquals(owner == null ? "" : owner, p.owner(), text);
    LocalDate d = p.due() == null ? null : EN.date(p.due(), pos(), f);
    assertEquals(due == null ? null : LocalDate.parse(due), d, text + " " + f.sorted());
    assertEquals(List.of(), f.sorted(), text);
  }

  /** A date that cannot be read is a finding, and the owner is still the owner. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nl|Iets doen @Ruud 2026-13-45|Ruud|2026-13-45|KA608|invalid due date \"2026-13-45\": there"
            + " is no such day",
        "nl|Iets doen @Ruud 31-6-2027|Ruud|31-6-2027|KA608|invalid due date \"31-6-2027\": there is"
            + " no such day",
        "nl|Iets doen @Ruud 6/13/2027|Ruud|6/13/2027|KA608|invalid due date \"6/13/2027\": there is"
            + " no such day",
        "nl|Iets doen @Ruud 1 juno 2027|Ruud|1 juno 2027|KA608|cannot read the due date \"1 juno"
            + " 2027\"",
        "nl|Iets doen @Ruud Jacobs 2027|Ruud Jacobs|2027|KA608|cannot read the due date \"2027\"",
        "nl|Iets doen @Ruud vrijdag 1 juni 2027|Ruud|vrijdag 1 juni 2027|KA608|the due date"
            + " \"vrijdag 1 juni 2027\" does not add up: 1 June 2027 is a Tuesday, not a Friday",
        "en|Do it @Kofi 01/06/2027|Kofi|01/06/2027|KA632|the due date \"01/06/2027\" can be read two"
            + " ways: 1 June 2027 (day first, as in Britain) or 6 January 2027 (month first, as in"
            + " the United States)",
        "en|Do it @Kofi 1/6|Kofi|1/6|KA632|the due date \"1/6\" can be read two ways",
        "en|Call back 01/06/2027||01/06/2027|KA632|the due date \"01/06/2027\"",
      })
  void unreadable(String lang, String text, String owner, String written, String code, String msg) {
    DueDates dates = lang.equals("nl") ? NL : EN;
    Findings f = findings();
    DueDates.Parts p = dates.split(text);
    assertEquals(owner == null ? "" : owner, p.owner(), text);
    if (written != null) assertEquals(written, p.due().text());
    assertNull(dates.date(p.due(), pos(), f));
    List<Finding> all = f.sorted();
    assertEquals(1, all.size(), all.toString());
    assertEquals(code, all.get(0).code());
    assertEquals(true, all.get(0).message().startsWith(msg), all.get(0).message());
  }

  @Test
  void withoutAYearAndWithoutASessionDateTheYearIsAsked() {
    DueDates noDate = new DueDates(Lang.NL, null);
    Findings f = findings();
    var p = noDate.split("Bellen @Jan 1 juni");
    assertNull(noDate.date(p.due(), pos(), f));
    assertEquals(
        "the due date \"1 juni\" has no year, and the session has no date to count from",
        f.sorted().get(0).message());
    assertEquals(
        "write the date as 1-6-2027, 1 juni 2027 or 2027-06-01, after the owner: ACTION: title"
            + " @owner date",
        f.sorted().get(0).hint());
  }

  @Test
  void aDayWithoutAYearIsTheFirstOnOrAfterTheSession() {
    Findings f = findings();
    assertEquals(SESSION, NL.date(NL.read("19 november"), pos(), f));
    assertEquals(LocalDate.of(2027, 11, 18), NL.date(NL.read("18 november"), pos(), f));
    assertEquals(LocalDate.of(2028, 2, 29), NL.date(NL.read("29-2"), pos(), f));
    assertEquals(List.of(), f.sorted());
  }

  @Test
  void theFindingNamesTheDatesInTheToolsLanguage() {
    Findings f = new Findings(Messages.of("nl"));
    assertNull(EN.date(EN.read("01/06/2027"), pos(), f));
    assertEquals(
        "de deadline \"01/06/2027\" is op twee manieren te lezen: 1 juni 2027 (dag eerst, zoals in"
            + " Groot-Brittannië) of 6 januari 2027 (maand eerst, zoals in de Verenigde Staten)",
        f.sorted().get(0).message());
  }

  private static Findings findings() {
    return new Findings(Messages.of("en"));
  }

  private static SourcePos pos() {
    return new SourcePos("notes.txt", 3, 1);
  }
}
