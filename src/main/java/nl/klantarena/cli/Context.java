package nl.klantarena.cli;

import java.io.PrintWriter;
import nl.klantarena.finding.Messages;

/** What every command gets: the world ({@link Env}), the tool's messages and the two streams. */
public record Context(Env env, Messages msg, PrintWriter out, PrintWriter err) {}
