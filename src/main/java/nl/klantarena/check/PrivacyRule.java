package nl.klantarena.check;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.finding.Findings;
import nl.klantarena.session.Recording;
import nl.klantarena.session.Session;

/**
 * What participants are told about the recording: a session that is recorded says how, who sees the
 * recording and the notes, how long they are kept, and whom to ask (docs/privacy.md).
 */
final class PrivacyRule implements Rule {

  @Override
  public String name() {
    return "privacy";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    Recording r = s.recording();
    if (r == null || !r.recorded()) return;
    List<String> missing = new ArrayList<>();
    if (r.how().isEmpty()) missing.add("how");
    if (r.access().isEmpty()) missing.add("access");
    if (r.retention().isEmpty()) missing.add("retention");
    if (r.contact().isEmpty() && (s.contact() == null || !s.contact().hasEmail()))
      missing.add("contact");
    if (!missing.isEmpty()) out.add("KA530", r.at().pos(), String.join(", ", missing));
  }
}
