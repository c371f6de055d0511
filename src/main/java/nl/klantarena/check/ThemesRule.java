package nl.klantarena.check;

import nl.klantarena.finding.Findings;
import nl.klantarena.session.Block;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Session;
import nl.klantarena.session.Theme;

/** Themes: at least one, each with a question, and no more than round 1 can hold. */
final class ThemesRule implements Rule {

  static final int MINUTES_PER_THEME = 15;

  @Override
  public String name() {
    return "themes";
  }

  @Override
  public void check(Session s, CheckContext ctx, Findings out) {
    // misspelt or unreadable themes have their own finding; "no themes" would only repeat it
    if (s.at().unread("themes")) return;
    if (s.themes().isEmpty()) {
      out.add("KA301", s.at().wrote("themes") ? s.at().of("themes") : s.at().pos());
      return;
    }
    for (Theme t : s.themes()) {
      if (t.questions().isEmpty() && !t.at().unread("questions")) {
        out.add("KA302", t.at().pos(), t.label());
      }
    }
    // how long round 1 is cannot be known from an agenda that could not be read
    if (s.at().unread("agenda") || s.agenda().at().unread("blocks")) return;
    int round1 = 0;
    for (Block b : s.agenda().blocks()) if (b.kind() == BlockKind.ROUND1) round1 += b.minutes();
    if (round1 == 0) return;
    int fits = Math.max(1, round1 / MINUTES_PER_THEME);
    if (s.themes().size() > fits) {
      out.add("KA303", s.themes().get(fits).at().pos(), s.themes().size(), round1, fits);
    }
  }
}
