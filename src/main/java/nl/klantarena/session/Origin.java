package nl.klantarena.session;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.klantarena.finding.SourcePos;

/**
 * Where a value of the session came from: the position of the mapping (or list item) itself and the
 * position of the value of each key written in it, so that a finding can point at the exact value
 * it is about. A value inherited from {@code klantarena.yaml} points into that file.
 *
 * @param unread the keys the user meant but that could not be read as written: misspelt (KA101),
 *     required and missing (KA103), or of a value that is invalid; each already has its finding, so
 *     the rules that depend on one stay silent rather than judge a default in its place
 */
public record Origin(SourcePos pos, Map<String, SourcePos> keys, Set<String> unread) {

  public Origin {
    Objects.requireNonNull(pos, "pos");
    keys = Map.copyOf(keys);
    unread = Set.copyOf(unread);
  }

  // written out, as Person's are: a record's own cost start-up time
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Origin o
            && Objects.equals(pos, o.pos)
            && Objects.equals(keys, o.keys)
            && Objects.equals(unread, o.unread);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pos, keys, unread);
  }

  public Origin(SourcePos pos, Map<String, SourcePos> keys) {
    this(pos, keys, Set.of());
  }

  public static Origin at(SourcePos pos) {
    return new Origin(pos, Map.of());
  }

  /** The position of the value of {@code key}, or of the mapping itself when the key is absent. */
  public SourcePos of(String key) {
    return keys.getOrDefault(key, pos);
  }

  /** Whether the user wrote {@code key} (as opposed to a default filling it in). */
  public boolean wrote(String key) {
    return keys.containsKey(key);
  }

  /** Whether {@code key} was meant but could not be read (see {@link Origin}). */
  public boolean unread(String key) {
    return unread.contains(key);
  }
}
