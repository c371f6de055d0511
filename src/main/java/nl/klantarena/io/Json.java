package nl.klantarena.io;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.klantarena.text.Controls;

/**
 * A small JSON writer for the tool's outputs (findings, plan, report, actions). Values are maps
 * (written in their iteration order: use {@link LinkedHashMap}), collections, strings, numbers,
 * booleans and null; anything else is written as its {@code toString()}. Output is indented with
 * two spaces and ends without a newline.
 *
 * <p>Kept to this size on purpose: a JSON library would add start-up time to every command for a
 * few dozen lines of output.
 */
public final class Json {

  private Json() {}

  public static String write(Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value, 0);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v, int indent) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        pad(sb, indent + 1);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), indent + 1);
        if (++i < m.size()) sb.append(',');
        sb.append('\n');
      }
      pad(sb, indent);
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      int i = 0;
      for (Object o : c) {
        pad(sb, indent + 1);
        write(sb, o, indent + 1);
        if (++i < c.size()) sb.append(',');
        sb.append('\n');
      }
      pad(sb, indent);
      sb.append(']');
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      sb.append(v);
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      sb.append(Double.isFinite(d) ? String.valueOf(n) : "null");
    } else {
      string(sb, v.toString());
    }
  }

  private static void pad(StringBuilder sb, int indent) {
    for (int i = 0; i < indent; i++) sb.append("  ");
  }

  /** Appends {@code s} as a JSON string literal. */
  public static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          // control characters and bidirectional overrides as escapes: the value stays exact, and
          // JSON printed on a terminal cannot command it or turn text around
          if (Controls.is(c) || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
