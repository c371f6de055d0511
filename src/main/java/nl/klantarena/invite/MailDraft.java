package nl.klantarena.invite;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A ready-to-send draft ({@code .eml}, RFC 5322 / MIME) built with Jakarta Mail and never sent:
 * {@code X-Unsent: 1} makes Outlook and Thunderbird open it as a new message to send. The bytes are
 * the same on every run: the Date, Message-ID and MIME boundary are derived from the session and
 * the participant instead of the clock and a random number. Invitations carry their calendar file;
 * the letter to customers is text alone.
 */
public final class MailDraft {

  /** The calendar's MIME type; {@code method=REQUEST} makes mail clients show Accept/Decline. */
  static final String CALENDAR_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

  /** A second calendar file in the same draft, opened by the reader rather than by the client. */
  static final String CALENDAR_FILE_TYPE = "application/ics";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

  /**
   * What goes into one draft.
   *
   * @param calendar the calendar file to attach, or null for a message of text alone
   */
  public record Content(
      String fromName,
      String fromEmail,
      String toName,
      String toEmail,
      String subject,
      String body,
      byte[] calendar,
      String calendarName,
      byte[] preparation,
      String preparationName,
      ZonedDateTime date,
      String messageId,
      String boundary) {}

  private MailDraft() {}

  public static byte[] build(Content c) {
    try {
      // a session from empty properties: no host, no transport; the message is only written out
      jakarta.mail.Session mail = jakarta.mail.Session.getInstance(new Properties());
      MimeMessage msg = new FixedIdMessage(mail, c.messageId());
      if (!c.fromEmail().isEmpty()) {
        InternetAddress from = address(c.fromEmail(), c.fromName());
        msg.setFrom(from);
        msg.setReplyTo(new InternetAddress[] {from});
      }
      // without an address the draft opens with an empty To, for the sender to fill in
      if (!c.toEmail().isEmpty())
        msg.setRecipient(MimeMessage.RecipientType.TO, address(c.toEmail(), c.toName()));
      msg.setSubject(c.subject(), "UTF-8");
      msg.setHeader("Date", DATE.format(c.date()));
      msg.setHeader("X-Unsent", "1");

      if (c.calendar() == null) {
        msg.setText(c.body(), "UTF-8", "plain");
        msg.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        msg.writeTo(out);
        return out.toByteArray();
      }
      MimeBodyPart text = new MimeBodyPart();
      text.setText(c.body(), "UTF-8", "plain");

      MimeBodyPart cal = new MimeBodyPart();
      cal.setDataHandler(new DataHandler(new ByteArrayDataSource(c.calendar(), CALENDAR_TYPE)));
      cal.setFileName(c.calendarName());
      cal.setDisposition(Part.ATTACHMENT);
      cal.setHeader("Content-Type", CALENDAR_TYPE + "; name=" + c.calendarName());

      MimeMultipart mixed = new FixedBoundaryMultipart("mixed", c.boundary());
      mixed.addBodyPart(text);
      mixed.addBodyPart(cal);
      if (c.preparation() != null) {
        // the preparation meeting rides along as a file to open; the invitation is the session
        MimeBodyPart prep = new MimeBodyPart();
        prep.setDataHandler(
            new DataHandler(new ByteArrayDataSource(c.preparation(), CALENDAR_FILE_TYPE)));
        prep.setFileName(c.preparationName());
        prep.setDisposition(Part.ATTACHMENT);
        prep.setHeader("Content-Type", CALENDAR_FILE_TYPE + "; name=" + c.preparationName());
        mixed.addBodyPart(prep);
      }
      msg.setContent(mixed);
      msg.saveChanges();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      msg.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException | IOException e) {
      // our own input, all in memory: a failure here is a bug, not a user's mistake
      throw new IllegalStateException("cannot build the draft: " + e.getMessage(), e);
    }
  }

  /** The SHA-256 of {@code s} in hex: stable ids for Message-IDs and MIME boundaries. */
  public static String hash(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InternetAddress address(String email, String name)
      throws UnsupportedEncodingException {
    // the name is encoded (RFC 2047) when it is not plain ASCII
    return new InternetAddress(email, name.isEmpty() ? null : name, StandardCharsets.UTF_8.name());
  }

  /** A message whose Message-ID is given, not made from the clock and the host name. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(jakarta.mail.Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }

  /** A multipart whose boundary is given, not a random one. */
  private static final class FixedBoundaryMultipart extends MimeMultipart {
    FixedBoundaryMultipart(String subtype, String boundary) {
      super(subtype);
      ContentType ct = new ContentType("multipart", subtype, null);
      ct.setParameter("boundary", boundary);
      contentType = ct.toString();
    }
  }
}
