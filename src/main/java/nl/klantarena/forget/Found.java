package nl.klantarena.forget;

/**
 * What forgetting changes at one place of a file: the line, what was there (decoded, on one line)
 * and what comes instead.
 */
public record Found(int line, String before, String after) {}
