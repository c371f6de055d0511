package nl.klantarena.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.klantarena.finding.Findings;
import nl.klantarena.invite.MailDraft;
import nl.klantarena.invite.Slugs;
import nl.klantarena.plan.PlanIcs;
import nl.klantarena.render.Templates;
import nl.klantarena.session.Person;
import nl.klantarena.session.Session;

/**
 * The letter to customers, one per customer: as plain text ({@code <name>.txt}, to print and post,
 * or to paste) and, for a customer with an e-mail address, as a ready-to-send draft ({@code
 * <name>.eml}) from the contact. Each greets its customer by their own salutation; the rest is the
 * letter to all of them, word for word. Everything is rendered in memory, so that the command can
 * write all files or none.
 */
public final class Letters {

  /** The default output folder, beside the session file. */
  public static final String DEFAULT_OUT = "letters";

  /** The files, by name relative to the output folder, in the order of the session's customers. */
  public record Output(Map<String, byte[]> files, int letters, int drafts) {
    public Output {
      files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
  }

  private Letters() {}

  /**
   * The letters of a report for customers. KA802 when there is no contact with an e-mail address to
   * send the drafts from; template findings as the report has them.
   *
   * @return empty when an error finding was added
   */
  public static Optional<Output> render(Report r, Templates t, Findings findings) {
    Session s = r.session;
    Person contact = s.contact();
    if (contact == null || !contact.hasEmail()) {
      findings.add("KA802", contact == null ? s.at().pos() : contact.at().of("email"));
      return Optional.empty();
    }
    String key = "klantarena-" + MailDraft.hash(PlanIcs.uid(s)).substring(0, 20);
    String domain = contact.email().substring(contact.email().indexOf('@') + 1);
    Slugs slugs = new Slugs();
    Map<String, byte[]> files = new LinkedHashMap<>();
    int drafts = 0;
    for (Person c : s.customers()) {
      Optional<String> md = ReportMarkdown.render(r, t, findings, c);
      if (md.isEmpty()) return Optional.empty();
      String base = slugs.unique(Slugs.of(c.name(), "customer"));
      String text = ReportPage.text(r, md.get());
      files.put(base + ".txt", text.getBytes(StandardCharsets.UTF_8));
      if (!c.hasEmail()) continue;
      Split mail = split(text);
      String id = MailDraft.hash(key + "/letter/" + base);
      files.put(
          base + ".eml",
          MailDraft.build(
              new MailDraft.Content(
                  contact.name(),
                  contact.email(),
                  c.name(),
                  c.email(),
                  mail.subject().isEmpty() ? s.title() : mail.subject(),
                  mail.body(),
                  null,
                  "",
                  null,
                  "",
                  r.options.today().atTime(LocalTime.of(9, 0)).atZone(s.timezone()),
                  "<" + key + ".letter." + base + "@" + domain + ">",
                  "=_klantarena." + id.substring(0, 24))));
      drafts++;
    }
    return Optional.of(new Output(files, s.customers().size(), drafts));
  }

  /** A letter's subject (its title) and the body below the title. */
  record Split(String subject, String body) {}

  /**
   * The plain-text letter's title, underlined with {@code =}, is the message's subject; the body is
   * what follows it. A letter of a user's template without such a title keeps all of its text.
   */
  static Split split(String text) {
    String[] lines = text.split("\n", -1);
    int i = 0;
    StringBuilder title = new StringBuilder();
    while (i < lines.length && !lines[i].isBlank() && !lines[i].matches("=+")) {
      if (title.length() > 0) title.append(' ');
      title.append(lines[i].strip());
      i++;
    }
    if (i >= lines.length || !lines[i].matches("=+") || title.length() == 0)
      return new Split("", text);
    i++;
    while (i < lines.length && lines[i].isBlank()) i++;
    return new Split(
        title.toString(), String.join("\n", Arrays.asList(lines).subList(i, lines.length)));
  }
}
