package nl.klantarena.importer;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;

/**
 * Zoom's saved meeting chat: {@code 14:35:10 From Eline Bos to Everyone: text} (the message may
 * follow on the next lines, indented), as the desktop app saves it with the clock time of each
 * message, in English or Dutch ({@code Van ... aan Iedereen:}); and the cloud recording's chat
 * ({@code 00:12:04<tab>Eline Bos:<tab>text}), whose times are into the recording. Each message is a
 * note of kind {@code chat}. A message to one person only is private, and a reaction ({@code
 * Reacted to "..." with ...}) says no words: neither is imported (both are counted as skipped, with
 * one finding per file).
 */
final class ZoomChat {

  static final Pattern LOCAL =
      Pattern.compile(
          "^(\\d{1,2}):(\\d{2}):(\\d{2})[ \\t]+(?:From|Van)[ \\t]+(.+?)[ \\t]+(?:to|To|aan|Aan)[ \\t]+(.+?)[ \\t]*:[ \\t]*(.*)$");
  static final Pattern CLOUD =
      Pattern.compile("^(\\d{1,2}):(\\d{2}):(\\d{2})\\t([^\\t]+?):\\t(.*)$");
  private static final Pattern REACTION =
      Pattern.compile("^(?:Reacted to|Replying to|Removed a|Reageerde op|Antwoord op) .*");

  private ZoomChat() {}

  static boolean looksLikeChat(String line) {
    return LOCAL.matcher(line).matches() || CLOUD.matcher(line).matches();
  }

  static void read(String text, String shown, Findings f, Tally t, Consumer<Raw> out) {
    t.unit = "messages";
    LineCursor lines = new LineCursor(text);
    String l;
    double seconds = -1;
    boolean clock = false;
    String speaker = null;
    int line = 0;
    boolean keep = false;
    StringBuilder sb = new StringBuilder();
    while ((l = lines.next()) != null) {
      Matcher local = LOCAL.matcher(l);
      Matcher cloud = local.matches() ? null : CLOUD.matcher(l);
      if (local.matches() || (cloud != null && cloud.matches())) {
        flush(speaker, seconds, clock, line, keep, sb, t, out);
        Matcher m = local.matches() ? local : cloud;
        t.read++;
        seconds =
            Integer.parseInt(m.group(1)) * 3600
                + Integer.parseInt(m.group(2)) * 60
                + Integer.parseInt(m.group(3));
        clock = m == local;
        speaker = m.group(4).strip();
        line = lines.number();
        keep = m != local || isEveryone(m.group(5));
        sb.append(m.group(m == local ? 6 : 5).strip());
        continue;
      }
      if (speaker == null || l.isBlank()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(l.strip());
    }
    flush(speaker, seconds, clock, line, keep, sb, t, out);
    if (t.notImported > 0)
      f.add("KA629", new SourcePos(shown, t.notImportedLine, 1), t.notImported);
  }

  private static boolean isEveryone(String to) {
    String s = to.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("everyone") || s.startsWith("iedereen");
  }

  private static void flush(
      String speaker,
      double seconds,
      boolean clock,
      int line,
      boolean keep,
      StringBuilder sb,
      Tally t,
      Consumer<Raw> out) {
    String words = sb.toString().strip();
    sb.setLength(0);
    if (speaker == null) return;
    if (!keep || REACTION.matcher(words).matches()) {
      t.skipped++;
      if (t.notImported++ == 0) t.notImportedLine = line;
      return;
    }
    if (words.isEmpty()) {
      t.empty(line);
      return;
    }
    if (t.tooLong(words, line)) return;
    out.accept(
        new Raw(
            seconds,
            clock,
            0,
            speaker,
            Raw.Label.GIVEN,
            "",
            "chat",
            words,
            line,
            "",
            null,
            1,
            false));
  }
}
