package nl.klantarena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The letter to customers keeps the promise of the session: every action agreed or considered is in
 * it, told as it stands on {@code --today}, with the reason written for customers and never the
 * organisation's own note; it is the report-back itself, signed by the contact, and can be written
 * per customer as text and as an e-mail draft.
 */
class LetterTest {

  static final String DIR = "src/test/resources/letter/";
  static final String TODAY = "2027-06-20";
  static final String SPRING = "examples/series/2026-03-voorjaar/session.yaml";

  static CliRun.Result letter(String session, String... more) {
    List<String> a =
        new ArrayList<>(List.of("report", session, "--audience", "customers", "--today", TODAY));
    a.addAll(List.of(more));
    return CliRun.inProject().run(a.toArray(String[]::new));
  }

  @ParameterizedTest
  @CsvSource({"nl,md", "nl,text", "en,md", "en,text"})
  void theLetterWithAnActionInEveryStateMatchesItsGoldenFile(String lang, String format) {
    var r = letter(DIR + lang + "/session.yaml", "--format", format);
    assertEquals(0, r.exit(), r.toString());
    Golden.check("letter/" + lang + "." + format, r.out());
  }

  /** The titles of a session file's actions, as written (one line each in these files). */
  static List<String> titles(String file) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(file)))
      if (line.startsWith("    title: ")) out.add(line.substring("    title: ".length()).strip());
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {DIR + "nl/session.yaml", DIR + "en/session.yaml", SPRING})
  void everyActionIsInTheLetterAndNoInternalNote(String file) throws Exception {
    String out = letter(file).out().replaceAll("\\s+", " ");
    List<String> titles = titles(file);
    assertTrue(titles.size() >= 5, titles.toString());
    for (String t : titles) assertTrue(out.contains(t), t + " missing from the letter:\n" + out);
    for (String line : Files.readAllLines(Path.of(file))) {
      if (!line.startsWith("    why: ")) continue;
      String why = line.substring("    why: ".length()).strip();
      assertFalse(out.contains(why), "the organisation's note is in the letter: " + why);
    }
  }

  @Test
  void theSpringLetterTellsWhatWasTurnedDownAndWhatWasDropped() {
    var r =
        CliRun.inProject()
            .run("report", SPRING, "--audience", "customers", "--today", "2026-05-27");
    assertEquals(0, r.exit(), r.toString());
    Golden.check("letter/series-voorjaar.md", r.out());
    String out = r.out().replaceAll("\\s+", " ");
    assertFalse(out.contains("geen voorstel afgewezen"), out);
    String wont = out.substring(out.indexOf("## Wat we niet doen, en waarom"));
    assertTrue(wont.contains("**Een eigen app voor zakelijke klanten.** Zakelijke klanten"), wont);
    assertTrue(
        wont.contains(
            "**Een vaste accountmanager voor elke mkb-klant.** We waren van plan dit te doen,"
                + " maar hebben besloten het toch niet te doen. Met zoveel mkb-klanten"),
        wont);
    assertFalse(out.contains("tweede app kost een vaste ontwikkelaar"), "internal note in " + out);
  }

  @Test
  void deadlinesThatHavePassedAreToldAsPast() {
    String nl = letter(DIR + "nl/session.yaml").out().replaceAll("\\s+", " ");
    assertTrue(
        nl.contains(
            "**Omroepen bij vertraging op het busstation.** Hier zijn we nog mee bezig; het had"
                + " uiterlijk 1 juni 2027 klaar moeten zijn."),
        nl);
    assertTrue(
        nl.contains(
            "**Een wachtruimte met verwarming in Oldenzaal.** Hier zijn we nog mee bezig; de"
                + " nieuwe datum is 30 september 2027."),
        nl);
    assertTrue(nl.contains("**Vertraging in de app binnen een minuut.** Dit is klaar."), nl);
    assertTrue(
        nl.contains(
            "**Overstaptijd in Hengelo naar vijf minuten.** Dit is uiterlijk 31 augustus 2027"
                + " klaar."),
        nl);
    String en = letter(DIR + "en/session.yaml").out().replaceAll("\\s+", " ");
    assertTrue(
        en.contains("We are still working on this; it should have been done by 1 June 2027."), en);
    assertTrue(en.contains("We are still working on this; the new date is 30 September 2027."), en);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void theLetterIsTheReportBackAndIsSigned(String lang) {
    String out = letter(DIR + lang + "/session.yaml").out();
    for (String promise : List.of("U hoort uiterlijk", "van ons horen", "You will hear from us"))
      assertFalse(out.contains(promise), promise + " in\n" + out);
    if (lang.equals("nl")) {
      assertTrue(out.startsWith("# Bedankt voor uw deelname aan de klantarena\n\nBeste "), out);
      assertTrue(
          out.endsWith(
              "Met vriendelijke groet,\n\nIlse Hofman\\\nTeamleider klantenservice\\\n"
                  + "Streekvervoer Oost\\\n<ilse.hofman@streekvervoer-oost.nl>\\\n053 480 22 10\n"),
          out);
    } else {
      assertTrue(out.startsWith("# Thank you for taking part in our customer arena\n\nDear "));
      assertTrue(out.contains("Kind regards,\n\nClaire Whitfield\\\n"), out);
    }
  }

  @Test
  void withoutAReasonForCustomersTheLetterUsesANeutralSentenceAndCheckWarns() {
    String out = letter(DIR + "nl/session.yaml").out().replaceAll("\\s+", " ");
    assertTrue(
        out.contains(
            "**Een vaste chauffeur per lijn.** We hebben besloten dit niet te doen. Wilt u weten"
                + " waarom? Neem dan gerust contact met ons op."),
        out);
    var check =
        CliRun.inProject().run("check", DIR + "nl/session.yaml", "--today", TODAY, "--lang", "en");
    assertEquals(0, check.exit(), check.toString());
    assertTrue(
        check
            .err()
            .contains(
                "warning[KA520]: the letter to customers gives no reason"
                    + " why action \"L9\" will not be done"),
        check.err());
    assertTrue(check.err().contains("action \"L11\" will not be done"), check.err());
    assertFalse(check.err().contains("action \"L8\" will not be done"), check.err());
  }

  @Test
  void theLetterQuotesNobodyUnlessAsked() throws Exception {
    String nl = "src/test/resources/report/nl/session.yaml";
    String plain = letter(nl).out();
    assertFalse(plain.contains("“"), plain);
    assertTrue(plain.contains("- Reparatieverzoeken en de afhandeling daarvan\n"), plain);
    var quoted = letter(nl, "--quotes");
    assertEquals(0, quoted.exit(), quoted.toString());
    Golden.check("letter/quotes-nl.md", quoted.out());
    assertTrue(quoted.out().contains("“Ik heb drie keer een monteur gehad"), quoted.out());
    String en = "src/test/resources/report/en/session.yaml";
    var json = letter(en, "--quotes", "--format", "json");
    Golden.check("letter/quotes-en.json", json.out());
    assertTrue(json.out().contains("\"speaker\": \"customer A\""), json.out());
    assertFalse(letter(en, "--format", "json").out().contains("\"speaker\""));
  }

  @Test
  void eachCustomerGetsALetterAndADraftWhenTheyHaveAnAddress(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("brieven");
    var r = letter(DIR + "nl/session.yaml", "--eml", "--out", out.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("4 letters in "), r.err());
    List<String> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(
        List.of(
            "greet-wolters.eml",
            "greet-wolters.txt",
            "hasan-demir.eml",
            "hasan-demir.txt",
            "joke-van-leeuwen.txt",
            "mark-de-ruiter.eml",
            "mark-de-ruiter.txt"),
        files,
        "a draft for everyone with an address, a text for all");
    Golden.check("letter/greet-wolters.txt", Files.readString(out.resolve("greet-wolters.txt")));
    Golden.check("letter/greet-wolters.eml", Files.readAllBytes(out.resolve("greet-wolters.eml")));
    MimeMessage m;
    try (InputStream in = Files.newInputStream(out.resolve("greet-wolters.eml"))) {
      m = new MimeMessage(Session.getInstance(new Properties()), in);
    }
    assertEquals("Bedankt voor uw deelname aan de klantarena", m.getSubject());
    assertEquals(
        "ilse.hofman@streekvervoer-oost.nl", ((InternetAddress) m.getFrom()[0]).getAddress());
    assertEquals(
        "greet.wolters@kpnmail.nl", ((InternetAddress) m.getAllRecipients()[0]).getAddress());
    assertEquals("1", m.getHeader("X-Unsent")[0]);
    String body = (String) m.getContent();
    assertTrue(body.startsWith("Beste "), body);
    assertFalse(body.contains("====="), "the title is the subject, not in the body: " + body);
    assertTrue(body.contains("Teamleider klantenservice"), body);
    // every letter says the same, bar the greeting
    String joke = Files.readString(out.resolve("joke-van-leeuwen.txt"));
    String greet = Files.readString(out.resolve("greet-wolters.txt"));
    assertEquals(
        greet.substring(greet.indexOf("\n\nOp ")), joke.substring(joke.indexOf("\n\nOp ")));
    // and the same again on a second run
    byte[] first = Files.readAllBytes(out.resolve("hasan-demir.eml"));
    letter(DIR + "nl/session.yaml", "--eml", "--out", out.toString());
    assertEquals(new String(first), Files.readString(out.resolve("hasan-demir.eml")));
  }

  @Test
  void theDraftsGoBesideTheSessionByDefault(@TempDir Path tmp) throws Exception {
    Files.copy(Path.of(DIR + "en/session.yaml"), tmp.resolve("session.yaml"));
    var r =
        CliRun.in(tmp)
            .run("report", "session.yaml", "--audience", "customers", "--eml", "--today", TODAY);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.exists(tmp.resolve("letters/margaret-holmes.eml")), r.toString());
    assertTrue(
        r.err().contains("session.yaml: 4 letters in letters (7 files; 3 e-mail drafts)"), r.err());
  }

  @Test
  void draftsNeedTheContactsAddressAndTheLetterAudience(@TempDir Path tmp) throws Exception {
    String yaml =
        Files.readString(Path.of(DIR + "en/session.yaml"))
            .replace("  email: claire.whitfield@dalesbuses.co.uk\n", "");
    Files.writeString(tmp.resolve("session.yaml"), yaml);
    var r =
        CliRun.in(tmp)
            .run("report", "session.yaml", "--audience", "customers", "--eml", "--today", TODAY);
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error[KA802]"), r.err());
    assertFalse(Files.exists(tmp.resolve("letters")), "nothing written");
    // a plain letter needs no address: it is signed by name
    var plain = CliRun.in(tmp).run("report", "session.yaml", "--audience", "customers");
    assertEquals(0, plain.exit(), plain.toString());
    assertTrue(
        plain.out().contains("please get in touch with\nClaire Whitfield:\n01756"), plain.out());

    var staff = CliRun.in(tmp).run("report", "session.yaml", "--eml");
    assertEquals(2, staff.exit(), staff.toString());
    assertTrue(staff.err().contains("--audience customers"), staff.err());
    var html =
        CliRun.in(tmp)
            .run("report", "session.yaml", "--audience", "customers", "--eml", "--format", "html");
    assertEquals(2, html.exit(), html.toString());
  }

  private static final Pattern HEADING = Pattern.compile("(?m)^## (.*)$");

  @Test
  void theSectionsFollowWhereActionsStand() {
    Matcher m = HEADING.matcher(letter(DIR + "en/session.yaml").out());
    List<String> h = new ArrayList<>();
    while (m.find()) h.add(m.group(1));
    assertEquals(
        List.of(
            "What we talked about",
            "What we have done",
            "What we are still working on",
            "What we are looking into",
            "What we will not do, and why",
            "Questions?"),
        h);
  }
}
