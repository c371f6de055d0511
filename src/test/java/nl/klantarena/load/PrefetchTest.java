package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.klantarena.finding.Finding;
import nl.klantarena.finding.Messages;
import nl.klantarena.io.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading begun before the command line is parsed ({@link Prefetch}) may make a run faster but
 * never different: the loader takes a tree from it only when it was made from the very bytes the
 * loader read, under the same name, without a finding.
 */
class PrefetchTest {

  @TempDir Path dir;

  private Path session() throws Exception {
    Path s = dir.resolve("session.yaml");
    Files.copy(Path.of("examples/nl/session.yaml"), s);
    Files.copy(Path.of("examples/nl/notes.csv"), dir.resolve("notes.csv"));
    return s;
  }

  private static Messages en() {
    return Messages.of("en");
  }

  @Test
  void aTreeIsHandedOutForTheSameBytesAndNameOnlyAndOnce() throws Exception {
    Path s = session();
    Prefetch p = Prefetch.start(List.of(s), List.of("session.yaml"), en());
    byte[] bytes = TextFiles.read(s, YamlText.MAX_BYTES).bytes();
    assertNull(p.composed("other/session.yaml", bytes, en()), "another name");
    byte[] changed = (new String(bytes, StandardCharsets.UTF_8) + "\n# later\n").getBytes();
    assertNull(p.composed("session.yaml", changed, en()), "other bytes");
    assertNull(p.composed("session.yaml", bytes, Messages.of("nl")), "another language");
    assertNotNull(p.composed("session.yaml", bytes, en()));
    assertNull(p.composed("session.yaml", bytes, en()), "a tree is handed out once");
  }

  @Test
  void theNotesFileBesideTheSessionIsReadToo() throws Exception {
    Path s = session();
    Prefetch p = Prefetch.start(List.of(s), List.of("session.yaml"), en());
    byte[] notes = TextFiles.read(dir.resolve("notes.csv"), Loader.NOTES_CAP).bytes();
    assertTrue(p.sheet("notes.csv", notes).isPresent());
    assertTrue(p.sheet("notes.csv", new byte[0]).isEmpty(), "other bytes");
  }

  @Test
  void aFileThatDoesNotParseIsLeftToTheLoader() throws Exception {
    Path s = dir.resolve("session.yaml");
    Files.writeString(s, "klantarena: 1\ntitle: [unclosed\n");
    Prefetch p = Prefetch.start(List.of(s), List.of("session.yaml"), en());
    assertNull(p.composed("session.yaml", Files.readAllBytes(s), en()));
  }

  @Test
  void aFileChangedAfterThePrefetchIsReadAsItIsNow() throws Exception {
    Path s = session();
    Prefetch p = Prefetch.start(List.of(s), List.of("session.yaml"), en());
    p.composed("nothing", new byte[0], en()); // waits until the prefetch is done
    Files.writeString(
        s,
        Files.readString(s).replace("title:", "titel:"), // KA101: a misspelt key
        StandardCharsets.UTF_8);
    Loader with = new Loader(dir, en(), p);
    Loader without = new Loader(dir, en());
    List<Finding> a = with.session(s, "session.yaml").own().all();
    List<Finding> b = without.session(s, "session.yaml").own().all();
    assertEquals(b, a);
    assertTrue(a.stream().anyMatch(f -> f.code().equals("KA101")), a.toString());
  }
}
