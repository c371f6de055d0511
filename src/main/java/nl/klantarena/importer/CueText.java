package nl.klantarena.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The WebVTT cue text parsing rules: a tokenizer (text, start tags with classes and an annotation,
 * end tags, timestamps; character references decoded in text and in annotations) and the tree those
 * tokens build. A transcript needs the words ({@link #plain}) and who says them (the voice objects'
 * names); the tree keeps the rest so that it can be held against the web-platform tests.
 */
final class CueText {

  /** The kinds of node of the spec's tree. */
  enum Kind {
    ROOT,
    CLASS,
    ITALIC,
    BOLD,
    UNDERLINE,
    RUBY,
    RUBY_TEXT,
    VOICE,
    LANGUAGE,
    TEXT,
    TIMESTAMP
  }

  /**
   * One node: an internal node (with {@code classes}, {@code value} = the voice's name or the
   * language, and children) or a leaf ({@code value} = the text, or a timestamp's milliseconds as
   * text).
   */
  static final class Node {
    final Kind kind;
    final List<String> classes;
    final String value;
    final Node parent;
    final List<Node> children = new ArrayList<>(2);

    Node(Kind kind, List<String> classes, String value, Node parent) {
      this.kind = kind;
      this.classes = classes;
      this.value = value;
      this.parent = parent;
    }
  }

  private enum Tok {
    STRING,
    START,
    END,
    TIMESTAMP
  }

  private final String in;
  private int pos;
  // the token just read
  private Tok tok;
  private String name;
  private List<String> classes;
  private String annotation;

  private CueText(String in) {
    this.in = in;
  }

  /** The tree of {@code text} (a cue's text, lines joined by a line feed). */
  static Node parse(String text) {
    return new CueText(text).tree();
  }

  /**
   * The words of a cue: its text without markup, character references decoded. Text without {@code
   * <} or {@code &} is returned as it is.
   */
  static String plain(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) return text;
    StringBuilder sb = new StringBuilder(text.length());
    appendText(parse(text), sb);
    return sb.toString();
  }

  static void appendText(Node n, StringBuilder sb) {
    if (n.kind == Kind.TEXT) sb.append(n.value);
    for (Node c : n.children) appendText(c, sb);
  }

  private Node tree() {
    Node root = new Node(Kind.ROOT, List.of(), "", null);
    Node current = root;
    Deque<String> languages = new ArrayDeque<>();
    while (pos < in.length()) {
      token();
      switch (tok) {
        case STRING -> current.children.add(new Node(Kind.TEXT, List.of(), name, current));
        case START -> {
          Kind k =
              switch (name) {
                case "c" -> Kind.CLASS;
                case "i" -> Kind.ITALIC;
                case "b" -> Kind.BOLD;
                case "u" -> Kind.UNDERLINE;
                case "ruby" -> Kind.RUBY;
                case "rt" -> current.kind == Kind.RUBY ? Kind.RUBY_TEXT : null;
                case "v" -> Kind.VOICE;
                case "lang" -> Kind.LANGUAGE;
                default -> null;
              };
          if (k == null) continue;
          String value = annotation == null ? "" : annotation;
          if (k == Kind.LANGUAGE) languages.push(value);
          List<String> cls = new ArrayList<>(classes.size());
          for (String c : classes) if (!c.isEmpty()) cls.add(c);
          Node node =
              new Node(
                  k, List.copyOf(cls), k == Kind.VOICE || k == Kind.LANGUAGE ? value : "", current);
          current.children.add(node);
          current = node;
        }
        case END -> {
          Kind k = current.kind;
          boolean close =
              switch (name) {
                case "c" -> k == Kind.CLASS;
                case "i" -> k == Kind.ITALIC;
                case "b" -> k == Kind.BOLD;
                case "u" -> k == Kind.UNDERLINE;
                case "ruby" -> k == Kind.RUBY;
                case "rt" -> k == Kind.RUBY_TEXT;
                case "v" -> k == Kind.VOICE;
                default -> false;
              };
          if (close) current = current.parent;
          else if (name.equals("lang") && k == Kind.LANGUAGE) {
            current = current.parent;
            if (!languages.isEmpty()) languages.pop();
          } else if (name.equals("ruby") && k == Kind.RUBY_TEXT) {
            current = current.parent.parent;
          }
        }
        case TIMESTAMP -> {
          Timestamps.Cursor c = new Timestamps.Cursor(name, 0);
          long ms = Timestamps.collect(c);
          if (ms >= 0 && c.pos == name.length())
            current.children.add(new Node(Kind.TIMESTAMP, List.of(), Long.toString(ms), current));
        }
      }
    }
    return root;
  }

  /** The cue text tokenizer: reads one token from {@link #pos}. */
  private void token() {
    StringBuilder result = new StringBuilder();
    StringBuilder buffer = new StringBuilder();
    classes = new ArrayList<>(0);
    annotation = null;
    int state = DATA;
    int n = in.length();
    while (true) {
      int c = pos < n ? in.charAt(pos) : -1;
      switch (state) {
        case DATA -> {
          if (c == '&') {
            CharRefs.Ref r = CharRefs.at(in, pos, (char) 0);
            if (r == null) {
              result.append('&');
              pos++;
            } else {
              result.append(r.text());
              pos = r.end();
            }
            continue;
          }
          if (c == '<') {
            if (result.length() == 0) {
              state = TAG;
              break;
            }
            emit(Tok.STRING, result);
            return;
          }
          if (c < 0) {
            emit(Tok.STRING, result);
            return;
          }
          result.append((char) c);
        }
        case TAG -> {
          if (c == '\t' || c == '\n' || c == '\f' || c == ' ') state = ANNOTATION;
          else if (c == '.') state = CLASS;
          else if (c == '/') state = END_TAG;
          else if (c >= '0' && c <= '9') {
            result.append((char) c);
            state = TIMESTAMP;
          } else if (c == '>' || c < 0) {
            if (c == '>') pos++;
            emit(Tok.START, result);
            return;
          } else {
            result.append((char) c);
            state = START_TAG;
          }
        }
        case START_TAG -> {
          if (c == '\t' || c == '\f' || c == ' ') state = ANNOTATION;
          else if (c == '\n') {
            buffer.append('\n');
            state = ANNOTATION;
          } else if (c == '.') state = CLASS;
          else if (c == '>' || c < 0) {
            if (c == '>') pos++;
            emit(Tok.START, result);
            return;
          } else result.append((char) c);
        }
        case CLASS -> {
          if (c == '\t' || c == '\f' || c == ' ' || c == '\n') {
            classes.add(buffer.toString());
            buffer.setLength(0);
            if (c == '\n') buffer.append('\n');
            state = ANNOTATION;
          } else if (c == '.') {
            classes.add(buffer.toString());
            buffer.setLength(0);
          } else if (c == '>' || c < 0) {
            if (c == '>') pos++;
            classes.add(buffer.toString());
            emit(Tok.START, result);
            return;
          } else buffer.append((char) c);
        }
        case ANNOTATION -> {
          if (c == '&') {
            CharRefs.Ref r = CharRefs.at(in, pos, '>');
            if (r == null) {
              buffer.append('&');
              pos++;
            } else {
              buffer.append(r.text());
              pos = r.end();
            }
            continue;
          }
          if (c == '>' || c < 0) {
            if (c == '>') pos++;
            annotation = collapse(buffer);
            emit(Tok.START, result);
            return;
          }
          buffer.append((char) c);
        }
        case END_TAG -> {
          if (c == '>' || c < 0) {
            if (c == '>') pos++;
            emit(Tok.END, result);
            return;
          }
          result.append((char) c);
        }
        case TIMESTAMP -> {
          if (c == '>' || c < 0) {
            if (c == '>') pos++;
            emit(Tok.TIMESTAMP, result);
            return;
          }
          result.append((char) c);
        }
        default -> throw new IllegalStateException("state " + state);
      }
      pos++;
    }
  }

  private static final int DATA = 0;
  private static final int TAG = 1;
  private static final int START_TAG = 2;
  private static final int CLASS = 3;
  private static final int ANNOTATION = 4;
  private static final int END_TAG = 5;
  private static final int TIMESTAMP = 6;

  private void emit(Tok t, StringBuilder result) {
    tok = t;
    name = result.toString();
  }

  /** Leading and trailing ASCII whitespace off, every run of it one space. */
  static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
        space = sb.length() > 0;
      } else {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
