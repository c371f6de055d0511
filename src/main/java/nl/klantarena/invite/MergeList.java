package nl.klantarena.invite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The mail-merge list {@code invitations.csv}: one row per invitation, RFC 4180 (comma, CRLF,
 * quotes where needed), UTF-8. A cell that a spreadsheet would take for a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that a participant
 * named {@code =HYPERLINK(...)} stays text.
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
          "preparation_file");

  /**
   * One row. {@code status} is {@code ok} or {@code no-email}; {@code preparationFile} the calendar
   * file of the staff's preparation meeting, for staff and the facilitator.
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
      String preparationFile) {}

  private MergeList() {}

  static String csv(List<Row> rows) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (Row r : rows) {
        p.printRecord(
            safe(r.name()),
            safe(r.email()),
            safe(r.role()),
            safe(r.subject()),
            safe(r.messageFile()),
            safe(r.calendarFile()),
            safe(r.draftFile()),
            safe(r.status()),
            safe(r.preparationFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Keeps a spreadsheet from evaluating the cell (CSV/formula injection). */
  static String safe(String cell) {
    if (cell.isEmpty()) return cell;
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }
}
