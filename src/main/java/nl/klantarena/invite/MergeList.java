package nl.klantarena.invite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.klantarena.io.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The mail-merge list {@code invitations.csv}: one row per invitation, RFC 4180 (comma, CRLF,
 * quotes where needed), UTF-8, every cell guarded against being run as a formula ({@link Csv}).
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
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (Row r : rows) {
        p.printRecord(
            Csv.guard(r.name()),
            Csv.guard(r.email()),
            Csv.guard(r.role()),
            Csv.guard(r.subject()),
            Csv.guard(r.messageFile()),
            Csv.guard(r.calendarFile()),
            Csv.guard(r.draftFile()),
            Csv.guard(r.status()),
            Csv.guard(r.preparationFile()),
            Csv.guard(r.recordingConsent()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
