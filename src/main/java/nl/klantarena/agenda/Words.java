package nl.klantarena.agenda;

import nl.klantarena.finding.Messages;
import nl.klantarena.session.BlockKind;
import nl.klantarena.session.Lang;
import nl.klantarena.session.Round3Format;

/**
 * The words of a generated plan, in the session's language (not the tool's): they live in the
 * {@code plan} bundle under {@code plan.doc.*}, {@code plan.block.*} and {@code plan.round3.*}.
 */
public final class Words {

  private final Lang lang;
  private final Messages msg;

  private Words(Lang lang) {
    this.lang = lang;
    this.msg = Messages.of(lang.code());
  }

  public static Words of(Lang lang) {
    return new Words(lang);
  }

  public Lang lang() {
    return lang;
  }

  /** The messages in the session's language, for findings shown inside the plan. */
  public Messages messages() {
    return msg;
  }

  /** {@code plan.doc.<key>}. */
  public String doc(String key, Object... args) {
    return msg.get("plan.doc." + key, args);
  }

  String name(BlockKind k) {
    return msg.get("plan.block." + k.word() + ".name");
  }

  String who(BlockKind k) {
    return msg.get("plan.block." + k.word() + ".who");
  }

  String what(BlockKind k) {
    return msg.get("plan.block." + k.word() + ".what");
  }

  String format(Round3Format f) {
    return msg.get("plan.round3." + f.word());
  }

  String formatShort(Round3Format f) {
    return msg.get("plan.round3." + f.word() + ".short");
  }

  public String get(String key, Object... args) {
    return msg.get(key, args);
  }
}
