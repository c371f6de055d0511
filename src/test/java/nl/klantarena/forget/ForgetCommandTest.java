package nl.klantarena.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.klantarena.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forget} on a copy of the series example with everything the tool writes made first (the
 * invitations with drafts, the letters, the staff report), and a customer named in many ways: after
 * {@code --apply} her name, her aliases and her address are in no file of the copy (read as bytes,
 * and drafts and calendar files decoded as well), and every line that changed changed only where it
 * named her.
 */
class ForgetCommandTest {

  private static final String TODAY = "2026-09-01";
  private static final List<String> FORMS =
      List.of("fatima", "bouzid", "fatima@example.com", "fatima-bouzid");

  /** The series example, Fatima Bouzid named also by alias, title and initials, and its outputs. */
  private static Path series(Path tmp) throws Exception {
    Path dir = tmp.resolve("series");
    copy(Path.of("examples/series"), dir);
    Path zomer = dir.resolve("2026-06-zomer");
    edit(
        zomer.resolve("session.yaml"),
        "experience: neutral}",
        "experience: neutral, aliases: [Fatima, mevrouw Bouzid]}");
    edit(
        zomer.resolve("session.yaml"),
        "    owner: Ahmed El Amrani\n",
        "    owner: Ahmed El Amrani\n    source: \"ronde 1, F. Bouzid (N3)\"\n");
    Files.writeString(
        zomer.resolve("notes.csv"),
        "N9,16:20,2,Jan Bakker,staff,verhuizen,question,"
            + "\"Mevrouw Bouzid, hoe vaak vroeg het formulier uw adres? Fatima's antwoord telt.\",,,\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    String s = "2026-06-zomer/session.yaml";
    run(dir, 0, "invite", s, "--eml", "--today", "2026-05-01");
    run(dir, 0, "report", s, "--audience", "customers", "--eml", "--today", TODAY);
    run(dir, 0, "report", s, "--out", "2026-06-zomer/verslag.md", "--today", TODAY);
    return dir;
  }

  @Test
  void afterwardsTheNameIsInNoFileAndNothingElseChanged(@TempDir Path tmp) throws Exception {
    Path dir = series(tmp);
    Map<String, byte[]> before = snapshot(dir);
    assertTrue(mentions(before).size() >= 10, mentions(before).toString());

    var r = run(dir, 0, "forget", "Fatima Bouzid", ".", "--apply", "--lang", "en");
    assertTrue(
        r.out().startsWith("Fatima Bouzid (customer) becomes \"Vergeten klant 1\""), r.out());
    assertTrue(r.out().contains("git filter-repo --replace-text"), r.out());

    Map<String, byte[]> after = snapshot(dir);
    assertEquals(List.of(), mentions(after), "the name is in no file");
    for (var e : before.entrySet()) {
      String name = e.getKey();
      byte[] b = e.getValue();
      byte[] a = after.get(name);
      if (a == null) {
        assertTrue(name.contains("fatima-bouzid"), "deleted, but not hers: " + name);
        continue;
      }
      if (!contains(text(name, b), FORMS)) {
        assertTrue(Arrays.equals(b, a), "changed, but named her nowhere: " + name);
        continue;
      }
      List<String> was = lines(text(name, b));
      List<String> now = lines(text(name, a));
      if (name.endsWith("invitations.csv")) was.removeIf(l -> l.contains("fatima@example.com"));
      assertEquals(was.size(), now.size(), name);
      for (int i = 0; i < was.size(); i++) {
        if (was.get(i).equals(now.get(i))) continue;
        assertTrue(contains(was.get(i), FORMS), name + ": a line that did not name her changed");
        assertEquals(forgotten(was.get(i)), neutral(now.get(i)), name + ":" + (i + 1));
      }
    }
    // the sessions are still valid, and the reports are made again without her
    run(dir, 0, "check", ".", "--today", TODAY);
    var report = run(dir, 0, "report", "2026-06-zomer/session.yaml", "--today", TODAY);
    assertFalse(contains(report.out(), FORMS), report.out());
  }

  /**
   * The notes file as import now writes it, with theme_by and derived: a name in the derived cell
   * is a mention too, so the speaker cell and what the tool derived still agree (import does not
   * take the pseudonym for a hand edit), and theme_by is left as it was.
   */
  @Test
  void theNotesFileDerivedColumnAndThemeBy(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("nl");
    copy(Path.of("examples/nl"), dir);
    List<org.apache.commons.csv.CSVRecord> was = notes(dir.resolve("notes.csv"));
    assertTrue(
        was.stream().anyMatch(r -> r.get("derived").contains("speaker=Fatima Ouali")),
        "the example's derived column names her");
    run(dir, 0, "forget", "Fatima Ouali", ".", "--apply", "--lang", "en");
    assertEquals(
        List.of(), mentions(snapshot(dir), List.of("fatima", "ouali")), "the name is in no file");
    List<org.apache.commons.csv.CSVRecord> now = notes(dir.resolve("notes.csv"));
    assertEquals(was.size(), now.size());
    int hers = 0;
    for (int i = 0; i < now.size(); i++) {
      var w = was.get(i);
      var n = now.get(i);
      assertEquals(w.get("id"), n.get("id"));
      assertEquals(w.get("theme"), n.get("theme"), n.get("id"));
      assertEquals(w.get("theme_by"), n.get("theme_by"), n.get("id"));
      if (!w.get("speaker").equals("Fatima Ouali")) continue;
      hers++;
      assertEquals("Vergeten klant 1", n.get("speaker"));
      assertEquals(
          w.get("derived").replace("speaker=Fatima Ouali", "speaker=Vergeten klant 1"),
          n.get("derived"));
    }
    assertEquals(4, hers);
    run(dir, 0, "check", "session.yaml", "--today", TODAY);
  }

  /**
   * A transcript that forget changed is imported again as it reads now: the pseudonym speaks her
   * lines (a typed {@code Vergeten klant 1:} line, a WebVTT voice, in Dutch and English), so the
   * notes file that import writes from the changed transcripts is the one forget left, byte for
   * byte, and no note of someone else holds her words.
   */
  @Test
  void theChangedTranscriptsImportedAgainGiveTheNotesFileForgetLeft(@TempDir Path tmp)
      throws Exception {
    Path nl =
        forgotten(
            tmp,
            "nl",
            "Fatima Ouali",
            "notities-ronde3.txt",
            "[verduurzaming] Vergeten klant 1: Ik wil dat iemand komt kijken");
    assertTrue(Files.readString(nl.resolve("opname.vtt")).contains("<v Vergeten klant 1>"));
    String[] importNl = {
      "import",
      ".",
      "opname.vtt",
      "notities-ronde3.txt",
      "--recording-start",
      "15:30",
      "--today",
      TODAY,
      "--lang",
      "en"
    };
    reimported(nl, importNl, "notities-ronde3.txt: entries read: 5", "Vergeten klant 1");

    Path en =
        forgotten(
            tmp,
            "en",
            "Margaret Hughes",
            "notes-typed.txt",
            "[billing] Forgotten customer 1: My bill went up");
    String[] importEn = {"import", ".", "notes-typed.txt", "--today", TODAY, "--lang", "en"};
    reimported(en, importEn, "speakers matched: 10, unknown: 0", "Forgotten customer 1");
  }

  /** A copy of an example after forget {@code name}, whose {@code file} now holds {@code line}. */
  private static Path forgotten(Path tmp, String example, String name, String file, String line)
      throws Exception {
    Path dir = tmp.resolve(example);
    copy(Path.of("examples", example), dir);
    run(dir, 0, "forget", name, ".", "--apply", "--lang", "en");
    assertTrue(Files.readString(dir.resolve(file)).contains(line), file);
    return dir;
  }

  /** Imports the transcripts of {@code dir} again, once as a dry run and once into no notes. */
  private static void reimported(Path dir, String[] args, String summary, String pseudonym)
      throws Exception {
    Path csv = dir.resolve("notes.csv");
    byte[] left = Files.readAllBytes(csv);
    String[] dry = Arrays.copyOf(args, args.length + 1);
    dry[args.length] = "--dry-run";
    var r = run(dir, 0, dry);
    assertTrue(r.out().contains(summary), r.out());
    assertTrue(r.out().contains("would add 0 notes and update 0"), r.out());
    assertEquals("", r.err());
    Files.delete(csv);
    run(dir, 0, args);
    assertEquals(new String(left, StandardCharsets.UTF_8), Files.readString(csv));
    for (var n : notes(csv)) {
      assertFalse(n.get("text").contains(pseudonym + ":"), n.toString());
      if (n.get("speaker").equals(pseudonym)) assertEquals("customer", n.get("role"));
    }
    assertTrue(notes(csv).stream().anyMatch(n -> n.get("speaker").equals(pseudonym)));
  }

  private static List<org.apache.commons.csv.CSVRecord> notes(Path csv) throws IOException {
    try (var p =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(csv))) {
      return p.getRecords();
    }
  }

  @Test
  void aDryRunShowsEachPlaceAndChangesNothing(@TempDir Path tmp) throws Exception {
    Path dir = series(tmp);
    Map<String, byte[]> before = snapshot(dir);
    var r = run(dir, 0, "forget", "mevrouw Bouzid", "--lang", "en");
    assertTrue(
        r.out().contains("2026-06-zomer/notes.csv:4: Fatima Bouzid -> Vergeten klant 1"), r.out());
    assertTrue(
        r.out().contains("2026-06-zomer/session.yaml:10: fatima@example.com -> (emptied)"),
        r.out());
    assertTrue(
        r.out().contains("2026-06-zomer/session.yaml:10: [Fatima, mevrouw Bouzid] -> (emptied)"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "2026-06-zomer/invitations/invitations.csv:4: Fatima Bouzid -> (row removed)"),
        r.out());
    assertTrue(
        r.out().contains("2026-06-zomer/letters/fatima-bouzid.eml: deleted (made for them alone)"),
        r.out());
    assertTrue(r.out().contains("Nothing was changed: run again with --apply"), r.out());
    assertTrue(r.out().contains("'Fatima Bouzid==>Vergeten klant 1'"), r.out());
    assertEquals(before.keySet(), snapshot(dir).keySet());
    for (var e : snapshot(dir).entrySet())
      assertTrue(Arrays.equals(before.get(e.getKey()), e.getValue()), e.getKey());
  }

  @Test
  void aNameThatIsNowhereAndUsageMistakes(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("series");
    copy(Path.of("examples/series"), dir);
    var none = run(dir, 1, "forget", "Zoë Nergens", "--lang", "en");
    assertTrue(
        none.out().contains("\"Zoë Nergens\" is found nowhere in the current folder"), none.out());
    var nofolder = run(dir, 2, "forget", "Anna de Vries", "nowhere", "--lang", "en");
    assertTrue(nofolder.err().contains("nowhere is not a folder"), nofolder.err());
    run(dir, 2, "forget", "--lang", "en");
  }

  // --- helpers

  static CliRun.Result run(Path dir, int exit, String... args) {
    var r = CliRun.in(dir).run(args);
    assertEquals(exit, r.exit(), r.toString());
    return r;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertTrue(s.contains(from), from);
    Files.writeString(file, s.replaceFirst(Pattern.quote(from), to));
  }

  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p))
          out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /** Every file (path or content, bytes and decoded) that names her, case-insensitive. */
  static List<String> mentions(Map<String, byte[]> files) throws Exception {
    return mentions(files, FORMS);
  }

  static List<String> mentions(Map<String, byte[]> files, List<String> forms) throws Exception {
    List<String> out = new ArrayList<>();
    for (var e : files.entrySet()) {
      String raw = new String(e.getValue(), StandardCharsets.UTF_8);
      if (contains(e.getKey(), forms)
          || contains(raw, forms)
          || contains(text(e.getKey(), e.getValue()), forms)) out.add(e.getKey());
    }
    return out;
  }

  static boolean contains(String s, List<String> forms) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String f : forms) if (lower.contains(f)) return true;
    return false;
  }

  /** A file as a reader sees it: a draft's headers and decoded parts, a calendar file unfolded. */
  static String text(String name, byte[] bytes) throws Exception {
    if (name.endsWith(".eml")) {
      MimeMessage m =
          new MimeMessage(
              jakarta.mail.Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
      StringBuilder b = new StringBuilder();
      var headers = m.getAllHeaderLines();
      while (headers.hasMoreElements()) {
        b.append(jakarta.mail.internet.MimeUtility.decodeText(headers.nextElement())).append('\n');
      }
      part(m, b);
      return b.toString();
    }
    String s = new String(bytes, StandardCharsets.UTF_8);
    return name.endsWith(".ics") ? unfold(s) : s;
  }

  private static void part(Part p, StringBuilder b) throws Exception {
    Object c = p.getContent();
    if (c instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) part(mp.getBodyPart(i), b);
    } else if (c instanceof String s) {
      b.append(p.isMimeType("text/calendar") ? unfold(s) : s).append('\n');
    } else {
      b.append(new String(((InputStream) c).readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String unfold(String ics) {
    return ics.replaceAll("\\r?\\n[ \\t]", "").replace("\\n", "\n").replace("\\,", ",");
  }

  private static List<String> lines(String s) {
    return new ArrayList<>(List.of(s.replace("\r\n", "\n").split("\n", -1)));
  }

  /** A line as forgetting should leave it: every way it named her replaced. */
  private static String forgotten(String line) {
    return neutral(
        line.replace("fatima@example.com", "(e-mailadres verwijderd)")
            .replace("[Fatima, mevrouw Bouzid]", "[]")
            .replace("Mevrouw Bouzid", "Vergeten klant 1")
            .replace("mevrouw Bouzid", "Vergeten klant 1")
            .replace("Fatima Bouzid", "Vergeten klant 1")
            .replace("F. Bouzid", "Vergeten klant 1")
            .replace("Fatima's", "Vergeten klant 1's")
            .replace("Fatima", "Vergeten klant 1"));
  }

  /** An emptied address and the word for a removed one are the same change. */
  private static String neutral(String line) {
    return line.replace("\"\"", "(e-mailadres verwijderd)");
  }
}
