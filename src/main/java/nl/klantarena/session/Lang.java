package nl.klantarena.session;

import java.util.Locale;

/** The two languages of the tool and of what it generates. */
public enum Lang {
  NL("nl", Locale.forLanguageTag("nl-NL")),
  EN("en", Locale.forLanguageTag("en-GB"));

  private final String code;
  private final Locale locale;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** {@code nl} or {@code en}, as written in a session file and in {@code --lang}. */
  public String code() {
    return code;
  }

  /** The locale for dates and numbers: Dutch as in the Netherlands, English as in Britain. */
  public Locale locale() {
    return locale;
  }

  /** The language for a code, or null when the code is neither {@code nl} nor {@code en}. */
  public static Lang fromCode(String code) {
    for (Lang l : values()) if (l.code.equals(code)) return l;
    return null;
  }
}
