package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.klantarena.load.SessionLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/session.schema.json is what editors use to complete and check session files; these tests
 * keep it true to what {@link SessionLoader} reads: it accepts every example and starter, rejects
 * typical mistakes, and names exactly the keys the loader knows.
 */
class SessionSchemaTest {

  private static final Path SCHEMA = Path.of("docs/session.schema.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema VALIDATOR = load();

  private static Schema load() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(Files.newInputStream(SCHEMA));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The YAML as the YAML language server sees it (YAML 1.2 core schema), as a JSON tree. */
  private static JsonNode tree(String yaml) {
    Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
    return JSON.valueToTree(load.loadFromString(yaml));
  }

  private static List<String> errors(String yaml) {
    return VALIDATOR.validate(tree(yaml)).stream().map(Error::toString).toList();
  }

  static Stream<Path> sessionFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("examples"))) {
      s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !p.getFileName().toString().equals("klantarena.yaml")) // series defaults
          .filter(SessionSchemaTest::isSession)
          .sorted()
          .forEach(files::add);
    }
    assertTrue(files.size() >= 2, "examples found: " + files);
    files.add(Path.of("src/main/resources/nl/klantarena/init/session_nl.yaml"));
    files.add(Path.of("src/main/resources/nl/klantarena/init/session_en.yaml"));
    return files.stream();
  }

  private static boolean isSession(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8)
          .lines()
          .anyMatch(l -> l.startsWith("klantarena:"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("sessionFiles")
  void acceptsExamplesAndStarters(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(List.of(), errors(text), file.toString());
    String first = text.lines().findFirst().orElse("");
    assertTrue(
        first.startsWith("# yaml-language-server: $schema="), file + " starts with " + first);
    if (file.startsWith("examples")) {
      // relative to the file, so that it works in any checkout
      Path target = file.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
      assertEquals(SCHEMA.normalize(), target, file.toString());
    }
  }

  private static final String MINIMAL =
      """
      klantarena: 1
      title: T
      organisation: O
      date: 2026-10-15
      participants:
        facilitator: {name: F}
      themes:
        - {id: t, questions: [q]}
      agenda:
        start: 15:00
      """;

  @Test
  void acceptsMinimalSessionWithUnquotedTime() {
    assertEquals(List.of(), errors(MINIMAL));
  }

  @Test
  void rejectsUnknownKey() {
    List<String> e = errors(MINIMAL.replace("title: T", "title: T\ntitel: T"));
    assertFalse(e.isEmpty());
    assertTrue(e.toString().contains("titel"), e.toString());
  }

  @Test
  void rejectsUnknownNestedKey() {
    assertFalse(errors(MINIMAL.replace("{name: F}", "{name: F, mail: f@example.nl}")).isEmpty());
  }

  @Test
  void rejectsBadEnums() {
    assertFalse(
        errors(MINIMAL.replace("start: 15:00", "start: 15:00\n  blocks:\n    - {kind: round4}"))
            .isEmpty());
    assertFalse(
        errors(MINIMAL + "actions:\n  - {id: A1, title: X, owner: F, decision: maybe}\n")
            .isEmpty());
    assertFalse(
        errors(
                MINIMAL.replace(
                    "{name: F}", "{name: F}\n  customers:\n    - {name: C, experience: bad}"))
            .isEmpty());
  }

  @Test
  void rejectsBadValues() {
    assertFalse(errors(MINIMAL.replace("15:00", "25:00")).isEmpty(), "time");
    assertFalse(errors(MINIMAL.replace("2026-10-15", "15-10-2026")).isEmpty(), "date");
    assertFalse(errors(MINIMAL.replace("klantarena: 1", "klantarena: 2")).isEmpty(), "version");
    assertFalse(
        errors(MINIMAL.replace("{name: F}", "{name: F, email: not-an-address}")).isEmpty(),
        "email");
    assertFalse(
        errors(MINIMAL.replace("{name: F}", "{name: F, external: yes}")).isEmpty(),
        "YAML 1.2: yes is text");
  }

  @Test
  void rejectsMissingRequiredKeys() {
    assertFalse(errors(MINIMAL.replace("title: T\n", "")).isEmpty());
    assertFalse(
        errors(MINIMAL + "actions:\n  - {id: A1, title: X}\n").isEmpty(), "action without owner");
  }

  @Test
  void schemaIsValidDraft7() throws Exception {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    assertEquals(List.of(), meta.validate(JSON.readTree(Files.readString(SCHEMA))));
  }

  /** Every key set of the loader, and where the schema describes it. */
  @Test
  void schemaNamesExactlyTheKeysTheLoaderReads() throws Exception {
    JsonNode root = JSON.readTree(Files.readString(SCHEMA));
    JsonNode p = root.get("properties");
    JsonNode parts = p.get("participants").get("properties");
    Map<String, JsonNode> where =
        Map.ofEntries(
            Map.entry("TOP", root),
            Map.entry("LOCATION", p.get("location")),
            Map.entry("CONTACT", p.get("contact")),
            Map.entry("PARTICIPANTS", p.get("participants")),
            Map.entry("FACILITATOR", parts.get("facilitator")),
            Map.entry("CUSTOMER", parts.get("customers").get("items")),
            Map.entry("STAFF", parts.get("staff").get("items")),
            Map.entry("OWNER", p.get("owners").get("items")),
            Map.entry("THEME", p.get("themes").get("items")),
            Map.entry("AGENDA", p.get("agenda")),
            Map.entry("BLOCK", p.get("agenda").get("properties").get("blocks").get("items")),
            Map.entry("ACTION", p.get("actions").get("items")),
            Map.entry("FEEDBACK", p.get("feedback")),
            Map.entry("RECORDING", p.get("recording")));
    for (var e : where.entrySet()) {
      Field f = SessionLoader.class.getDeclaredField(e.getKey());
      f.setAccessible(true);
      @SuppressWarnings("unchecked")
      Set<String> loader = new TreeSet<>((Set<String>) f.get(null));
      Set<String> schema = new TreeSet<>(e.getValue().get("properties").propertyNames());
      assertEquals(loader, schema, e.getKey());
      assertFalse(e.getValue().get("additionalProperties").asBoolean(), e.getKey());
      for (String key : schema) {
        JsonNode d = e.getValue().get("properties").get(key).get("description");
        assertTrue(
            d != null && !d.asString().isBlank(), e.getKey() + "." + key + " has a description");
      }
    }
  }
}
