package nl.klantarena.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.klantarena.finding.Findings;
import nl.klantarena.finding.Messages;
import nl.klantarena.session.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

  private static Findings findings() {
    return new Findings(Messages.of("en"));
  }

  private static Templates in(Path dir) {
    return Templates.load(Lang.EN, List.of(new Templates.Dir(dir, "templates")));
  }

  @Test
  void writesValuesWithoutHtmlEscaping(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.txt.mustache"), "Hello {{name}} & {{{name}}}\n");
    var f = findings();
    var out = in(dir).render("t.txt.mustache", Map.of("name", "<Anna & \"Bram\">"), f);
    assertEquals("Hello <Anna & \"Bram\"> & <Anna & \"Bram\">\n", out.orElseThrow());
    assertTrue(f.isEmpty());
  }

  @Test
  void standaloneSectionLinesLeaveNoBlankLines(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("t.txt.mustache"),
        "a\n{{#items}}\n- {{.}}\n{{/items}}\n{{^items}}\nnone\n{{/items}}\nb\n");
    var f = findings();
    assertEquals(
        "a\n- x\n- y\nb\n",
        in(dir).render("t.txt.mustache", Map.of("items", List.of("x", "y")), f).orElseThrow());
    assertEquals(
        "a\nnone\nb\n",
        in(dir).render("t.txt.mustache", Map.of("items", List.of()), f).orElseThrow());
    assertTrue(f.isEmpty(), f.all().toString());
  }

  @Test
  void unknownVariableIsAnErrorWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("t.txt.mustache"),
        "Dear {{name}},\n\nsee you {{dat}}\n{{#empty}}{{name}}{{/empty}}\n");
    var f = findings();
    var out = in(dir).render("t.txt.mustache", Map.of("name", "Anna", "empty", ""), f);
    assertTrue(out.isEmpty());
    assertEquals(1, f.size(), f.all().toString());
    var x = f.all().get(0);
    assertEquals("KA701", x.code());
    assertEquals("templates/t.txt.mustache:3:1", x.pos().toString());
    assertEquals("the template uses \"dat\", which is not a template variable", x.message());
  }

  @Test
  void userPartialOverridesBuiltInOneAndFindsLanguageFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("en/partials"));
    Files.writeString(dir.resolve("en/t.txt.mustache"), "[{{> partials/p.txt}}]\n");
    Files.writeString(dir.resolve("en/partials/p.txt.mustache"), "{{name}}");
    var f = findings();
    assertEquals(
        "[Anna]\n", in(dir).render("t.txt.mustache", Map.of("name", "Anna"), f).orElseThrow());
  }

  @Test
  void syntaxErrorAndMissingPartialAreFindings(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.txt.mustache"), "a\n{{#x}}\nb\n");
    Files.writeString(dir.resolve("p.txt.mustache"), "a\n{{> nope.txt}}\n");
    var f = findings();
    var t = in(dir);
    assertTrue(t.render("s.txt.mustache", Map.of("x", true), f).isEmpty());
    assertTrue(t.render("p.txt.mustache", Map.of(), f).isEmpty());
    assertEquals(
        List.of("KA702", "KA703"),
        f.all().stream().map(x -> x.code()).toList(),
        f.all().toString());
  }

  @Test
  void templateThatIsNotUtf8IsAFinding(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("t.txt.mustache"), new byte[] {'H', 'i', ' ', (byte) 0xE9, '\n'});
    var f = findings();
    assertTrue(in(dir).render("t.txt.mustache", Map.of(), f).isEmpty());
    assertEquals(1, f.size(), f.all().toString());
    assertEquals("KA702", f.all().get(0).code());
    assertTrue(
        f.all().get(0).message().contains("cannot read templates/t.txt.mustache as UTF-8 text"),
        f.all().toString());
  }
}
