package nl.klantarena.session;

import java.util.Objects;

/**
 * One block of the programme.
 *
 * @param format round 3's format; null for every other kind
 */
public record Block(BlockKind kind, int minutes, Round3Format format, Origin at) {
  public Block {
    Objects.requireNonNull(kind, "kind");
  }
}
