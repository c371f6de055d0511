/**
 * The command line: picocli commands (one class each, thin), shared options, input resolution, exit
 * codes and error handling in one place. Commands load and check sessions, call the feature
 * packages, and print.
 *
 * <h2>Declaring a command's options</h2>
 *
 * Every command declares its arguments in one table, a {@code static final Arg[] ARGS} of {@link
 * nl.klantarena.cli.Arg} rows: name, value label, default, help key, type (which also decides how
 * the shell completes the value) and, for a choice, the values. {@link
 * nl.klantarena.cli.Specs#build} is the one place that turns tables into picocli's model. To add an
 * option:
 *
 * <ol>
 *   <li>add one row to the command's table, for example {@code Arg.choice("--format",
 *       "report.format", "md", "json", "html")} (the first value is the default) or {@code
 *       Arg.file("--out", "FILE", "report.out")};
 *   <li>add its help text as {@code help.<key>} to the command's message bundle, in both languages
 *       ({@code report_en.properties}, {@code report_nl.properties});
 *   <li>read its value in the command's {@code read} with {@code Specs.value(spec, "--format")}.
 * </ol>
 *
 * Options that every command takes are in {@link nl.klantarena.cli.CommonOptions#ARGS}, those of
 * every command on session files in {@link nl.klantarena.cli.CommonOptions#SESSIONS}. A new command
 * is a class with a table and a {@code static spec(Context)}, one constant in {@link
 * nl.klantarena.cli.Registry.Builtin} (the compiler then asks for its case), a description and one
 * to three examples ({@code help.<command>.description}, {@code help.<command>.footer.0}, ...). The
 * man pages and the completion scripts are generated from the same model at build time.
 *
 * <h2>Start-up rules</h2>
 *
 * A command line tool is judged by how fast it answers; {@code check} should start about as fast as
 * a linter written in C or Python. What keeps it so (docs/performance.md has the figures):
 *
 * <ul>
 *   <li><b>No annotations read at run time.</b> Reading picocli's annotations makes the JDK
 *       generate a proxy class per annotation type, which no class-data archive can hold (about 40
 *       ms of a 150 ms {@code check}). The model is built in code from the tables above; the build
 *       runs no annotation processor.
 *   <li><b>Only the command being run is built</b> ({@link nl.klantarena.cli.Cli#commandLine}); all
 *       of them only for help, or when no command is named.
 *   <li><b>No lambdas, method references or streams on the start path</b> (a clean {@code check} of
 *       a session or of a folder: {@code StartPathTest} fails on one of the tool's). The first one
 *       of a run sets up method handles, several milliseconds, and each after it is bootstrapped
 *       too (on Java 17 even from the archive): handlers, converters, comparators and registry
 *       entries are classes, and loops stand for streams. (A command's work after start-up may use
 *       them.)
 *   <li><b>Messages are loaded lazily.</b> Bundles are parsed one by one until a key is found; the
 *       help texts, which need every bundle, are given to picocli only when help may be shown
 *       ({@link nl.klantarena.cli.HelpTexts}).
 *   <li><b>String concatenation compiled inline</b> ({@code -XDstringConcat=inline} in the pom, for
 *       picocli too): the {@code invokedynamic} kind costs method-handle set-up at first use.
 *   <li><b>No record's own {@code equals}, {@code hashCode} or {@code toString} on the start
 *       path.</b> They are bootstrapped through method handles on first use: records that are kept
 *       in hash maps while a session is checked ({@code Person}, {@code Origin}, {@code SourcePos})
 *       write theirs out. Likewise no {@code ZoneId}, {@code LocalDate.parse} or {@code
 *       System.console()} unless the run needs them ({@code StartPathTest} checks all four).
 *   <li><b>The session files are read ahead</b> on a second thread while picocli works ({@link
 *       nl.klantarena.load.Prefetch}); the loader takes that work only when it is exactly its own.
 *   <li><b>picocli's reflective converters are off</b> ({@code picocli.converters.excludes} in
 *       {@code Main}); the tool's options are text, numbers, dates and file names. Nor does picocli
 *       look for Groovy's closures ({@code picocli.disable.closures}).
 *   <li><b>The run ends with {@code Runtime.halt}</b> after flushing its output ({@code Main}): on
 *       newer JDKs {@code System.exit} starts the platform's logging to log the exit. So nothing
 *       may rely on a shutdown hook.
 * </ul>
 */
package nl.klantarena.cli;
