package nl.klantarena.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.klantarena.load.Defaults;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/defaults.schema.json lets editors complete and check klantarena.yaml: it accepts the example
 * series' defaults file, rejects typical mistakes and names exactly the keys that {@link Defaults}
 * reads.
 */
class DefaultsSchemaTest {

  private static final Path SCHEMA = Path.of("docs/defaults.schema.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<String> errors(String yaml) throws Exception {
    Schema v =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.newInputStream(SCHEMA));
    Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
    JsonNode tree = JSON.valueToTree(load.loadFromString(yaml));
    return v.validate(tree).stream().map(Error::toString).toList();
  }

  @Test
  void acceptsTheExampleAndRejectsMistakes() throws Exception {
    Path example = Path.of("examples/series/klantarena.yaml");
    String text = Files.readString(example);
    assertEquals(List.of(), errors(text));
    String first = text.lines().findFirst().orElseThrow();
    assertEquals(
        SCHEMA.normalize(),
        example.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize());
    assertFalse(errors(text.replace("organisation:", "organsation:")).isEmpty(), "unknown key");
    assertFalse(errors(text.replace("language: nl", "language: de")).isEmpty(), "bad language");
    assertFalse(errors(text + "participants: {}\n").isEmpty(), "session keys do not belong here");
    assertFalse(
        errors(text.replace("  - {name: Jan Bakker,", "  - Jan Bakker\n  - {name: X,")).isEmpty(),
        "the roster is written out, not picked");
  }

  @Test
  void namesExactlyTheKeysTheDefaultsFileReads() throws Exception {
    JsonNode root = JSON.readTree(Files.readString(SCHEMA));
    Field f = Defaults.class.getDeclaredField("TOP");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    Set<String> keys = new TreeSet<>((Set<String>) f.get(null));
    assertEquals(keys, new TreeSet<>(root.get("properties").propertyNames()));
    for (String k : keys) {
      JsonNode d = root.get("properties").get(k).get("description");
      assertTrue(d != null && !d.asString().isBlank(), k + " has a description");
    }
  }
}
