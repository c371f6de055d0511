package nl.klantarena.invite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.io.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The mail-merge list {@code invitations.csv}: one row per invitation, RFC 4180 (comma, CRLF,
 * quotes where needed), UTF-8, every cell guarded against being run as a formula ({@link Csv}).
 *
 * <p>A run that invites only some roles ({@code --only staff}) replaces the rows of those roles and
 * keeps the others ({@link #merge}), so the list always holds everyone invited so far.
 */
final class MergeList {

  static final String FILE = "invitations.csv";

  /** The header; English and stable, for scripts and mail-merge tools. */
  static final List<String> HEADER =
      List.of(
          "name",
          "email",
          "role",
          "subject",
          "message_file",
          "calendar_file",
          "draft_file",
          "status",
          "preparation_file",
          "recording_consent");

  /**
   * One row. {@code status} is {@code ok} or {@code no-email}; {@code preparationFile} the calendar
   * file of the staff's preparation meeting, for staff and the facilitator; {@code
   * recordingConsent} is {@code requested} for a customer asked to agree to the recording, else
   * empty: a column to keep the answers in.
   */
  record Row(
      String name,
      String email,
      String role,
      String subject,
      String messageFile,
      String calendarFile,
      String draftFile,
      String status,
      String preparationFile,
      String recordingConsent) {}

  private MergeList() {}

  static String csv(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(
          List.of(
              r.name(),
              r.email(),
              r.role(),
              r.subject(),
              r.messageFile(),
              r.calendarFile(),
              r.draftFile(),
              r.status(),
              r.preparationFile(),
              r.recordingConsent()));
    }
    return write(HEADER, cells);
  }

  private static String write(List<String> header, List<List<String>> rows) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (List<String> r : rows) {
        List<String> safe = new ArrayList<>(r.size());
        for (String c : r) safe.add(Csv.guard(c));
        p.printRecord(safe);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The roles in the order the list holds them: the order of the session's participants. */
  static final List<String> ROLE_ORDER = List.of("facilitator", "customer", "staff");

  /**
   * The list after a run that invited {@code roles}: its {@code fresh} rows for those roles, and
   * the rows of {@code earlier} (the list as it was) for every other role, kept as they were. Rows
   * come in the order of {@link #ROLE_ORDER} (rows of a role it does not know last), each role's
   * rows in their own order, so that inviting the roles one by one gives the list one run gives.
   *
   * @param earlier the list as it was (any columns; the present ones are kept, others dropped)
   * @throws Unreadable when {@code earlier} cannot be read back as the list
   */
  static String merge(byte[] earlier, String fresh, Set<String> roles) throws Unreadable {
    List<Map<String, String>> kept = new ArrayList<>();
    for (Map<String, String> r : read(earlier)) {
      if (!roles.contains(r.get("role"))) kept.add(r);
    }
    List<Map<String, String>> now = new ArrayList<>();
    try {
      now.addAll(read(fresh.getBytes(StandardCharsets.UTF_8)));
    } catch (Unreadable e) {
      throw new IllegalStateException("the list just made cannot be read back", e);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String role : ROLE_ORDER) {
      List<Map<String, String>> from = roles.contains(role) ? now : kept;
      for (Map<String, String> r : from) if (role.equals(r.get("role"))) rows.add(cells(r));
    }
    for (Map<String, String> r : kept) if (!ROLE_ORDER.contains(r.get("role"))) rows.add(cells(r));
    return write(HEADER, rows);
  }

  private static List<String> cells(Map<String, String> row) {
    List<String> out = new ArrayList<>(HEADER.size());
    for (String h : HEADER) out.add(row.getOrDefault(h, ""));
    return out;
  }

  /**
   * An earlier list that cannot be read back: the line, and why in a word ({@code encoding}: not
   * UTF-8; {@code role}: no role column; {@code broken}: not CSV, e.g. a quote never closed).
   */
  static final class Unreadable extends Exception {
    private final int line;
    private final String why;

    Unreadable(int line, String why) {
      super(why + " at line " + line);
      this.line = line;
      this.why = why;
    }

    int line() {
      return line;
    }

    String why() {
      return why;
    }
  }

  /**
   * The rows of a list as column name (lower case) → cell. It must be UTF-8 (with or without a
   * byte-order mark) with a header row that has a {@code role} column.
   */
  static List<Map<String, String>> read(byte[] bytes) throws Unreadable {
    String text;
    try (InputStream in =
        BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes)).get()) {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(in.readAllBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(1, "encoding");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    if (text.isBlank()) return rows;
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
    try (Reader r = new StringReader(text);
        CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
      Map<String, Integer> header = new LinkedHashMap<>();
      for (var e : p.getHeaderMap().entrySet()) {
        header.put(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue());
      }
      if (!header.containsKey("role")) throw new Unreadable(1, "role");
      for (CSVRecord rec : p) {
        Map<String, String> row = new LinkedHashMap<>();
        for (var h : header.entrySet()) {
          int i = h.getValue();
          row.put(h.getKey(), i < rec.size() ? Csv.unguard(rec.get(i)) : "");
        }
        row.put("role", row.get("role").strip());
        rows.add(row);
      }
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      throw new Unreadable(lineOf(e), "broken");
    }
    return rows;
  }

  private static final Pattern STARTLINE = Pattern.compile("startline (\\d{1,9})");

  /** The line where Commons CSV says a broken record starts, else the header's. */
  private static int lineOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = STARTLINE.matcher(String.valueOf(t.getMessage()));
      if (m.find()) return Integer.parseInt(m.group(1));
    }
    return 1;
  }
}
