package nl.klantarena.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;

/**
 * WebVTT and SRT files into raw notes: one per cue, the speaker from its voice tag (Teams) or left
 * in the words for the importer to find ({@code Eline: ...} as Zoom writes, {@code [SPEAKER_00]:}
 * as WhisperX writes). A cue two voices speak gives one raw note per voice. Cues that cannot be
 * read are skipped with a finding at their line; the rest of the file is read.
 */
final class Cues {

  private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*\\}");

  private Cues() {}

  /** A WebVTT file: false when it does not start with the WebVTT signature (nothing was read). */
  static boolean vtt(String text, String shown, Findings f, Tally t, Consumer<Raw> out) {
    t.unit = "cues";
    TimeOrder order = new TimeOrder(shown);
    boolean ok =
        WebVtt.parse(
            text,
            WebVtt.Mode.IMPORT,
            new WebVtt.Sink() {
              @Override
              public void cue(WebVtt.Cue c) {
                t.read++;
                order.check(c.start(), c.end(), c.line());
                if (t.tooLong(c.text(), c.line())) return;
                emit(c.text(), c.start(), c.line(), t, out);
              }

              @Override
              public void badTiming(int line, String timing, String after) {
                if (after.isBlank()) return; // nothing was to be said there
                t.read++;
                t.skipped++;
                f.add("KA602", new SourcePos(shown, line, 1), excerpt(timing));
              }

              @Override
              public void noTiming(int line, String words) {
                t.read++;
                t.skipped++;
                f.add("KA617", new SourcePos(shown, line, 1), excerpt(CueText.plain(words)));
              }
            });
    if (!ok) f.add("KA603", new SourcePos(shown, 1, 1), "WEBVTT");
    order.finish(f);
    return ok;
  }

  /**
   * A cue's text into raw notes: its voices (each voice's words one raw note), or its words with
   * whatever label they start with.
   */
  static void emit(String cueText, long startMs, int line, Tally t, Consumer<Raw> out) {
    double start = startMs / 1000.0;
    if (cueText.indexOf('<') < 0 && cueText.indexOf('&') < 0) {
      String words = words(cueText);
      if (words.isEmpty()) t.empty(line);
      else out.accept(Raw.cue(start, "", Raw.Label.IN_TEXT, words, line, 1));
      return;
    }
    String[] teams = teamsVoice(cueText);
    if (teams != null) {
      String words = words(teams[1]);
      if (words.isEmpty()) t.empty(line);
      else out.accept(Raw.cue(start, teams[0], Raw.Label.GIVEN, words, line, 1));
      return;
    }
    List<String[]> parts = voices(CueText.parse(cueText));
    int cues = 1;
    for (String[] p : parts) {
      String words = words(p[1]);
      if (words.isEmpty()) continue;
      out.accept(
          Raw.cue(
              start,
              p[0],
              p[0].isEmpty() ? Raw.Label.IN_TEXT : Raw.Label.GIVEN,
              words,
              line,
              cues));
      cues = 0;
    }
    if (cues == 1) t.empty(line);
  }

  /**
   * {name, words} of a cue that is one voice span and nothing else, {@code <v Name>words</v>} with
   * no other markup or reference (what Teams writes in every cue), read without building the tree:
   * it gives what the tree would. Null for any other cue.
   */
  static String[] teamsVoice(String s) {
    if (s.length() < 4 || !s.startsWith("<v") || (s.charAt(2) != ' ' && s.charAt(2) != '\t'))
      return null;
    int gt = s.indexOf('>');
    if (gt < 0) return null;
    String annotation = s.substring(3, gt);
    if (annotation.indexOf('&') >= 0 || annotation.indexOf('<') >= 0) return null;
    int end = s.endsWith("</v>") ? s.length() - 4 : s.length();
    String body = s.substring(gt + 1, end);
    if (body.indexOf('<') >= 0 || body.indexOf('&') >= 0) return null;
    return new String[] {Labels.voice(annotation), body};
  }

  /** The cue's words per voice, in order: {name, words}; words outside any voice join the last. */
  static List<String[]> voices(CueText.Node root) {
    List<String[]> parts = new ArrayList<>(1);
    String voice = "";
    StringBuilder sb = new StringBuilder();
    for (CueText.Node n : root.children) {
      if (n.kind == CueText.Kind.VOICE) {
        String name = Labels.voice(n.value);
        if (sb.length() > 0 && !name.equals(voice) && !sb.toString().isBlank()) {
          parts.add(new String[] {voice, sb.toString()});
          sb.setLength(0);
        }
        voice = name;
      }
      CueText.appendText(n, sb);
    }
    parts.add(new String[] {voice, sb.toString()});
    return parts;
  }

  /** Lines joined by a space, the spaces of the ends off; the first line end kept for a label. */
  static String words(String s) {
    int nl = s.indexOf('\n');
    if (nl < 0) return s.strip();
    String first = s.substring(0, nl).strip();
    String rest = s.substring(nl + 1).replace('\n', ' ').strip();
    if (first.isEmpty()) return rest;
    if (rest.isEmpty()) return first;
    // "Eline:" alone on the first line is a label whose words follow
    return first.endsWith(":") ? first + "\n" + rest : first + " " + rest;
  }

  /**
   * An SRT file as SubRip files are found: cue numbers or none, {@code ,} or {@code .} before the
   * milliseconds, fields without leading zeros, a blank line inside a cue's text, markup of HTML
   * and of ASS ({@code {\an8}}).
   */
  static void srt(String text, String shown, Findings f, Tally t, Consumer<Raw> out) {
    t.unit = "cues";
    TimeOrder order = new TimeOrder(shown);
    LineCursor lines = new LineCursor(text);
    String line = lines.next();
    long start = 0;
    int cueLine = 0;
    StringBuilder words = null; // the cue being read
    while (line != null) {
      if (line.isBlank()) {
        line = lines.next();
        continue;
      }
      int at = lines.number();
      String timing = null;
      int timingLine = at;
      if (line.contains("-->")) {
        timing = line;
      } else if (isNumber(line)) {
        long mark = lines.mark();
        String next = lines.next();
        if (next != null && next.contains("-->")) {
          timing = next;
          timingLine = lines.number();
        } else {
          lines.reset(mark);
        }
      }
      if (timing == null) {
        // words after a blank line inside a cue belong to it; words before any cue are lost
        if (words != null) {
          words.append('\n').append(line);
        } else {
          t.read++;
          t.skipped++;
          f.add("KA617", new SourcePos(shown, at, 1), excerpt(line));
          skipBlock(lines);
        }
        line = lines.next();
        continue;
      }
      if (words != null) srtCue(words.toString(), start, cueLine, t, out);
      words = null;
      t.read++;
      long[] times = srtTimes(timing);
      StringBuilder body = new StringBuilder();
      line = lines.next();
      while (line != null && !line.isBlank() && !line.contains("-->")) {
        if (body.length() > 0) body.append('\n');
        body.append(line);
        line = lines.next();
      }
      if (times == null) {
        t.skipped++;
        f.add("KA602", new SourcePos(shown, timingLine, 1), excerpt(timing));
        continue;
      }
      order.check(times[0], times[1], timingLine);
      start = times[0];
      cueLine = timingLine;
      words = body;
    }
    if (words != null) srtCue(words.toString(), start, cueLine, t, out);
    order.finish(f);
  }

  private static void srtCue(String body, long start, int line, Tally t, Consumer<Raw> out) {
    if (t.tooLong(body, line)) return;
    String s = body.indexOf('{') >= 0 ? ASS_OVERRIDE.matcher(body).replaceAll("") : body;
    emit(s, start, line, t, out);
  }

  private static void skipBlock(LineCursor lines) {
    long mark = lines.mark();
    String l = lines.next();
    while (l != null && !l.isBlank() && !l.contains("-->") && !isNumber(l)) {
      mark = lines.mark();
      l = lines.next();
    }
    lines.reset(mark);
  }

  /** {start, end} of an SRT timing line in milliseconds (the loose form), or null. */
  static long[] srtTimes(String line) {
    return WebVtt.timings(line, true);
  }

  static boolean isNumber(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 9) return false;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }

  /** A line as a finding quotes it: at most 80 characters. */
  static String excerpt(String s) {
    String one = s.strip().replace('\n', ' ');
    return one.length() <= 80 ? one : one.substring(0, 77) + "...";
  }
}
