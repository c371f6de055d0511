package nl.klantarena.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files or none, with the permissions a user expects of a file a program writes. */
class AtomicFilesTest {

  @TempDir Path dir;

  private void posixOnly() {
    assumeTrue(
        Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
  }

  @Test
  void aNewFileGetsTheSamePermissionsAsAnyNewFileNotOwnerOnly() throws Exception {
    posixOnly();
    // what the umask makes of 0666 here, as any program creating a file would get
    Path plain =
        Files.createFile(
            dir.resolve("plain.txt"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
    AtomicFiles.write(dir.resolve("report.md"), "# Report\n");
    assertTrue(AtomicFiles.createNew(dir.resolve("session.yaml"), "klantarena: 1\n"));
    assertEquals(
        Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(dir.resolve("report.md")));
    assertEquals(
        Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(dir.resolve("session.yaml")));
  }

  @Test
  void aReplacedFileKeepsItsOwnPermissions() throws Exception {
    posixOnly();
    Path notes = dir.resolve("notes.csv");
    Files.writeString(notes, "old\n");
    Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(notes, "new\n");
    assertEquals("new\n", Files.readString(notes));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(notes)));
  }

  @Test
  void noTemporaryFileIsLeftAndMissingFoldersAreMade() throws Exception {
    AtomicFiles.write(dir.resolve("out/sub/a.txt"), "a");
    AtomicFiles.write(dir.resolve("out/sub/a.txt"), "b");
    assertFalse(AtomicFiles.createNew(dir.resolve("out/sub/a.txt"), "c"));
    try (var s = Files.list(dir.resolve("out/sub"))) {
      assertEquals(List.of("a.txt"), s.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals("b", Files.readString(dir.resolve("out/sub/a.txt")));
  }
}
