package nl.klantarena.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Names;

/**
 * WebVTT and SRT: the cues of a subtitle file, then one note per run of cues by one speaker. A
 * speaker is a voice tag ({@code <v Anna de Vries>}, as Teams writes) or a {@code Name: } prefix
 * (as Zoom writes). A cue with a timing line that cannot be read is an error at its line.
 */
final class Cues {

  /** A cue as the file holds it; {@code text} keeps its markup, lines joined by a newline. */
  record Cue(double start, double end, String text, int line) {}

  private static final Pattern TIMING =
      Pattern.compile(
          "^\\s*(\\d+:)?(\\d{2}):(\\d{2})[.,](\\d{3})[ \\t]+-->[ \\t]+(\\d+:)?(\\d{2}):(\\d{2})[.,](\\d{3})(?:[ \\t].*)?$");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ \\t>]*)?[ \\t]+([^>]*)>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern PREFIX =
      Pattern.compile("^([\\p{L}][\\p{L}\\p{M} .'\\-]{0,60}?):[ \\t]+(.+)$", Pattern.DOTALL);

  private Cues() {}

  /** The cues of a WebVTT ({@code srt} false) or SRT file; faults become findings. */
  static List<Cue> parse(List<String> lines, boolean srt, String shown, Findings f) {
    List<Cue> out = new ArrayList<>();
    int i = 0;
    int n = lines.size();
    if (!srt) {
      String first = n == 0 ? "" : lines.get(0);
      if (!(first.equals("WEBVTT")
          || first.startsWith("WEBVTT ")
          || first.startsWith("WEBVTT\t"))) {
        f.add("KA603", new SourcePos(shown, 1, 1), "WEBVTT");
        return out;
      }
      while (i < n && !lines.get(i).isEmpty()) i++;
    }
    while (i < n) {
      while (i < n && lines.get(i).isBlank()) i++;
      if (i >= n) break;
      String l = lines.get(i);
      if (!srt
          && !l.contains("-->")
          && (isBlock(l, "NOTE") || isBlock(l, "STYLE") || isBlock(l, "REGION"))) {
        while (i < n && !lines.get(i).isEmpty()) i++;
        continue;
      }
      int idLine = i;
      if (!l.contains("-->")) {
        i++;
        if (i >= n || !lines.get(i).contains("-->")) {
          if (i >= n) f.add("KA603", new SourcePos(shown, idLine + 1, 1), "-->");
          else if (srt) f.add("KA603", new SourcePos(shown, i + 1, 1), "-->");
          // a block without a timing line is skipped, as WebVTT parsers do
          while (i < n && !lines.get(i).isEmpty()) i++;
          continue;
        }
        l = lines.get(i);
      }
      int timingLine = i;
      Matcher m = TIMING.matcher(l);
      i++;
      List<String> text = new ArrayList<>(2);
      while (i < n && !lines.get(i).isEmpty() && !lines.get(i).contains("-->"))
        text.add(lines.get(i++));
      if (!m.matches()) {
        f.add("KA602", new SourcePos(shown, timingLine + 1, 1), l.strip());
        continue;
      }
      if (text.isEmpty() && i >= n) {
        f.add("KA603", new SourcePos(shown, timingLine + 1, 1), "text");
        continue;
      }
      out.add(new Cue(seconds(m, 1), seconds(m, 5), String.join("\n", text), timingLine + 1));
    }
    return out;
  }

  private static boolean isBlock(String l, String word) {
    return l.equals(word) || l.startsWith(word + " ") || l.startsWith(word + "\t");
  }

  private static double seconds(Matcher m, int g) {
    String h = m.group(g);
    long hours = h == null ? 0 : parseLong(h.substring(0, h.length() - 1));
    return hours * 3600
        + Integer.parseInt(m.group(g + 1)) * 60
        + Integer.parseInt(m.group(g + 2))
        + Integer.parseInt(m.group(g + 3)) / 1000.0;
  }

  private static long parseLong(String s) {
    // an hour count too long for a long is nonsense, but must not crash the reader
    return s.length() > 12 ? 999_999_999_999L : Long.parseLong(s);
  }

  /** The cue text without markup, entities decoded, lines joined by a space. */
  static String plain(String cueText) {
    String t = TAG.matcher(cueText).replaceAll("");
    t =
        t.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&nbsp;", "\u00a0")
            .replace("&lrm;", "\u200e")
            .replace("&rlm;", "\u200f")
            .replace("&amp;", "&");
    return t;
  }

  /** One note per run of cues by one speaker; the note's time is its first cue's start. */
  static List<Raw> notes(List<Cue> cues) {
    List<Raw> out = new ArrayList<>();
    String speaker = null;
    String speakerKey = null;
    StringBuilder sb = new StringBuilder();
    Cue first = null;
    for (Cue c : cues) {
      String who = "";
      Matcher v = VOICE.matcher(c.text());
      if (v.find()) who = v.group(1).strip();
      String text = plain(c.text()).replace('\n', ' ').strip();
      if (who.isEmpty()) {
        Matcher p = PREFIX.matcher(text);
        if (p.matches()) {
          who = p.group(1).strip();
          text = p.group(2).strip();
        }
      }
      if (text.isEmpty()) continue;
      String key = Names.key(who);
      if (first != null && !key.isEmpty() && key.equals(speakerKey)) {
        sb.append(' ').append(text);
        continue;
      }
      if (first != null)
        out.add(new Raw(first.start(), 0, speaker, "", "", sb.toString(), first.line(), "", null));
      first = c;
      speaker = who;
      speakerKey = key;
      sb.setLength(0);
      sb.append(text);
    }
    if (first != null)
      out.add(new Raw(first.start(), 0, speaker, "", "", sb.toString(), first.line(), "", null));
    return out;
  }
}
