package nl.klantarena.finding;

import java.util.Objects;

/**
 * Where a user wrote something: a file and a 1-based line and column. Line 0 means "the file as a
 * whole" (for example a file that cannot be read as text).
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

  public SourcePos {
    Objects.requireNonNull(file, "file");
  }

  /** The file as a whole, without a line. */
  public static SourcePos of(String file) {
    return new SourcePos(file, 0, 0);
  }

  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  // equals and hashCode written out: a record's own are bootstrapped through method handles on
  // first use, several milliseconds of every run's start (cli/package-info.java, start-up rules)
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof SourcePos o
            && line == o.line
            && column == o.column
            && file.equals(o.file);
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + line) * 31 + column;
  }

  @Override
  public String toString() {
    return hasLine() ? file + ":" + line + ":" + column : file;
  }
}
