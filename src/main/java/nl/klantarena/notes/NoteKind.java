package nl.klantarena.notes;

import java.util.Locale;

/**
 * What a note is: a remark, a question (round 2), a quick win, an agreed action, or a chat message.
 */
public enum NoteKind {
  REMARK("remark"),
  QUESTION("question"),
  QUICK_WIN("quick-win"),
  ACTION("action"),
  /** a message in the meeting's chat (Zoom's saved chat) */
  CHAT("chat");

  private final String word;

  NoteKind(String word) {
    this.word = word;
  }

  /**
   * The word in the notes file: {@code remark}, {@code question}, {@code quick-win}, {@code
   * action}, {@code chat}.
   */
  public String word() {
    return word;
  }

  /**
   * The kind for a word (case-insensitive; {@code quick_win} and {@code quickwin} too), or null.
   */
  public static NoteKind fromWord(String w) {
    String s = w.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.equals("quickwin")) s = "quick-win";
    for (NoteKind k : values()) if (k.word.equals(s)) return k;
    return null;
  }
}
