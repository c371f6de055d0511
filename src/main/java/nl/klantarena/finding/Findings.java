package nl.klantarena.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the findings of a run. Rules add to it and never throw for a user's mistake; the command
 * prints them all at the end. Message texts come from {@link Messages} by code: {@code
 * <code>.message} and, when present, {@code <code>.hint}.
 */
public final class Findings {

  private final Messages messages;
  private final List<Finding> list = new ArrayList<>();
  // the same finding (same place, code and text) is said once: a fault in klantarena.yaml is
  // found again by every session that inherits from it
  private final Set<Finding> seen = new HashSet<>();

  /** Second positions for every finding at a place, such as the anchor of an alias. */
  private final Map<SourcePos, Finding.Related> related = new HashMap<>();

  public Findings(Messages messages) {
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  /** Adds a finding with the code's default severity. */
  public Finding add(String code, SourcePos pos, Object... args) {
    return add(code, messages.severity(code), pos, args);
  }

  /** Adds a finding with an explicit severity (e.g. an overdue action under the overdue gate). */
  public Finding add(String code, Severity severity, SourcePos pos, Object... args) {
    return add(null, code, severity, pos, args);
  }

  /**
   * Adds a finding with a second position: where the parser noticed what began at {@code pos}, or
   * what {@code pos} repeats.
   */
  public Finding add(Finding.Related related, String code, SourcePos pos, Object... args) {
    return add(related, code, messages.severity(code), pos, args);
  }

  private Finding add(
      Finding.Related related, String code, Severity severity, SourcePos pos, Object... args) {
    Finding f =
        new Finding(
            pos,
            severity,
            code,
            messages.get(code + ".message", args),
            messages.optional(code + ".hint", args),
            related);
    add(f);
    return f;
  }

  /**
   * Adds a finding in one of its code's other wordings: {@code <code>.<variant>.message} and {@code
   * <code>.<variant>.hint} (the same fault found another way, such as a file that is UTF-16 rather
   * than broken UTF-8).
   */
  public Finding addVariant(String code, String variant, SourcePos pos, Object... args) {
    Finding f =
        new Finding(
            pos,
            messages.severity(code),
            code,
            messages.get(code + "." + variant + ".message", args),
            messages.optional(code + "." + variant + ".hint", args));
    add(f);
    return f;
  }

  /**
   * Every finding at {@code at} added from now on names {@code also} as its second position (unless
   * it has one of its own): what an alias repeats is reported at the alias, and its anchor is where
   * the repeated value is written.
   */
  public void relate(SourcePos at, Finding.Related also) {
    related.put(at, also);
  }

  /**
   * Adds the findings of {@code other}, and its second positions ({@link #relate}) for the findings
   * added from now on.
   */
  public void addAll(Findings other) {
    related.putAll(other.related);
    for (Finding f : other.list) add(f);
  }

  public void add(Finding f) {
    if (f.related() == null && related.containsKey(f.pos())) {
      f = f.withRelated(related.get(f.pos()).pos(), related.get(f.pos()).message());
    }
    if (seen.add(f)) list.add(f);
  }

  /** The findings in file, line, column order; findings of equal position keep their order. */
  public List<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(list);
    Collections.sort(copy);
    return List.copyOf(copy);
  }

  public List<Finding> all() {
    return List.copyOf(list);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }

  public long count(Severity s) {
    long n = 0;
    for (Finding f : list) {
      if (f.severity() == s) n++;
    }
    return n;
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** True when the run fails: an error, or a warning when {@code strict}. */
  public boolean fails(boolean strict) {
    return Finding.fail(list, strict);
  }
}
