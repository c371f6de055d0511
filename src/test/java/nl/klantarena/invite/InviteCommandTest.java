package nl.klantarena.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nl.klantarena.io.Csv;
import nl.klantarena.output.FileLock;
import nl.klantarena.testing.CliRun;
import nl.klantarena.testing.Golden;
import nl.klantarena.testing.Slow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InviteCommandTest {

  /** A small valid session; {@code %CUSTOMERS%} and {@code %STAFF%} are replaced per test. */
  static final String SESSION =
      """
      klantarena: 1
      title: Klantarena voorjaar
      organisation: Voorbeeld Energie
      language: nl
      date: 2026-04-16
      location: {name: Zaal De Ring, address: "Stationsplein 1, 3511 AB Utrecht"}
      contact: {name: Petra Jansen, email: petra@voorbeeld.nl}
      participants:
        facilitator: {name: Frans de Wit, email: frans@dewit.nl}
        customers:
      %CUSTOMERS%
        staff:
      %STAFF%
      themes:
        - id: bereikbaarheid
          title: Bereikbaarheid
          questions: [Hoe ervaart u het contact?]
      agenda:
        start: 15:00
      feedback: {due: 2026-06-16, channel: e-mail}
      """;

  static final List<String> FOUR_CUSTOMERS =
      List.of(
          "{name: Anna de Vries, email: anna@example.nl, experience: negative}",
          "{name: Bram Peters, email: bram@example.nl, experience: positive}",
          "{name: Chantal Smit, email: chantal@example.nl, experience: neutral}",
          "{name: Dirk Visser, email: dirk@example.nl, experience: negative}");

  static final List<String> FOUR_STAFF =
      List.of(
          "{name: Jan Bakker, email: jan@voorbeeld.nl}",
          "{name: Sanne Mulder, email: sanne@voorbeeld.nl}",
          "{name: Ahmed El Amrani, email: ahmed@voorbeeld.nl}",
          "{name: Lotte de Boer, email: lotte@voorbeeld.nl}");

  static Path session(Path dir, List<String> customers, List<String> staff) throws IOException {
    String yaml = SESSION.replace("%CUSTOMERS%", items(customers)).replace("%STAFF%", items(staff));
    Path folder = dir.resolve("voorjaar");
    Files.createDirectories(folder);
    Path f = folder.resolve("session.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static String items(List<String> xs) {
    StringBuilder sb = new StringBuilder();
    for (String x : xs) sb.append("    - ").append(x).append('\n');
    return sb.toString().stripTrailing();
  }

  /** The files below {@code dir}, without the mail-merge list's lock file (it holds nothing). */
  static List<String> files(Path dir) throws IOException {
    if (!Files.exists(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(LOCK))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  static final String LOCK = ".invitations.csv.lock";

  static List<CSVRecord> csv(Path file) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(Files.readString(file)))
        .getRecords();
  }

  static MimeMessage eml(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), in);
    }
  }

  // --- golden files per role and language

  @Test
  void dutchInvitationsMatchGoldenFiles(@TempDir Path dir) throws Exception {
    goldenCase(dir, "nl");
  }

  @Test
  void englishInvitationsMatchGoldenFiles(@TempDir Path dir) throws Exception {
    goldenCase(dir, "en");
  }

  /**
   * The English example as a recorded session, and the Dutch one as a session that is not: the
   * other paragraph on the recording in each language, and the customers asked to agree to it.
   */
  @Test
  void theRecordingParagraphInBothLanguagesMatchesGoldenFiles(@TempDir Path dir) throws Exception {
    Path en = dir.resolve("en-recorded");
    Files.createDirectories(en);
    Files.writeString(
        en.resolve("session.yaml"),
        Files.readString(Path.of("examples/en/session.yaml"))
            .replace(
                "recording:\n  recorded: false\n",
                """
                recording:
                  recorded: true
                  how: Sound only, transcribed by a transcription service.
                  access: Graham Pike and Rachel Okafor; staff read the report.
                  retention: The recording is deleted once the report is written, within six weeks.
                """));
    goldenCase(dir, "en-recorded", en.resolve("session.yaml").toString());
    // the draft asks for consent too, and the list keeps track of whom it asked
    Path out = dir.resolve("golden-en-recorded/out");
    Multipart mp = (Multipart) eml(out.resolve("customer-margaret-hughes.eml")).getContent();
    assertTrue(
        ((String) mp.getBodyPart(0).getContent()).contains("Do you agree to the recording?"));
    for (CSVRecord row : csv(out.resolve("invitations.csv"))) {
      assertEquals(
          row.get("role").equals("customer") ? "requested" : "",
          row.get("recording_consent"),
          row.toString());
    }
    Path nl = dir.resolve("nl-unrecorded");
    Files.createDirectories(nl);
    String dutch = Files.readString(Path.of("examples/nl/session.yaml"));
    Files.writeString(
        nl.resolve("session.yaml"),
        dutch.substring(0, dutch.indexOf("recording:\n")) + "recording: {recorded: false}\n");
    goldenCase(dir, "nl-unrecorded", nl.resolve("session.yaml").toString());
  }

  /** The example session of a language: the list, and the files of the first of each role. */
  private void goldenCase(Path dir, String lang) throws Exception {
    goldenCase(dir, lang, "examples/" + lang + "/session.yaml");
  }

  private void goldenCase(Path dir, String lang, String session) throws Exception {
    dir = dir.resolve("golden-" + lang);
    Path out = dir.resolve("out");
    var r =
        CliRun.inProject()
            .run("invite", session, "--out", out.toString(), "--eml", "--today", "2026-03-01");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err(), "the examples are clean");
    Golden.check(
        "invite/" + lang + "/invitations.csv", Files.readAllBytes(out.resolve("invitations.csv")));
    List<String> roles = new ArrayList<>(List.of("facilitator", "customer", "staff"));
    for (CSVRecord row : csv(out.resolve("invitations.csv"))) {
      if (!roles.remove(row.get("role"))) continue;
      for (String col :
          List.of("message_file", "calendar_file", "draft_file", "preparation_file")) {
        String name = row.get(col);
        if (name.isEmpty()) continue; // customers have no preparation
        Golden.check("invite/" + lang + "/" + name, Files.readAllBytes(out.resolve(name)));
      }
    }
    assertEquals(List.of(), roles, "every role is in the example");
    // the same input gives the same bytes
    Path out2 = dir.resolve("out2");
    var again =
        CliRun.inProject()
            .run("invite", session, "--out", out2.toString(), "--eml", "--today", "2026-03-01");
    assertEquals(0, again.exit(), again.toString());
    assertEquals(files(out), files(out2));
    for (String name : files(out)) {
      assertTrue(
          Arrays.equals(
              Files.readAllBytes(out.resolve(name)), Files.readAllBytes(out2.resolve(name))),
          name);
    }
  }

  // --- the drafts

  @Test
  void draftsParseWithTheirHeadersBodyAndCalendar(@TempDir Path dir) throws Exception {
    List<String> customers = new ArrayList<>(FOUR_CUSTOMERS);
    customers.set(0, "{name: Zoë Öztürk, email: zoe@example.nl, experience: negative}");
    Path s = session(dir, customers, FOUR_STAFF);
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out", "--eml");
    assertEquals(0, r.exit(), r.toString());
    Path out = dir.resolve("out");
    List<String> emls = files(out).stream().filter(n -> n.endsWith(".eml")).toList();
    assertEquals(9, emls.size(), emls.toString());
    for (String name : emls) {
      MimeMessage m = eml(out.resolve(name));
      assertEquals("1", m.getHeader("X-Unsent", null), name);
      InternetAddress from = (InternetAddress) m.getFrom()[0];
      assertEquals("petra@voorbeeld.nl", from.getAddress());
      assertEquals("Petra Jansen", from.getPersonal());
      Address[] replyTo = m.getReplyTo();
      assertEquals("petra@voorbeeld.nl", ((InternetAddress) replyTo[0]).getAddress());
      Multipart mp = (Multipart) m.getContent();
      assertEquals(2, mp.getCount());
      Part text = mp.getBodyPart(0);
      assertTrue(text.isMimeType("text/plain"), name);
      String message = Files.readString(out.resolve(name.replace(".eml", ".txt")));
      // the draft's body is the message file without its two header lines
      String body = ((String) text.getContent()).replace("\r\n", "\n");
      assertTrue(message.endsWith("\n\n" + body), name + "\n" + body);
      Part cal = mp.getBodyPart(1);
      ContentType ct = new ContentType(cal.getContentType());
      assertEquals("text/calendar", ct.getBaseType());
      assertEquals("REQUEST", ct.getParameter("method"));
      assertEquals("UTF-8", ct.getParameter("charset"));
      assertEquals(Part.ATTACHMENT, cal.getDisposition());
      byte[] attached = cal.getInputStream().readAllBytes();
      assertEquals(
          Files.readString(out.resolve(name.replace(".eml", ".ics"))),
          new String(attached, StandardCharsets.UTF_8),
          name);
    }
    MimeMessage zoe = eml(out.resolve("customer-zoe-ozturk.eml"));
    InternetAddress to = (InternetAddress) zoe.getRecipients(MimeMessage.RecipientType.TO)[0];
    assertEquals("Zoë Öztürk", to.getPersonal());
    assertEquals("zoe@example.nl", to.getAddress());
    assertEquals(
        "Uitnodiging voor de klantarena van Voorbeeld Energie op donderdag 16 april 2026",
        zoe.getSubject());
    assertTrue(
        ((String) ((Multipart) zoe.getContent()).getBodyPart(0).getContent())
            .startsWith("Beste Zoë Öztürk,\r\n"));
    // raw header is ASCII: the name is encoded, not written as UTF-8 bytes
    String raw =
        Files.readString(out.resolve("customer-zoe-ozturk.eml"), StandardCharsets.ISO_8859_1);
    String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
    assertTrue(head.chars().allMatch(c -> c < 128), head);
    assertTrue(head.contains("To: =?UTF-8?Q?Zo=C3=AB_=C3=96zt=C3=BCrk?= <zoe@example.nl>"), head);
  }

  // --- the mail-merge list

  @Test
  void csvListsEveryInvitationAndDisarmsFormulas(@TempDir Path dir) throws Exception {
    List<String> customers = new ArrayList<>(FOUR_CUSTOMERS);
    customers.set(
        0, "{name: '=HYPERLINK(\"http://x\")', email: evil@example.nl, experience: negative}");
    customers.set(1, "{name: '@SUM(1+1)', email: sum@example.nl, experience: positive}");
    Path s = session(dir, customers, FOUR_STAFF);
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out");
    assertEquals(0, r.exit(), r.toString());
    List<CSVRecord> rows = csv(dir.resolve("out/invitations.csv"));
    assertEquals(9, rows.size());
    CSVRecord evil = rows.get(1);
    assertEquals("'=HYPERLINK(\"http://x\")", evil.get("name"));
    assertEquals("customer", evil.get("role"));
    assertEquals("customer-hyperlink-http-x.txt", evil.get("message_file"));
    assertEquals("customer-hyperlink-http-x.ics", evil.get("calendar_file"));
    assertEquals("", evil.get("draft_file"));
    assertEquals("ok", evil.get("status"));
    assertEquals("'@SUM(1+1)", rows.get(2).get("name"));
    assertEquals("Frans de Wit", rows.get(0).get("name"));
    assertEquals("facilitator", rows.get(0).get("role"));
    for (CSVRecord row : rows) {
      assertTrue(Files.exists(dir.resolve("out").resolve(row.get("message_file"))), row.toString());
      assertTrue(
          Files.exists(dir.resolve("out").resolve(row.get("calendar_file"))), row.toString());
    }
  }

  @Test
  void formulaCellsGetAnApostrophe() {
    assertEquals("'=1+1", Csv.guard("=1+1"));
    assertEquals("'+31 6", Csv.guard("+31 6"));
    assertEquals("'-2", Csv.guard("-2"));
    assertEquals("'@x", Csv.guard("@x"));
    assertEquals("'\tx", Csv.guard("\tx"));
    assertEquals("'\rx", Csv.guard("\rx"));
    assertEquals("Anna", Csv.guard("Anna"));
    assertEquals("", Csv.guard(""));
  }

  // --- file names

  @Test
  void namesCannotEscapeTheOutputFolderAndStayUnique(@TempDir Path dir) throws Exception {
    List<String> customers = new ArrayList<>(FOUR_CUSTOMERS);
    customers.set(0, "{name: ../../etc/passwd, email: a@example.nl, experience: negative}");
    customers.set(1, "{name: Zoë 🙂, email: z@example.nl, experience: positive}");
    customers.set(2, "{name: 🙂, email: smile@example.nl, experience: neutral}");
    List<String> staff = new ArrayList<>(FOUR_STAFF);
    staff.set(1, "{name: Jan-Bakker, email: jan2@voorbeeld.nl}");
    Path s = session(dir, customers, staff);
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out/inv", "--eml");
    assertEquals(0, r.exit(), r.toString());
    List<String> written = files(dir);
    for (String f : written) {
      assertTrue(f.startsWith("out/inv/") || f.equals("voorjaar/session.yaml"), f);
    }
    List<String> out = files(dir.resolve("out/inv"));
    assertTrue(out.contains("customer-etc-passwd.txt"), out.toString());
    assertTrue(out.contains("customer-zoe.eml"), out.toString());
    assertTrue(out.contains("customer-participant.txt"), out.toString());
    assertTrue(out.contains("staff-jan-bakker.txt"), out.toString());
    assertTrue(out.contains("staff-jan-bakker-2.txt"), out.toString());
    for (String f : out) assertTrue(f.matches("[a-z0-9.-]+"), f);
  }

  @Test
  void slugsAreAsciiWithoutSeparators() {
    assertEquals("etc-passwd", Slugs.of("../../etc/passwd", "x"));
    assertEquals("zoe", Slugs.of("Zoë 🙂", "x"));
    assertEquals("x", Slugs.of("🙂", "x"));
    assertEquals("x", Slugs.of("..", "x"));
    assertEquals("huseyin-yilmaz", Slugs.of("Hüseyin Yılmaz", "x"));
    assertEquals("soren-lokke", Slugs.of("Søren Løkke", "x"));
    assertEquals("c-windows-system32", Slugs.of("C:\\Windows\\System32", "x"));
    assertEquals("strasse", Slugs.of("Straße", "x"));
    assertEquals("ahmed-el-amrani", Slugs.of("  Ahmed   El Amrani ", "x"));
    Slugs s = new Slugs();
    assertEquals("anna", s.unique("anna"));
    assertEquals("anna-2", s.unique("anna"));
    assertEquals("anna-3", s.unique("anna"));
  }

  // --- bad input

  @Test
  void sessionWithErrorsGetsNoInvitations(@TempDir Path dir) throws Exception {
    // fewer staff than customers: an error finding
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF.subList(0, 2));
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out", "--eml");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error[KA201]"), r.toString());
    assertTrue(r.err().contains("no invitations written"), r.toString());
    assertFalse(Files.exists(dir.resolve("out")), files(dir).toString());
  }

  @Test
  void participantWithoutEmailGetsAMessageAndAWarning(@TempDir Path dir) throws Exception {
    List<String> customers = new ArrayList<>(FOUR_CUSTOMERS);
    customers.set(3, "{name: Dirk Visser, experience: negative}");
    Path s = session(dir, customers, FOUR_STAFF);
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out", "--eml");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "voorjaar/session.yaml:14:7: warning[KA704]: Dirk Visser has no e-mail address: the invitation is written, but you will have to deliver it yourself"),
        r.toString());
    Path out = dir.resolve("out");
    assertTrue(Files.exists(out.resolve("customer-dirk-visser.txt")));
    assertTrue(Files.exists(out.resolve("customer-dirk-visser.ics")));
    assertFalse(Files.exists(out.resolve("customer-dirk-visser.eml")));
    CSVRecord dirk = csv(out.resolve("invitations.csv")).get(4);
    assertEquals("Dirk Visser", dirk.get("name"));
    assertEquals("", dirk.get("email"));
    assertEquals("no-email", dirk.get("status"));
    assertEquals("", dirk.get("draft_file"));
    // under --strict the warning fails the run, and nothing is written
    var strict =
        CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "strict", "--strict");
    assertEquals(1, strict.exit(), strict.toString());
    assertFalse(Files.exists(dir.resolve("strict")));
  }

  @Test
  void noContactIsAnError(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Files.writeString(
        s,
        Files.readString(s)
            .replace("contact: {name: Petra Jansen, email: petra@voorbeeld.nl}\n", ""));
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err().contains("error[KA705]: invitations need a contact with an e-mail address"),
        r.toString());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void usageMistakesExitTwo(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    String f = dir.relativize(s).toString();
    var r = CliRun.in(dir).run("invite", f, "--only", "guests");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("unknown role \"guests\" for --only"), r.toString());
    assertEquals(2, CliRun.in(dir).run("invite", f, "--templates", "nope").exit());
    Files.writeString(dir.resolve("afile"), "x");
    assertEquals(2, CliRun.in(dir).run("invite", f, "--out", "afile").exit());
  }

  // --- options

  @Test
  void dryRunListsAndWritesNothing(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    var r =
        CliRun.in(dir)
            .run("invite", dir.relativize(s).toString(), "--out", "out", "--eml", "--dry-run");
    assertEquals(0, r.exit(), r.toString());
    assertFalse(Files.exists(dir.resolve("out")));
    assertTrue(r.out().contains("out/customer-anna-de-vries.eml\n"), r.out());
    assertTrue(r.out().contains("out/invitations.csv\n"), r.out());
    assertTrue(r.out().contains("would write 9 invitations to out (28 files"), r.out());
  }

  @Test
  void onlyCustomersInvitesOnlyCustomers(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--only", "customers");
    assertEquals(0, r.exit(), r.toString());
    // without --out: invitations/ beside the session
    List<String> out = files(dir.resolve("voorjaar/invitations"));
    assertEquals(9, out.size(), out.toString());
    assertTrue(
        out.stream().allMatch(n -> n.startsWith("customer-") || n.equals("invitations.csv")),
        out.toString());
    var both =
        CliRun.in(dir)
            .run(
                "invite",
                dir.relativize(s).toString(),
                "--only",
                "staff,facilitator",
                "--out",
                "sf");
    assertEquals(0, both.exit(), both.toString());
    assertEquals(
        List.of(
            "facilitator-frans-de-wit",
            "staff-ahmed-el-amrani",
            "staff-jan-bakker",
            "staff-lotte-de-boer",
            "staff-sanne-mulder"),
        files(dir.resolve("sf")).stream()
            .filter(n -> n.endsWith(".txt"))
            .map(n -> n.replace(".txt", ""))
            .toList());
  }

  @Test
  void onlyOneRoleKeepsTheOtherRolesRowsOfTheList(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    String session = dir.relativize(s).toString();
    Path list = dir.resolve("voorjaar/invitations/invitations.csv");
    var all = CliRun.in(dir).run("invite", session);
    assertEquals(0, all.exit(), all.toString());
    byte[] whole = Files.readAllBytes(list);
    assertEquals(9, csv(list).size());

    // the staff invited again: the customers and the facilitator stay on the list
    var staff = CliRun.in(dir).run("invite", session, "--only", "staff", "--eml");
    assertEquals(0, staff.exit(), staff.toString());
    List<CSVRecord> rows = csv(list);
    assertEquals(
        List.of(
            "facilitator",
            "customer",
            "customer",
            "customer",
            "customer",
            "staff",
            "staff",
            "staff",
            "staff"),
        rows.stream().map(r -> r.get("role")).toList());
    assertEquals("staff-jan-bakker.eml", rows.get(5).get("draft_file"), "the staff's rows are new");
    assertEquals("", rows.get(1).get("draft_file"), "the customers' rows are as they were");

    // one role after the other gives the list that one run gives
    Files.delete(list);
    for (String role : List.of("staff", "customers", "facilitator")) {
      var r = CliRun.in(dir).run("invite", session, "--only", role);
      assertEquals(0, r.exit(), r.toString());
    }
    assertEquals(new String(whole, StandardCharsets.UTF_8), Files.readString(list));

    // a staff member who left the session leaves the list when the staff are invited again
    List<String> staffNow = new ArrayList<>(FOUR_STAFF.subList(0, 3));
    staffNow.add("{name: Nieuwe Collega, email: nieuw@voorbeeld.nl}");
    assertEquals(s, session(dir, FOUR_CUSTOMERS, staffNow));
    var changed = CliRun.in(dir).run("invite", session, "--only", "staff");
    assertEquals(0, changed.exit(), changed.toString());
    List<String> names = csv(list).stream().map(r -> r.get("name")).toList();
    assertEquals(9, names.size(), names.toString());
    assertTrue(
        names.contains("Nieuwe Collega") && !names.contains("Lotte de Boer"), names.toString());
    assertTrue(Files.exists(dir.resolve("voorjaar/invitations/" + LOCK)), "the lock file stays");
    assertEquals(0, Files.size(dir.resolve("voorjaar/invitations/" + LOCK)));
  }

  @Test
  void anEarlierListWithItsOwnColumnsKeepsItsRowsInTheseColumns(@TempDir Path dir)
      throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Path list = dir.resolve("voorjaar/invitations/invitations.csv");
    Files.createDirectories(list.getParent());
    // as a spreadsheet saved it: a byte-order mark, columns moved, one added, a formula disarmed
    Files.writeString(
        list,
        "\uFEFFrole,name,email,sent\r\n"
            + "customer,'=Anna,anna@example.nl,yes\r\n"
            + "facilitator,Frans de Wit,frans@dewit.nl,yes\r\n");
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--only", "staff");
    assertEquals(0, r.exit(), r.toString());
    List<CSVRecord> rows = csv(list);
    assertEquals(MergeList.HEADER, List.copyOf(rows.get(0).getParser().getHeaderNames()));
    assertEquals(6, rows.size());
    assertEquals("Frans de Wit", rows.get(0).get("name"));
    assertEquals("'=Anna", rows.get(1).get("name"));
    assertEquals("", rows.get(1).get("subject"));
    assertEquals("staff", rows.get(2).get("role"));
  }

  @Test
  void anEarlierListThatCannotBeReadBackStopsTheRunBeforeAnythingIsWritten(@TempDir Path dir)
      throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Path out = dir.resolve("voorjaar/invitations");
    Path list = out.resolve("invitations.csv");
    Files.createDirectories(out);
    for (String[] c :
        new String[][] {
          {
            "name,email,role\r\nAnna,anna@example.nl,customer\r\n\"Bram,b@x.nl,customer\r\n",
            "invitations.csv:3:1: error[KA710]: the list of invitations cannot be read back (it"
                + " stops being CSV here: perhaps a quote that is never closed)"
          },
          {
            "name,email\r\nAnna,anna@example.nl\r\n",
            "invitations.csv:1:1: error[KA710]: the list of invitations cannot be read back (it"
                + " has no \"role\" column)"
          },
        }) {
      Files.writeString(list, c[0]);
      var r = CliRun.in(out).run("invite", "../session.yaml", "--only", "staff", "--out", ".");
      assertEquals(1, r.exit(), r.toString());
      assertTrue(r.err().contains(c[1]), r.toString());
      assertTrue(r.err().contains("no invitations written"), r.toString());
      assertEquals(List.of("invitations.csv"), files(out), "nothing was written");
      assertEquals(c[0], Files.readString(list), "the list is left as it was");
    }
    // every role at once replaces the list whatever it held
    var all = CliRun.in(dir).run("invite", dir.relativize(s).toString());
    assertEquals(0, all.exit(), all.toString());
    assertEquals(9, csv(list).size());
  }

  @Test
  void twoRunsAtOnceEachKeepTheOthersRows(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    String session = dir.relativize(s).toString();
    Path list = dir.resolve("voorjaar/invitations/invitations.csv");
    for (int round = 0; round < 5; round++) {
      if (Files.exists(list)) Files.delete(list);
      List<Thread> threads = new ArrayList<>();
      List<CliRun.Result> results = Collections.synchronizedList(new ArrayList<>());
      for (String role : List.of("customers", "staff", "facilitator")) {
        threads.add(
            new Thread(() -> results.add(CliRun.in(dir).run("invite", session, "--only", role))));
      }
      for (Thread t : threads) t.start();
      for (Thread t : threads) t.join();
      for (CliRun.Result r : results) assertEquals(0, r.exit(), r.toString());
      assertEquals(9, csv(list).size(), "round " + round + ": " + Files.readString(list));
    }
  }

  @Slow
  @Test
  void aRunWaitsForAnotherProcessThatHoldsTheListAndReadsItAfresh(@TempDir Path dir)
      throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Path list = dir.resolve("voorjaar/invitations/invitations.csv");
    var first = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--only", "customers");
    assertEquals(0, first.exit(), first.toString());
    // another process takes the lock, and while holding it adds a row that this run must keep
    Path ready = dir.resolve("ready");
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                list.toString(),
                ready.toString(),
                "3000")
            .redirectErrorStream(true)
            .start();
    long until = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(ready) && holder.isAlive() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertTrue(Files.exists(ready), "the other process did not take the lock");
    var staff = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--only", "staff");
    assertEquals(0, staff.exit(), staff.toString());
    assertEquals(0, holder.waitFor());
    List<String> names = csv(list).stream().map(r -> r.get("name")).toList();
    assertTrue(names.contains("Added While Locked"), names.toString());
    assertTrue(names.contains("Anna de Vries") && names.contains("Jan Bakker"), names.toString());
  }

  /**
   * Run as a process of its own: takes the lock of the list (args[0]), reads the list, says so by
   * creating args[1], and args[2] milliseconds later writes the list back with a customer's row
   * added. A run that did not wait for the lock would lose its rows to this write, or this row to
   * its own.
   */
  public static final class LockHolder {
    public static void main(String[] args) throws Exception {
      Path list = Path.of(args[0]);
      try (var lock = FileLock.acquire(list)) {
        String before = Files.readString(list);
        Files.writeString(Path.of(args[1]), "");
        Thread.sleep(Long.parseLong(args[2]));
        Files.writeString(
            list, before + "Added While Locked,x@example.nl,customer,,,,,no-email\r\n");
      }
    }
  }

  // --- templates

  @Test
  void userTemplatesOverrideAPartialAndATemplate(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    // templates/ beside the session: one partial
    Path beside = s.getParent().resolve("templates/nl/partials");
    Files.createDirectories(beside);
    Files.writeString(
        beside.resolve("signature.txt.mustache"), "{{contact.name}}, namens het klantarenateam\n");
    // --templates: a whole template, which wins over the folder beside the session
    Path mine = dir.resolve("mine");
    Files.createDirectories(mine);
    Files.writeString(
        mine.resolve("invite-staff.subject.txt.mustache"),
        "Doe mee op {{dateShort}}, {{participant.firstName}}\n");
    var r =
        CliRun.in(dir)
            .run("invite", dir.relativize(s).toString(), "--out", "out", "--templates", "mine");
    assertEquals(0, r.exit(), r.toString());
    String staff = Files.readString(dir.resolve("out/staff-jan-bakker.txt"));
    assertTrue(staff.startsWith("Onderwerp: Doe mee op 16 april 2026, Jan\n"), staff);
    assertTrue(staff.endsWith("Petra Jansen, namens het klantarenateam\n"), staff);
    String customer = Files.readString(dir.resolve("out/customer-anna-de-vries.txt"));
    assertTrue(customer.endsWith("Petra Jansen, namens het klantarenateam\n"), customer);
  }

  @Test
  void unknownTemplateVariableIsAnErrorWithFileAndLine(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Path t = s.getParent().resolve("templates");
    Files.createDirectories(t);
    Files.writeString(
        t.resolve("invite-customer.txt.mustache"),
        "Beste {{participant.firstName}},\n\nTot {{datum}}!\n");
    var r = CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "voorjaar/templates/invite-customer.txt.mustache:3:1: error[KA701]: the template uses \"datum\", which is not a template variable"),
        r.toString());
    assertEquals(
        1,
        r.err().split("KA701", -1).length - 1,
        "reported once, not once per customer: " + r.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void brokenTemplateAndMissingPartialAreErrors(@TempDir Path dir) throws Exception {
    Path s = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Path t = s.getParent().resolve("templates");
    Files.createDirectories(t);
    Files.writeString(
        t.resolve("invite-customer.txt.mustache"),
        "Beste {{participant.firstName}},\n{{#themes}}\n- {{title}}\n");
    Files.writeString(
        t.resolve("invite-staff.txt.mustache"), "Hoi\n{{> partials/handtekening.txt}}\n");
    var r =
        CliRun.in(dir).run("invite", dir.relativize(s).toString(), "--out", "out", "--lang", "nl");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "voorjaar/templates/invite-customer.txt.mustache:2:1: error[KA702]: templatesyntaxis:"),
        r.toString());
    assertTrue(
        r.err()
            .contains(
                "voorjaar/templates/invite-staff.txt.mustache: error[KA703]: template of partial \"partials/handtekening.txt.mustache\" bestaat niet"),
        r.toString());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void severalSessionsWriteBesideEachSession(@TempDir Path dir) throws Exception {
    Path a = session(dir, FOUR_CUSTOMERS, FOUR_STAFF);
    Path b = dir.resolve("najaar/session.yaml");
    Files.createDirectories(b.getParent());
    Files.writeString(
        b,
        Files.readString(a)
            .replace("2026-04-16", "2026-10-15")
            .replace("2026-06-16", "2026-12-15"));
    var r = CliRun.in(dir).run("invite", ".");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.exists(dir.resolve("voorjaar/invitations/invitations.csv")));
    assertTrue(Files.exists(dir.resolve("najaar/invitations/invitations.csv")));
    assertEquals(2, CliRun.in(dir).run("invite", ".", "--out", "out").exit());
    // two sessions in one folder would overwrite each other's list
    Files.copy(b, dir.resolve("voorjaar/second.yaml"));
    var same = CliRun.in(dir).run("invite", "voorjaar");
    assertEquals(2, same.exit(), same.toString());
    assertTrue(same.err().contains("would both write to voorjaar/invitations"), same.toString());
  }

  @Test
  void jsonFormatKeepsStdoutForTheFindings(@TempDir Path dir) throws Exception {
    List<String> customers = new ArrayList<>(FOUR_CUSTOMERS);
    customers.set(3, "{name: Dirk Visser, experience: negative}");
    Path s = session(dir, customers, FOUR_STAFF);
    var r =
        CliRun.in(dir)
            .run(
                "invite",
                dir.relativize(s).toString(),
                "--out",
                "out",
                "--format",
                "json",
                "--dry-run");
    assertEquals(0, r.exit(), r.toString());
    String json = r.out().strip();
    assertTrue(json.startsWith("[") && json.endsWith("]"), r.toString());
    assertTrue(
        json.contains("\"code\": \"KA704\"") || json.contains("\"code\":\"KA704\""), r.toString());
    assertFalse(json.contains("would write"), r.toString());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
