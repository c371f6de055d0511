package nl.klantarena.load;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.finding.SourcePos;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/**
 * What the YAML reader says about a file it cannot read, in the user's words: each of its messages
 * ("while parsing a flow mapping: expected ',' or '}', but got :") becomes a finding that names the
 * problem and what to do about it ({@code yaml.*} texts), placed where the user would change the
 * file: an unclosed bracket or quote where it was opened, with the place where the reader noticed
 * it as a second position. A message this class does not know is passed on as the reader wrote it.
 */
final class YamlProblems {

  /** YAML's limit on the length of a key that is not marked with "?". */
  static final int MAX_KEY = 1024;

  private static final Pattern FOUND =
      Pattern.compile("but (?:found|got) '?(.*?)'?(?: \\(\\d+\\))?$");
  private static final Pattern CHAR = Pattern.compile("found character '(.*?)' that cannot start");
  private static final Pattern ESCAPE_CHAR = Pattern.compile("unknown escape character (.)");
  private static final Pattern ESCAPE_HEX = Pattern.compile("escape sequence of (\\d+) hex");
  private static final Pattern FOUND_CHAR = Pattern.compile("found '?(.)'?\\s?\\((\\d+)\\)");
  private static final Pattern HANDLE = Pattern.compile("tag handle (\\S+)");

  private final String text;
  private final String file;
  private final Findings findings;
  private final Messages msg;

  YamlProblems(String text, String file, Findings findings) {
    this.text = text;
    this.file = file;
    this.findings = findings;
    this.msg = findings.messages();
  }

  /** A finding for an error of the reader; {@code openFlow} is the innermost open "[" or "{". */
  void report(MarkedYamlEngineException e, Optional<Mark> openFlow) {
    // an open bracket explains what the parser trips over later; the scanner's own complaints
    // (an unclosed quote, a bad escape) are about the place they name
    if (!(e instanceof ParserException)) openFlow = Optional.empty();
    String context = e.getContext() == null ? "" : e.getContext();
    String problem = e.getProblem() == null ? "" : e.getProblem();
    Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
    Optional<Mark> ctx = e.getContextMark();
    String found = found(problem);

    if (openFlow.isPresent() && at.isPresent() && unclosed(openFlow.get(), at.get(), found)) {
      String open = String.valueOf(charAt(openFlow.get()));
      String close = "[".equals(open) ? "]" : "}";
      syntax(openFlow, "unclosed", noticed(at), open, close);
      return;
    }
    if (context.startsWith("while parsing a flow mapping")
        || context.startsWith("while parsing a flow sequence")) {
      if (":".equals(found) && keyTooLong(at)) return;
      String open = context.contains("mapping") ? "{" : "[";
      String close = "{".equals(open) ? "}" : "]";
      syntax(
          at,
          "separator",
          ctx.map(m -> related(m, "yaml.opened")).orElse(null),
          open,
          close,
          token(found));
      return;
    }
    if (problem.startsWith("expected the node content")) {
      syntax(at, "missing", null, token(found));
      return;
    }
    if (context.startsWith("while scanning a quoted scalar")) {
      char quote = ctx.map(this::charAt).orElse('"');
      String kind = quote == '\'' ? "single" : "double";
      String where = problem.contains("document separator") ? "yaml.separator.here" : "yaml.eof";
      addSyntax(
          ctx.or(() -> at),
          msg.get("yaml.quote.unclosed", quote),
          msg.get("yaml.quote.unclosed." + kind + ".hint"),
          at.map(m -> related(m, where)).orElse(null));
      return;
    }
    if (context.startsWith("while scanning a simple key")) {
      Optional<Mark> key = ctx.or(() -> at);
      if (keyTooLong(key)) return;
      syntax(key, key.map(this::tabbed).orElse(false) ? "tab" : "nocolon", null);
      return;
    }
    if (problem.startsWith("mapping values are not allowed")) {
      if (!keyTooLong(at)) syntax(at, colonInValue(at) ? "colon" : "deeper", null);
      return;
    }
    if (problem.startsWith("sequence entries are not allowed")) {
      syntax(at, "item", null);
      return;
    }
    if (problem.startsWith("mapping keys are not allowed")) {
      syntax(at, "question", null);
      return;
    }
    if (problem.contains("(TAB)") || at.map(this::tabbed).orElse(false)) {
      syntax(at, "tab", null);
      return;
    }
    Matcher m = CHAR.matcher(problem);
    if (m.find()) {
      syntax(at, "start", null, m.group(1));
      return;
    }
    if (problem.startsWith("DEL character")) {
      syntax(at, "char", null, "DEL (U+007F)");
      return;
    }
    if (context.startsWith("while scanning a double-quoted scalar")) {
      Matcher esc = ESCAPE_CHAR.matcher(problem);
      Matcher hex = ESCAPE_HEX.matcher(problem);
      if (esc.find()) syntax(at, "escape", null, esc.group(1));
      else if (hex.find()) {
        String digits = hex.group(1);
        String letter = "2".equals(digits) ? "x" : "4".equals(digits) ? "u" : "U";
        syntax(at, "escape.hex", null, letter, digits);
      } else fallback(at, context, problem);
      return;
    }
    if (context.startsWith("while scanning a block scalar")) {
      if (problem.contains("leading empty lines")) syntax(ctx.or(() -> at), "block.spaces", null);
      else syntax(at, "block.indicator", null, ctx.map(this::charAt).orElse('|'));
      return;
    }
    if (context.startsWith("while scanning a tag")) {
      tag(ctx.or(() -> at), at, problem);
      return;
    }
    Matcher handle = HANDLE.matcher(problem);
    if (problem.startsWith("found undefined tag handle") && handle.find()) {
      String tag = word(at);
      syntax(at, "tag", null, tag, msg.get("yaml.tag.handle", handle.group(1)));
      return;
    }
    if (context.startsWith("while scanning an alias")
        || context.startsWith("while scanning an anchor")) {
      String kind = context.endsWith("alias") ? "alias" : "anchor";
      syntax(ctx.or(() -> at), kind + ".name", null, word(ctx.or(() -> at)));
      return;
    }
    if (context.contains("directive")
        || problem.contains("directive")
        || problem.startsWith("duplicate tag handle")
        || problem.contains("valid version")) {
      syntax(at, "directive", null);
      return;
    }
    if (problem.startsWith("expected '<document start>'") && "<stream end>".equals(found)) {
      // a "%" line with no document after it
      syntax(at, "directive", null);
      return;
    }
    if (problem.startsWith("expected '<document start>'")) {
      syntax(at, "after", null, token(found));
      return;
    }
    if (problem.startsWith("expected <block end>")) {
      boolean first = at.map(this::firstOnLine).orElse(true);
      syntax(at, first ? "unexpected.line" : "unexpected.after", null, token(found));
      return;
    }
    fallback(at, context, problem);
  }

  /** A character the reader does not allow (a control character, U+FFFE, ...). */
  void report(ReaderException e) {
    SourcePos at = YamlText.posOf(text, chars(e.getPosition()), file);
    String shown = String.format(Locale.ROOT, "U+%04X", e.getCodePoint());
    addSyntax(at, msg.get("yaml.char", shown), msg.get("yaml.char.hint"), null);
  }

  /** What the reader throws outside its own exceptions, at the node it was building. */
  void report(RuntimeException e, Optional<Mark> at) {
    String said = String.valueOf(e.getMessage());
    if (said.startsWith("Tag must") && at.isPresent() && charAt(at.get()) == '!') {
      syntax(at, "tag", null, word(at), msg.get("yaml.tag.other"));
      return;
    }
    int nl = said.indexOf('\n');
    fallback(at, "", nl < 0 ? said : said.substring(0, nl));
  }

  /** A "%YAML" line that names a version this reader does not read. */
  void report(YamlVersionException e) {
    int line = text.startsWith("%YAML") ? 0 : text.indexOf("\n%YAML");
    SourcePos at = YamlText.posOf(text, line <= 0 ? 0 : line + 1, file);
    String version = e.getSpecVersion().getMajor() + "." + e.getSpecVersion().getMinor();
    addSyntax(at, msg.get("yaml.version", version), msg.get("yaml.version.hint"), null);
  }

  /** An alias that cannot be expanded. */
  void report(ExpandingParser.AliasProblem p, int maxAliases, int maxRepeated) {
    SourcePos at = YamlText.pos(p.at, file);
    Finding.Related anchor = p.anchor.map(m -> related(m, "yaml.anchor.here", p.name)).orElse(null);
    switch (p.kind) {
      case UNKNOWN -> syntax(p.at, "alias.unknown", null, p.name);
      case RECURSIVE -> syntax(p.at, "alias.recursive", anchor, p.name);
      case TOO_MANY -> findings.add(anchor, "KA127", at, maxAliases);
      case TOO_LARGE ->
          findings.add(
              new Finding(
                  at,
                  msg.severity("KA127"),
                  "KA127",
                  msg.get("yaml.alias.values", maxRepeated),
                  msg.get("KA127.hint"),
                  anchor));
    }
  }

  /**
   * Whether a bracket opened at {@code open} was never closed: the reader ran into the end of the
   * file or the end of the document, or into a line indented no further than the bracket's own line
   * (the next key of the block around it), where the bracket's entries would go on.
   */
  private boolean unclosed(Mark open, Mark at, String found) {
    if (closedLater(index(open))) return false;
    if ("<stream end>".equals(found) || "<document start>".equals(found)) return true;
    if ("<document end>".equals(found)) return true;
    if (at.getLine() <= open.getLine()) return false;
    return indent(at.getLine()) <= indent(open.getLine());
  }

  /**
   * Whether the bracket at {@code open} has a closing bracket somewhere after it, brackets inside
   * quotes and comments left out: then it is not unclosed, only something inside it is wrong.
   */
  private boolean closedLater(int open) {
    int depth = 0;
    for (int i = open; i >= 0 && i < text.length(); i++) {
      char c = text.charAt(i);
      char before = i == 0 ? '\n' : text.charAt(i - 1);
      boolean starts = " \t\n[{,:".indexOf(before) >= 0;
      if (c == '[' || c == '{') depth++;
      else if (c == ']' || c == '}') {
        if (--depth == 0) return true;
      } else if (c == '#' && (before == ' ' || before == '\t' || before == '\n')) {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? text.length() : eol;
      } else if ((c == '"' || c == '\'') && starts) {
        i = endOfQuote(i, c);
      }
    }
    return false;
  }

  /** The index of the quote that closes the one at {@code i}, or the end of the text. */
  private int endOfQuote(int i, char quote) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (quote == '"' && c == '\\') j++;
      else if (c == quote) {
        if (quote == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'') j++;
        else return j;
      }
    }
    return text.length();
  }

  /** A key longer than YAML allows ends at {@code colon}: KA100 at the key, then true. */
  private boolean keyTooLong(Optional<Mark> mark) {
    if (mark.isEmpty()) return false;
    int index = index(mark.get());
    if (index < 0 || index > text.length()) return false;
    int lineStart = lineStart(index);
    int lineEnd = text.indexOf('\n', index);
    if (lineEnd < 0) lineEnd = text.length();
    // the key starts after the indentation, a "- " or an opening bracket or comma before it
    int start = lineStart;
    for (int i = Math.min(index, text.length()) - 1; i >= lineStart; i--) {
      char c = text.charAt(i);
      if (c == '{' || c == '[' || c == ',') {
        start = i + 1;
        break;
      }
    }
    while (start < lineEnd && (text.charAt(start) == ' ' || text.charAt(start) == '-')) start++;
    int colon = text.indexOf(':', index);
    int end = colon < 0 || colon > lineEnd ? lineEnd : colon;
    int length = text.codePointCount(start, Math.max(start, end));
    if (length <= MAX_KEY) return false;
    syntaxAt(mark, start, "key.long", length, MAX_KEY);
    return true;
  }

  /** Whether the line of {@code at} has a key of its own before it: a ": " in a value. */
  private boolean colonInValue(Optional<Mark> at) {
    if (at.isEmpty()) return false;
    int index = index(at.get());
    int lineStart = lineStart(index);
    String before = text.substring(lineStart, index);
    return before.contains(": ") || before.contains(":\t");
  }

  private void tag(Optional<Mark> start, Optional<Mark> at, String problem) {
    String tag = word(start);
    String what;
    Matcher c = FOUND_CHAR.matcher(problem);
    if (problem.startsWith("expected URI escape") || problem.startsWith("expected URI in UTF-8")) {
      what = msg.get("yaml.tag.escape");
    } else if (tag.equals("!<>") || tag.startsWith("!<>")) {
      what = msg.get("yaml.tag.empty");
    } else if (c.find()) {
      what = msg.get("yaml.tag.char", c.group(1));
    } else {
      what = msg.get("yaml.tag.other");
    }
    syntax(start, "tag", null, tag, what);
  }

  private void fallback(Optional<Mark> at, String context, String problem) {
    String said = context.isEmpty() ? problem : context + ": " + problem;
    addSyntax(YamlText.pos(at, file), YamlText.sentence(said), msg.get("KA100.hint"), null);
  }

  private void syntax(Optional<Mark> at, String key, Finding.Related related, Object... args) {
    addSyntax(
        YamlText.pos(at, file),
        msg.get("yaml." + key, args),
        msg.optional("yaml." + key + ".hint", args),
        related);
  }

  /** A finding at {@code index} of the text (on the line of {@code mark}). */
  private void syntaxAt(Optional<Mark> mark, int index, String key, Object... args) {
    SourcePos line = YamlText.pos(mark, file);
    SourcePos at = YamlText.posOf(text, index, line.file());
    addSyntax(at, msg.get("yaml." + key, args), msg.optional("yaml." + key + ".hint", args), null);
  }

  private void syntax(Optional<Mark> at, String key, Finding.Related related) {
    syntax(at, key, related, new Object[0]);
  }

  private void addSyntax(Optional<Mark> at, String message, String hint, Finding.Related related) {
    addSyntax(YamlText.pos(at, file), message, hint, related);
  }

  private void addSyntax(SourcePos at, String message, String hint, Finding.Related related) {
    findings.add(
        new Finding(
            at,
            msg.severity("KA100"),
            "KA100",
            msg.get("KA100.message", message),
            hint.isEmpty() ? msg.get("KA100.hint") : hint,
            related));
  }

  private Finding.Related noticed(Optional<Mark> at) {
    return at.map(m -> related(m, "yaml.noticed")).orElse(null);
  }

  private Finding.Related related(Mark m, String key, Object... args) {
    return new Finding.Related(YamlText.pos(Optional.of(m), file), msg.get(key, args));
  }

  /** The token a parser message names after "but found" or "but got", as the user wrote it. */
  private static String found(String problem) {
    Matcher m = FOUND.matcher(problem);
    return m.find() ? m.group(1) : "";
  }

  /** A token in the user's words: "text", "a list item ("-")", "the end of the file", ... */
  private String token(String t) {
    String key =
        switch (t) {
          case "<scalar>" -> "scalar";
          case "<block mapping start>", "?" -> "key";
          case "<block sequence start>", "-" -> "item";
          case "<anchor>" -> "anchor";
          case "<alias>" -> "alias";
          case "<tag>" -> "tag";
          case "<stream end>" -> "end";
          case "<document start>" -> "docstart";
          case "<document end>" -> "docend";
          case "<directive>" -> "directive";
          case "<block end>" -> "blockend";
          default -> null;
        };
    return key == null ? "\"" + t + "\"" : msg.get("yaml.token." + key);
  }

  private char charAt(Mark m) {
    int i = index(m);
    return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
  }

  /** The text from {@code m} up to the next space or line end: a tag, an alias as written. */
  private String word(Optional<Mark> m) {
    if (m.isEmpty()) return "";
    int from = index(m.get());
    int to = from;
    while (to < text.length() && to - from < 60 && !Character.isWhitespace(text.charAt(to))) to++;
    return text.substring(from, to);
  }

  /** Whether the line of {@code m} has a tab before {@code m} in its indentation. */
  private boolean tabbed(Mark m) {
    int index = index(m);
    int i = lineStart(index);
    for (; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\t') return true;
      if (c != ' ' && c != '-' && c != '?' && c != ':') return false;
    }
    return false;
  }

  /** The index in the text of a mark, which counts code points (an emoji is one, not two). */
  private int index(Mark m) {
    return chars(m.getIndex());
  }

  /** The index in the text of the {@code codePoint}-th code point, within the text. */
  private int chars(int codePoint) {
    if (codePoint <= 0) return 0;
    int n = 0;
    int i = 0;
    while (i < text.length() && n < codePoint) {
      i += Character.charCount(text.codePointAt(i));
      n++;
    }
    return i;
  }

  /** Where the line that holds {@code index} starts. */
  private int lineStart(int index) {
    return index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  }

  private boolean firstOnLine(Mark m) {
    return m.getColumn() <= indent(m.getLine());
  }

  /** The number of spaces that line {@code line} (0-based) starts with. */
  private int indent(int line) {
    int start = 0;
    for (int l = 0; l < line && start >= 0; l++) {
      start = text.indexOf('\n', start);
      if (start >= 0) start++;
    }
    if (start < 0) return 0;
    int i = start;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i - start;
  }
}
