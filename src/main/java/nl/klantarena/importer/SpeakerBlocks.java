package nl.klantarena.importer;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;

/**
 * Transcripts made of speaker blocks, as meeting tools write them for people to read rather than
 * for players:
 *
 * <ul>
 *   <li>Teams' older transcript (its {@code .docx}, or the text copied out of it): a timing line
 *       {@code 0:0:3.490 --> 0:0:6.90}, the speaker's name on the next line, then the words;
 *   <li>Teams' {@code .docx} of today and Otter.ai's text export: {@code Eline Bos 0:08} (the
 *       speaker and the time into the recording on one line), then the words;
 *   <li>Google Meet's transcript text: a header (title, {@code Attendees}, the list of them, {@code
 *       Transcript}), then {@code Name: words} lines, with a {@code 00:05:00} time mark every few
 *       minutes.
 * </ul>
 *
 * Lines before the first block (a title, a date, a duration, the attendees) and the tools' own
 * lines ({@code ... started transcription}, {@code Transcribed by https://otter.ai}) are not notes.
 */
final class SpeakerBlocks {

  enum Form {
    TEAMS_TIMING,
    NAME_TIME,
    MEET
  }

  /** {@code Eline Bos 0:08}, {@code Speaker 1 1:02:03}: a name, then the time alone at the end. */
  static final Pattern NAME_TIME =
      Pattern.compile(
          "^[ \\t]*(\\S.{0,79}?)(?:[ \\t]{2,}|\\t|[ \\t]+)(\\d{1,2}(?::\\d{2}){1,2})[ \\t]*$");

  private static final Pattern TIME_MARK =
      Pattern.compile("^[ \\t]*(\\d{1,2}):(\\d{2}):(\\d{2})[ \\t]*$");
  private static final Pattern TOOL_LINE =
      Pattern.compile(
          "(?i)^(?:.*\\b(?:started|stopped) transcription|.*\\b(?:is|heeft) de transcriptie (?:gestart|gestopt|beëindigd)"
              + "|transcribed by https?://otter\\.ai.*|this editable transcript was computer generated.*"
              + "|deze bewerkbare transcriptie is door een computer gegenereerd.*"
              + "|meeting ended after .*|vergadering beëindigd na .*)$");

  private SpeakerBlocks() {}

  /** Whether {@code line} is the block header of {@link Form#NAME_TIME}. */
  static boolean isNameTime(String line) {
    Matcher m = NAME_TIME.matcher(line);
    return m.matches() && plausibleName(m.group(1).strip());
  }

  static boolean isTeamsTiming(String line) {
    return line.contains("-->") && Cues.srtTimes(line) != null;
  }

  private static final Pattern YEAR = Pattern.compile(".*\\b\\d{4}\\b.*");

  private static boolean plausibleName(String s) {
    // "16 april 2026, 15:30" heads a Teams transcript: a date, not a speaker
    if (s.endsWith(",") || YEAR.matcher(s).matches()) return false;
    Labels.Split fake = Labels.prefix(s + ": x");
    return fake != null && fake.label().equals(s);
  }

  /**
   * Whether {@code lines} (the start of a file) read as Meet's header: an {@code Attendees} (or
   * {@code Deelnemers}) line and a {@code Transcript} line.
   */
  static boolean isMeetHeader(List<String> lines) {
    boolean attendees = false;
    for (String l : lines) {
      String s = l.strip().toLowerCase(Locale.ROOT);
      if (s.equals("attendees") || s.equals("deelnemers") || s.equals("aanwezigen"))
        attendees = true;
      if (attendees && (s.equals("transcript") || s.equals("transcriptie"))) return true;
    }
    return false;
  }

  static void read(Form form, String text, String shown, Findings f, Tally t, Consumer<Raw> out) {
    t.unit = form == Form.MEET ? "lines" : "blocks";
    TimeOrder order = new TimeOrder(shown);
    LineCursor lines = new LineCursor(text);
    String speaker = null;
    double seconds = -1; // the time of the block being read
    double mark =
        form == Form.MEET ? 0 : -1; // Meet: the last time mark; the transcript starts at 0
    int line = 0;
    StringBuilder sb = new StringBuilder();
    boolean inTranscript = form != Form.MEET;
    boolean expectName = false;
    String l;
    while ((l = lines.next()) != null) {
      String s = l.strip();
      if (s.isEmpty() || TOOL_LINE.matcher(s).matches()) continue;
      if (form == Form.MEET && !inTranscript) {
        String k = s.toLowerCase(Locale.ROOT);
        inTranscript = k.equals("transcript") || k.equals("transcriptie");
        continue;
      }
      if (form == Form.TEAMS_TIMING && isTeamsTiming(s)) {
        flush(speaker, seconds, line, sb, t, out, form);
        long[] times = Cues.srtTimes(s);
        order.check(times[0], times[1], lines.number());
        seconds = times[0] / 1000.0;
        line = lines.number();
        speaker = "";
        expectName = true;
        t.read++;
        continue;
      }
      if (form == Form.TEAMS_TIMING && expectName) {
        speaker = s;
        expectName = false;
        continue;
      }
      if (form == Form.NAME_TIME && isNameTime(l)) {
        flush(speaker, seconds, line, sb, t, out, form);
        Matcher m = NAME_TIME.matcher(l);
        m.matches();
        speaker = m.group(1).strip();
        seconds = clock(m.group(2));
        line = lines.number();
        order.check(Math.round(seconds * 1000), -1, line);
        t.read++;
        continue;
      }
      if (form == Form.MEET) {
        Matcher timeMark = TIME_MARK.matcher(s);
        if (timeMark.matches()) {
          mark = clock(s);
          continue;
        }
        Labels.Split split = Labels.prefix(s);
        if (split != null) {
          flush(speaker, seconds, line, sb, t, out, form);
          speaker = split.label();
          seconds = mark;
          line = lines.number();
          t.read++;
          sb.append(split.rest().strip());
          continue;
        }
      }
      if (speaker == null) continue; // before the first block: the file's own header
      if (sb.length() > 0) sb.append(' ');
      sb.append(s);
    }
    flush(speaker, seconds, line, sb, t, out, form);
    order.finish(f);
  }

  /** {@code m:ss} or {@code h:mm:ss} as seconds. */
  private static double clock(String s) {
    String[] p = s.strip().split(":");
    double v = 0;
    for (String x : p) v = v * 60 + Integer.parseInt(x);
    return v;
  }

  private static void flush(
      String speaker,
      double seconds,
      int line,
      StringBuilder sb,
      Tally t,
      Consumer<Raw> out,
      Form form) {
    String words = sb.toString().strip();
    sb.setLength(0);
    if (speaker == null) return;
    if (words.isEmpty()) {
      t.empty(line);
      return;
    }
    if (t.tooLong(words, line)) return;
    out.accept(Raw.cue(seconds, speaker, Raw.Label.GIVEN, words, line, 1));
  }
}
