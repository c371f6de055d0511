package nl.klantarena.forget;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.invite.Slugs;
import nl.klantarena.io.ShownPaths;
import nl.klantarena.io.TextFiles;
import nl.klantarena.load.Loader;
import nl.klantarena.load.SessionFiles;
import nl.klantarena.session.Origin;
import nl.klantarena.session.People;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import nl.klantarena.session.Session;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What {@code klantarena forget NAME FOLDER} changes, worked out in memory before anything is
 * written (docs/privacy.md): the person is found as every command finds names, in the sessions of
 * the folder; then every file below it is read, and the places that name them, hold their e-mail
 * address or phone number, or are their own entry in a session file are edited. The files made for
 * them alone (their invitation, calendar file and draft, their letter) are deleted. Every other
 * byte stays as it was.
 */
public final class Forget {

  /** A file that changes: its new bytes, or null when it is deleted; and what changes in it. */
  public record Change(Path path, String shown, byte[] after, List<Found> found) {
    public boolean deleted() {
      return after == null;
    }
  }

  /** A file that may name the person but is not text, so the tool cannot edit it. */
  public record Skipped(String shown) {}

  /** A mention replaced although it could be someone else too: to be checked. */
  public record Left(String shown, int line, String text, List<String> names) {}

  /**
   * The plan.
   *
   * @param people the records of the person in the folder's sessions (empty: named nowhere as a
   *     participant; the name is then looked for as written)
   * @param ambiguous the people {@code NAME} could be, when it could be several (nothing changes)
   * @param replaced each text that was replaced and what replaces it, longest first
   */
  public record Plan(
      List<Person> people,
      List<Person> ambiguous,
      String pseudonym,
      List<Change> changes,
      List<Skipped> skipped,
      List<Left> left,
      Map<String, String> replaced) {}

  /**
   * An edit would leave a YAML file that can no longer be read (a name in a place where its
   * pseudonym means something else to YAML): nothing is changed, and the user edits that file.
   */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String shown) {
      super(shown, null, false, false);
    }

    public String shown() {
      return getMessage();
    }
  }

  /** Files larger than this are not read (no session, notes or output is near it). */
  static final long CAP = Loader.NOTES_CAP;

  private static final Set<String> BINARY_HINT =
      Set.of("docx", "xlsx", "pdf", "pptx", "doc", "xls", "mp3", "mp4", "m4a", "wav", "zip");

  private Forget() {}

  public static Plan plan(Loader loader, Path dir, String shownDir, String name, Messages tool) {
    // who: the person in every session of the folder, as every command finds names
    List<Person> people = new ArrayList<>();
    Set<Person> ids = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Person> everyone = new ArrayList<>();
    List<Person> ambiguous = new ArrayList<>();
    String lang = null;
    for (SessionFiles.Found f : loader.sessionsBelow(dir)) {
      var l = loader.session(f.path(), ShownPaths.below(shownDir, dir, f.path()));
      if (l.session().isEmpty()) continue;
      Session s = l.session().get();
      everyone.addAll(s.everyone());
      People.Match m = People.of(s.everyone()).match(name);
      if (m.ambiguous()) {
        for (Person c : m.candidates())
          if (ambiguous.stream().noneMatch(a -> a.name().equals(c.name()))) ambiguous.add(c);
      } else if (m.found()) {
        for (Person p : s.everyone()) {
          if (p.name().equals(m.person().name()) && ids.add(p)) people.add(p);
        }
        if (lang == null) lang = s.language().code();
      }
    }
    if (!ambiguous.isEmpty() && people.isEmpty()) {
      return new Plan(
          List.of(), List.copyOf(ambiguous), "", List.of(), List.of(), List.of(), Map.of());
    }
    List<Person> whom = new ArrayList<>(people);
    if (whom.isEmpty()) {
      // named nowhere as a participant: look for the name as written
      Person p =
          new Person(
              Role.CUSTOMER,
              name.strip(),
              "",
              "",
              null,
              "",
              false,
              List.of(),
              Origin.at(SourcePos.of("")));
      whom.add(p);
      everyone.add(p);
    }
    Messages out = Messages.of(lang != null ? lang : tool.lang());
    List<Path> files = files(dir);
    String role = people.isEmpty() ? "participant" : role(people.get(0).role());
    String pseudonym =
        out.get(
            "forget.pseudonym." + role,
            next(loader, files, out.get("forget.pseudonym." + role, "")));
    Replacer r =
        new Replacer(
            whom,
            everyone,
            pseudonym,
            out.get("forget.email.removed"),
            out.get("forget.phone.removed"));
    People found = People.of(whom);

    Set<Path> own = new LinkedHashSet<>();
    Map<Path, int[]> rows = new LinkedHashMap<>();
    for (Path f : files) {
      if (f.getFileName().toString().equals("invitations.csv"))
        ownRows(loader, f, found, own, rows);
    }
    Set<String> slugs = new LinkedHashSet<>();
    for (Person p : whom) slugs.add(Slugs.of(p.name(), "participant"));
    for (Path f : files) if (isOwnByName(f, slugs)) own.add(f);

    List<Change> changes = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<Left> left = new ArrayList<>();
    Map<String, String> replaced = new LinkedHashMap<>();
    for (Path f : files) {
      String shown = ShownPaths.below(shownDir, dir, f);
      if (own.contains(f)) {
        changes.add(new Change(f, shown, null, List.of()));
        continue;
      }
      TextFiles.Read read = loader.read(f, CAP);
      if (!read.ok()) continue;
      byte[] bytes = read.bytes();
      String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
      String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
      List<Found> here = new ArrayList<>();
      byte[] after;
      try {
        after = edit(f, ext, bytes, r, found, rows.get(f), out, here, left, shown);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (after == NOT_TEXT) {
        if (BINARY_HINT.contains(ext)) skipped.add(new Skipped(shown));
        continue;
      }
      if (after == null) continue;
      for (Found x : here) {
        // what a text says instead of the person; an emptied key or a removed row is no text
        boolean text = x.after().startsWith(pseudonym) || x.after().startsWith("(");
        if (text && !x.before().isEmpty()) replaced.putIfAbsent(x.before(), x.after());
      }
      changes.add(new Change(f, shown, after, List.copyOf(here)));
    }
    for (Person p : whom) {
      if (!p.name().isEmpty()) replaced.putIfAbsent(p.name(), pseudonym);
      for (String a : p.aliases()) replaced.putIfAbsent(a, pseudonym);
      if (p.hasEmail()) replaced.putIfAbsent(p.email(), out.get("forget.email.removed"));
      if (!p.phone().isEmpty()) replaced.putIfAbsent(p.phone(), out.get("forget.phone.removed"));
    }
    Map<String, String> longestFirst = new LinkedHashMap<>();
    replaced.entrySet().stream()
        .filter(e -> !e.getKey().isBlank() && !e.getKey().equals(e.getValue()))
        .sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .forEach(e -> longestFirst.put(e.getKey(), e.getValue()));
    return new Plan(
        List.copyOf(people),
        List.of(),
        pseudonym,
        List.copyOf(changes),
        List.copyOf(skipped),
        List.copyOf(left),
        longestFirst);
  }

  private static final byte[] NOT_TEXT = new byte[0];

  /**
   * The new bytes of a file, null when it does not change, {@link #NOT_TEXT} when it is not text.
   */
  private static byte[] edit(
      Path f,
      String ext,
      byte[] bytes,
      Replacer r,
      People found,
      int[] row,
      Messages msg,
      List<Found> here,
      List<Left> left,
      String shown)
      throws IOException {
    if (ext.equals("eml")) {
      String before = new String(bytes, StandardCharsets.ISO_8859_1);
      String after = MailEdits.edit(before, r, here);
      return after.equals(before) ? null : after.getBytes(StandardCharsets.ISO_8859_1);
    }
    TextFiles.Decoded d = TextFiles.decode(bytes, true);
    if (!d.ok() || d.text().indexOf('\0') >= 0) return NOT_TEXT;
    String text = d.text();
    String after;
    if (ext.equals("ics")) {
      after = CalendarEdits.edit(text, r, 1, here);
    } else {
      List<Edit> first = new ArrayList<>();
      if (ext.equals("yaml") || ext.equals("yml"))
        first.addAll(YamlEdits.edits(text, found, r.pseudonym(), msg));
      if (row != null) first.add(new Edit(row[0], row[1], "", rowName(text, row)));
      List<Replacer.Left> l = new ArrayList<>();
      List<Edit> edits = Edit.merge(first, r.edits(text, l));
      for (Replacer.Left x : l) {
        left.add(
            new Left(shown, line(text, x.start()), text.substring(x.start(), x.end()), x.names()));
      }
      for (Edit e : edits) {
        String shownAfter = e.replacement().isEmpty() ? "" : e.replacement();
        here.add(new Found(line(text, e.start()), e.shownBefore(), shownAfter));
      }
      after = Edit.apply(text, edits);
      if ((ext.equals("yaml") || ext.equals("yml"))
          && !after.equals(text)
          && YamlEdits.readable(text, msg)
          && !YamlEdits.readable(after, msg)) {
        throw new Refused(shown);
      }
    }
    if (after.equals(text)) return null;
    return encode(after, d.encoding(), bytes);
  }

  /** The text in the encoding it was read in, with its byte-order mark if it had one. */
  private static byte[] encode(String text, TextFiles.Encoding e, byte[] original) {
    return switch (e) {
      case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
      case UTF_8_BOM ->
          concat(
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
              text.getBytes(StandardCharsets.UTF_8));
      case WINDOWS_1252 -> text.getBytes(Charset.forName("windows-1252"));
      case UTF_16LE -> concat(mark(original), text.getBytes(StandardCharsets.UTF_16LE));
      case UTF_16BE -> concat(mark(original), text.getBytes(StandardCharsets.UTF_16BE));
    };
  }

  private static byte[] mark(byte[] original) {
    boolean has =
        original.length >= 2
            && ((original[0] == (byte) 0xFF && original[1] == (byte) 0xFE)
                || (original[0] == (byte) 0xFE && original[1] == (byte) 0xFF));
    return has ? new byte[] {original[0], original[1]} : new byte[0];
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** How a removed row of invitations.csv is shown: its first cell, the name. */
  private static String rowName(String text, int[] row) {
    try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(text.substring(row[0], row[1])))) {
      for (CSVRecord r : p) return r.get(0);
    } catch (IOException | RuntimeException e) {
      // shown as the row's text below
    }
    return Edit.oneLine(text.substring(row[0], row[1]));
  }

  static int line(String text, int offset) {
    int n = 1;
    for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') n++;
    return n;
  }

  private static String role(Role r) {
    return switch (r) {
      case CUSTOMER -> "customer";
      case FACILITATOR -> "facilitator";
      default -> "staff";
    };
  }

  /**
   * The next free number of a pseudonym: one more than the highest "Vergeten klant N" (in the
   * files' own words) that the folder holds, so that two people forgotten one after the other stay
   * two.
   */
  private static int next(Loader loader, List<Path> files, String prefix) {
    Pattern p = Pattern.compile(Pattern.quote(prefix.strip()) + " (\\d+)");
    int max = 0;
    for (Path f : files) {
      TextFiles.Read read = loader.read(f, CAP);
      if (!read.ok()) continue;
      TextFiles.Decoded d = TextFiles.decode(read.bytes(), true);
      if (!d.ok()) continue;
      Matcher m = p.matcher(d.text());
      while (m.find()) {
        try {
          max = Math.max(max, Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
          // a number too long to be ours
        }
      }
    }
    return max + 1;
  }

  /** The rows of the person in an invitations.csv, and the files those rows name. */
  private static void ownRows(
      Loader loader, Path csv, People found, Set<Path> own, Map<Path, int[]> rows) {
    TextFiles.Read read = loader.read(csv, CAP);
    if (!read.ok()) return;
    TextFiles.Decoded d = TextFiles.decode(read.bytes(), true);
    if (!d.ok()) return;
    String text = d.text();
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      List<CSVRecord> records = p.getRecords();
      for (int i = 0; i < records.size(); i++) {
        CSVRecord rec = records.get(i);
        if (!rec.isMapped("name") || found.find(rec.get("name")) == null) continue;
        for (String col :
            List.of("message_file", "calendar_file", "draft_file", "preparation_file")) {
          if (rec.isMapped(col) && !rec.get(col).isBlank()) {
            Path named = csv.resolveSibling(rec.get(col)).normalize();
            if (named.getParent().equals(csv.getParent().normalize())) own.add(named);
          }
        }
        int start = (int) rec.getCharacterPosition();
        int end =
            i + 1 < records.size()
                ? (int) records.get(i + 1).getCharacterPosition()
                : text.length();
        rows.put(csv, new int[] {start, end});
      }
    } catch (IOException | RuntimeException e) {
      // a list that cannot be read is edited as text
    }
  }

  /**
   * A file made for the person alone: in a folder of invitations or letters, named after them
   * ({@code customer-anna-de-vries.txt}, {@code letters/anna-de-vries.eml}).
   */
  private static boolean isOwnByName(Path f, Set<String> slugs) {
    Path parent = f.getParent();
    if (parent == null) return false;
    String folder = parent.getFileName() == null ? "" : parent.getFileName().toString();
    boolean outputs =
        folder.equals("invitations")
            || folder.equals("letters")
            || Files.exists(parent.resolve("invitations.csv"));
    if (!outputs) return false;
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    if (dot < 0) return false;
    String ext = n.substring(dot + 1);
    if (!List.of("txt", "ics", "eml").contains(ext)) return false;
    String base = n.substring(0, dot).replaceFirst("^(customer|staff|facilitator)-", "");
    for (String slug : slugs)
      if (base.equals(slug) || base.matches(Pattern.quote(slug) + "-\\d+")) return true;
    return false;
  }

  /**
   * Every regular file below {@code dir}, in path order; hidden folders (.git) and links left out
   * (a link could lead to a file outside the folder).
   */
  static List<Path> files(Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      for (Path f : SessionFiles.filesBelow(dir)) {
        if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(null);
    return out;
  }
}
