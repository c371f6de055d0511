package nl.klantarena.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.io.FileSource;
import nl.klantarena.io.TextFiles;
import nl.klantarena.session.Lang;

/**
 * The Mustache templates of one language: the built-in ones on the class path under {@code
 * nl/klantarena/templates/<lang>/}, with the user's folders laid over them, so that a user can
 * replace any template or a single partial by writing a file of the same name.
 *
 * <p>In a user folder a template is looked up as {@code <folder>/<lang>/<name>} first, then as
 * {@code <folder>/<name>}; the first folder given wins. Partials ({@code {{> partials/x.txt}}}) are
 * resolved the same way, so a user template may use a built-in partial and the other way round.
 *
 * <p>Two differences from plain Mustache, both on purpose: values are written as they are (the
 * output is plain text or Markdown, never HTML, so HTML escaping would only damage it; Markdown
 * escaping is done by the view model, which knows what is user text), and a name that resolves to
 * nothing is an error finding ({@code KA701}) at the template's file and line instead of a silent
 * blank, because a typo in a user template would otherwise send invitations with holes in them. A
 * value that exists but is empty or false is fine: that is how sections switch text on and off.
 *
 * <p>Findings: {@code KA701} unknown variable, {@code KA702} template syntax, {@code KA703} a
 * template or partial that does not exist. Each problem is reported once per {@code Templates}.
 */
public final class Templates {

  /** A user folder and how to show it in findings (as the user named it). */
  public record Dir(Path path, String shown) {}

  private static final String BUILT_IN = "/nl/klantarena/templates/";

  /** The largest template read. */
  private static final int MAX_TEMPLATE = 1024 * 1024;

  private final Lang lang;
  private final List<Dir> userDirs;
  private final FileSource files;
  private final Factory factory;

  /** Template name → where it was found, for findings. */
  private final Map<String, String> shown = new LinkedHashMap<>();

  private final Set<String> reported = new HashSet<>();

  /** Templates that failed to compile; Mustache caches them half-built, so never run them. */
  private final Set<String> broken = new HashSet<>();

  /** Where the render in progress reports unknown names; one render at a time. */
  private List<Miss> misses;

  private record Miss(String name, String file, int line) {}

  private Templates(Lang lang, List<Dir> userDirs, FileSource files) {
    this.lang = lang;
    this.userDirs = List.copyOf(userDirs);
    this.files = files;
    this.factory = new Factory();
  }

  /**
   * The templates of {@code lang}, with {@code userDirs} laid over the built-in ones (earlier
   * folders win), the user's files read through {@code files} (the run's loader). Folders that do
   * not exist are skipped: a session without a {@code templates/} folder simply uses the built-in
   * templates.
   */
  public static Templates load(Lang lang, List<Dir> userDirs, FileSource files) {
    return new Templates(lang, userDirs, files);
  }

  /** As {@link #load(Lang, List, FileSource)}, reading straight from disk. */
  public static Templates load(Lang lang, List<Dir> userDirs) {
    return new Templates(lang, userDirs, FileSource.DIRECT);
  }

  /** As {@link #load(Lang, List)}, showing each folder by its path. */
  public static Templates load(Lang lang, Path... userDirs) {
    List<Dir> dirs = new ArrayList<>();
    for (Path p : userDirs) dirs.add(new Dir(p, p.toString()));
    return new Templates(lang, dirs, FileSource.DIRECT);
  }

  public Lang lang() {
    return lang;
  }

  /**
   * Renders template {@code name} (e.g. {@code invite-customer.txt.mustache}) with {@code scope}
   * (maps, lists, strings, booleans and numbers). Problems go to {@code findings}.
   *
   * @return the text, or empty when the template has an error finding
   */
  public synchronized Optional<String> render(String name, Object scope, Findings findings) {
    if (broken.contains(name)) return Optional.empty();
    Mustache m;
    try {
      m = factory.compile(name);
    } catch (MustacheNotFoundException e) {
      broken.add(name);
      report(findings, "KA703", SourcePos.of(whereIncluded(e, name)), e.getName());
      return Optional.empty();
    } catch (MustacheException e) {
      broken.add(name);
      report(findings, "KA702", pos(e, name), syntaxMessage(e));
      return Optional.empty();
    }
    List<Miss> found = new ArrayList<>();
    misses = found;
    StringWriter w = new StringWriter();
    try {
      m.execute(w, scope);
    } catch (MustacheException e) {
      report(findings, "KA702", pos(e, name), syntaxMessage(e));
      return Optional.empty();
    } finally {
      misses = null;
    }
    for (Miss miss : found) {
      report(
          findings, "KA701", new SourcePos(miss.file(), miss.line(), 1), miss.name(), miss.file());
    }
    return found.isEmpty() ? Optional.of(w.toString()) : Optional.empty();
  }

  /** Where {@code name} comes from: a user file as shown, or {@code (built-in) <lang>/<name>}. */
  public synchronized String source(String name) {
    return shown.computeIfAbsent(name, n -> locate(n).map(Located::shown).orElse(n));
  }

  private void report(Findings findings, String code, SourcePos pos, Object... args) {
    String key =
        code
            + "|"
            + pos
            + "|"
            + String.join("|", Arrays.stream(args).map(String::valueOf).toList());
    if (reported.add(key)) findings.add(code, pos, args);
  }

  private SourcePos pos(MustacheException e, String name) {
    TemplateContext tc = e.getContext();
    if (tc == null || tc.file() == null) return SourcePos.of(source(name));
    return new SourcePos(source(tc.file()), Math.max(tc.line(), 1), 1);
  }

  private String whereIncluded(MustacheNotFoundException e, String name) {
    TemplateContext tc = e.getContext();
    return tc != null && tc.file() != null ? source(tc.file()) : source(name);
  }

  /** The parser's message without the "@[file:line]" tail, which the finding's position says. */
  private static String syntaxMessage(MustacheException e) {
    Throwable t = e;
    String msg = e.getMessage();
    while (msg == null && t.getCause() != null) {
      t = t.getCause();
      msg = t.getMessage();
    }
    if (msg == null) return e.getClass().getSimpleName();
    int at = msg.indexOf(" @[");
    return at > 0 ? msg.substring(0, at) : msg;
  }

  private record Located(String shown, Path file, String resource) {}

  private Optional<Located> locate(String name) {
    if (name.contains("..") || name.startsWith("/") || name.contains("\\")) return Optional.empty();
    for (Dir d : userDirs) {
      for (String rel : List.of(lang.code() + "/" + name, name)) {
        Path p = d.path().resolve(rel).normalize();
        if (p.startsWith(d.path().normalize()) && Files.isRegularFile(p)) {
          String base = d.shown().endsWith("/") ? d.shown() : d.shown() + "/";
          return Optional.of(new Located(base + rel, p, null));
        }
      }
    }
    String res = BUILT_IN + lang.code() + "/" + name;
    if (Templates.class.getResource(res) != null) {
      return Optional.of(new Located("(built-in) " + lang.code() + "/" + name, null, res));
    }
    return Optional.empty();
  }

  private Reader open(String name) {
    Optional<Located> l = locate(name);
    if (l.isEmpty()) return null;
    shown.put(name, l.get().shown());
    if (l.get().file() == null) {
      InputStream in = Templates.class.getResourceAsStream(l.get().resource());
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
    // read whole: a template that is not UTF-8 fails here with a clear message, not mid-render
    TextFiles.Read r = files.read(l.get().file(), MAX_TEMPLATE);
    TextFiles.Decoded d = r.ok() ? TextFiles.decode(r.bytes(), false) : null;
    if (d == null || !d.ok()) {
      // not UTF-8, or unreadable: a finding at the file, not a crash
      String why =
          r.ok()
              ? " as UTF-8 text"
              : " (" + r.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
      throw new MustacheException(
          "cannot read " + l.get().shown() + why, new TemplateContext("{{", "}}", name, 0, true));
    }
    return new StringReader(d.text());
  }

  /** The one factory: our lookup, no HTML escaping, and unknown names reported. */
  private final class Factory extends DefaultMustacheFactory {
    Factory() {
      super(Templates.this::open);
      setObjectHandler(new StrictHandler());
    }

    /** A partial is named from the templates folder, whichever template includes it. */
    @Override
    public String resolvePartialPath(String dir, String name, String extension) {
      String n = name.startsWith("/") ? name.substring(1) : name;
      return n.endsWith(".mustache") ? n : n + ".mustache";
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new MustacheException("cannot write", e);
      }
    }
  }

  /** Finds values as Mustache does, and reports a name that resolves to nothing at all. */
  private final class StrictHandler extends ReflectionObjectHandler {
    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
      Binding inner = super.createBinding(name, tc, code);
      return scopes -> {
        Object o = inner.get(scopes);
        // only when the value is null: a present value cannot be a missing name, and this keeps
        // the extra lookup off the common path
        if (o == null && misses != null && find(name, scopes) instanceof MissingWrapper) {
          misses.add(new Miss(name, source(tc.file()), tc.line()));
        }
        return o;
      };
    }

    @Override
    protected boolean areMethodsAccessible(Map<?, ?> map) {
      // a scope map offers its keys only, never HashMap's methods (size, empty, ...)
      return false;
    }
  }
}
