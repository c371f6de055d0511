package nl.klantarena.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels as transcripts write them: a {@code Name: } at the start of the words (Zoom, and
 * the subtitles of WhisperX as {@code [SPEAKER_00]: }), the labels of speaker diarization ({@code
 * SPEAKER_00}, {@code Speaker 1}, {@code Spreker 2}), and the name of a Teams voice tag with the
 * user id some exports add. Which person a label means is for the name matcher to say.
 */
final class Labels {

  /** A label and the words after it. */
  record Split(String label, String rest) {}

  /**
   * {@code Label: words}: a label of at most six words and 60 characters, in brackets or not, that
   * holds a letter or digit and no sentence punctuation other than a comma (directory order) or the
   * full stop of an initial.
   */
  private static final Pattern PREFIX =
      Pattern.compile(
          "^[ \\t]*(\\[[^\\]\\n]{1,60}\\]|[^\\s:\\[\\]][^:\\n]{0,59}?)[ \\t]*:[ \\t]*(?:\\n[ \\t]*)?(\\S.*)$",
          Pattern.DOTALL);

  private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\]]+)\\]$");

  private static final Pattern DIARIZATION =
      Pattern.compile(
          "(?i)(?:speaker|spreker|spk|sprecher|locuteur|guest|gast)[ _-]?(?:\\d{1,3}|[a-z])");

  private static final Pattern GUID =
      Pattern.compile("[\\[(]?\\b\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}-\\p{XDigit}{12}\\b[\\])]?");

  private static final Pattern EMAIL_IN_BRACKETS =
      Pattern.compile("[\\[(<][^\\[\\]()<>\\s]+@[^\\[\\]()<>\\s]+[\\])>]");

  /**
   * The pseudonyms that {@code forget} writes for a person, in both languages ({@code
   * forget.pseudonym.*}: "Vergeten klant 1", "Forgotten staff member 2"): a speaker label, although
   * it holds a number. Only this shape: "Om 3 uur" before a colon stays words.
   */
  static final String PSEUDONYM =
      "(?i:vergeten[ \\t]+(?:klant|medewerker|gespreksleider|deelnemer)"
          + "|forgotten[ \\t]+(?:customer|staff[ \\t]+member|facilitator|participant))"
          + "[ \\t]+\\d{1,9}";

  private static final Pattern PSEUDONYM_LABEL = Pattern.compile(PSEUDONYM);

  private Labels() {}

  /** The label at the start of {@code text} and the words after it, or null when there is none. */
  static Split prefix(String text) {
    int colon = text.indexOf(':');
    if (colon < 0 || colon > 64) return null; // most cues hold no label: decide cheaply
    Matcher m = PREFIX.matcher(text);
    if (!m.matches()) return null;
    String label = m.group(1).strip();
    Matcher b = BRACKETED.matcher(label);
    if (b.matches()) label = b.group(1).strip();
    if (!plausible(label)) return null;
    return new Split(label, m.group(2));
  }

  private static boolean plausible(String label) {
    if (label.isEmpty()) return false;
    boolean letterOrDigit = false;
    boolean letter = false;
    int words = 1;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isLetter(c)) letter = true;
      if (Character.isLetterOrDigit(c)) letterOrDigit = true;
      if (c == ' ') words++;
      if (c == '?' || c == '!' || c == ';' || c == '"' || c == '/' || c == '=' || c == '<')
        return false;
    }
    // "14" in "14:35 begint de pauze" is a time, not a speaker
    return letterOrDigit && letter && words <= 6;
  }

  /**
   * Whether {@code label} is a speaker diarization label ({@code SPEAKER_00}, {@code Spreker 1}).
   */
  static boolean isDiarization(String label) {
    return DIARIZATION.matcher(label.strip()).matches();
  }

  /** Whether {@code label} is a pseudonym that {@code forget} wrote ({@code Vergeten klant 1}). */
  static boolean isPseudonym(String label) {
    return PSEUDONYM_LABEL.matcher(label.strip()).matches();
  }

  /**
   * The name in a voice tag's annotation, without a user id that some exports add to it (a GUID, or
   * an e-mail address in brackets).
   */
  static String voice(String annotation) {
    String s = annotation;
    if (s.indexOf('-') >= 0) s = GUID.matcher(s).replaceAll(" ");
    if (s.indexOf('@') >= 0) s = EMAIL_IN_BRACKETS.matcher(s).replaceAll(" ");
    return CueText.collapse(s);
  }
}
