package nl.klantarena.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version from the pom and the commit the jar was built from ({@code
 * nl/klantarena/build.properties}, written by the build); "dev" when run from classes without it.
 */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties p = properties();
    String commit = p.getProperty("commit");
    return new String[] {
      "klantarena " + version() + (commit == null ? "" : " (commit " + commit + ")"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }

  /** The version, or "dev" when the build did not say it. */
  static String version() {
    return properties().getProperty("version", "dev");
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/nl/klantarena/build.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
