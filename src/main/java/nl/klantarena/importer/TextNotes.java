package nl.klantarena.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;

/**
 * Notes typed during the session: {@code # Ronde 1} headings, {@code [theme] Speaker: text} lines,
 * lines that continue the current note, and {@code ACTIE:} / {@code ACTION:} lines.
 */
final class TextNotes {

  static final Pattern HEADING =
      Pattern.compile("^#+[ \\t]*(?:ronde|round)[ \\t]*(\\S*).*$", Pattern.CASE_INSENSITIVE);
  static final Pattern ACTION =
      Pattern.compile("^(?:ACTIE|ACTION)[ \\t]*:[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);

  /** A speaker holds no digit ("Om 3 uur: ..." is words), except a pseudonym that forget wrote. */
  static final Pattern SPEAKER =
      Pattern.compile(
          "^(?:\\[([^\\]]*)\\][ \\t]*)?("
              + Labels.PSEUDONYM
              + "|[\\p{L}][\\p{L}\\p{M} .'\\-]{0,60}?)[ \\t]*:[ \\t]*(.*)$");

  private static final Pattern TAG_ONLY = Pattern.compile("^\\[([^\\]]*)\\][ \\t]*(.*)$");

  /** {@code [SPEAKER_00]: words}, as WhisperX writes a diarized line: a speaker, not a theme. */
  private static final Pattern BRACKETED_SPEAKER =
      Pattern.compile("^\\[([^\\]]{1,60})\\][ \\t]*:[ \\t]*(.*)$");

  private TextNotes() {}

  /** Whether a line has the shape of a notes line (heading, speaker line or action). */
  static boolean looksLikeNotes(String line) {
    return HEADING.matcher(line).matches()
        || ACTION.matcher(line).matches()
        || SPEAKER.matcher(line).matches();
  }

  /**
   * @param dates reads the owner and due date of an action line, in the session's language
   */
  static List<Raw> read(List<String> lines, String shown, Findings f, DueDates dates) {
    List<Raw> out = new ArrayList<>();
    int round = 0;
    Raw current = null;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      int line = i + 1;
      if (l.isEmpty()) continue;
      Matcher h = HEADING.matcher(l);
      if (h.matches()) {
        current = flush(out, current, sb);
        String r = h.group(1);
        if (r.matches("[123]")) round = Integer.parseInt(r);
        else {
          f.add("KA606", new SourcePos(shown, line, 1), r, "round", "1 | 2 | 3");
          round = 0;
        }
        continue;
      }
      Matcher a = ACTION.matcher(l);
      if (a.matches()) {
        current = flush(out, current, sb);
        DueDates.Parts p = dates.split(a.group(1));
        LocalDate due = null;
        if (p.due() != null) {
          int at = lines.get(i).indexOf(l) + a.start(1) + p.dueAt();
          SourcePos pos = new SourcePos(shown, line, lines.get(i).codePointCount(0, at) + 1);
          due = dates.date(p.due(), pos, f);
        }
        String owner = p.owner();
        out.add(new Raw(-1, round, owner, "", "action", p.title(), line, owner, due));
        continue;
      }
      Matcher b = BRACKETED_SPEAKER.matcher(l);
      if (b.matches() && Labels.isDiarization(b.group(1))) {
        current = flush(out, current, sb);
        current = new Raw(-1, round, b.group(1).strip(), "", "", "", line, "", null);
        sb.append(b.group(2).strip());
        continue;
      }
      Matcher s = SPEAKER.matcher(l);
      if (s.matches()) {
        current = flush(out, current, sb);
        current =
            new Raw(
                -1,
                round,
                s.group(2).strip(),
                s.group(1) == null ? "" : s.group(1).strip(),
                "",
                "",
                line,
                "",
                null);
        sb.append(s.group(3).strip());
        continue;
      }
      if (current == null) {
        // a line before any speaker: a note by nobody known, kept rather than dropped
        Matcher t = TAG_ONLY.matcher(l);
        String tag = t.matches() ? t.group(1).strip() : "";
        current = new Raw(-1, round, "", tag, "", "", line, "", null);
        sb.append(t.matches() ? t.group(2).strip() : l);
        continue;
      }
      if (sb.length() > 0) sb.append(' ');
      sb.append(l);
    }
    flush(out, current, sb);
    return out;
  }

  private static Raw flush(List<Raw> out, Raw current, StringBuilder sb) {
    if (current != null && sb.length() > 0) out.add(current.withText(sb.toString()));
    sb.setLength(0);
    return null;
  }
}
