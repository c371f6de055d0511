package nl.klantarena.cli;

import java.io.PrintWriter;
import nl.klantarena.finding.Messages;
import nl.klantarena.load.Prefetch;

/**
 * What every command gets: the world ({@link Env}), the tool's messages, the two streams, and the
 * reading begun before the command line was parsed ({@link Prefetch}).
 */
public record Context(Env env, Messages msg, PrintWriter out, PrintWriter err, Prefetch prefetch) {

  /** A context without prefetched reading. */
  public Context(Env env, Messages msg, PrintWriter out, PrintWriter err) {
    this(env, msg, out, err, Prefetch.NONE);
  }
}
