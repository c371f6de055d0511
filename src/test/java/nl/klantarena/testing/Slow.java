package nl.klantarena.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts other processes (JVMs, a browser, Node) or waits on them: it runs in CI and
 * with {@code mvn -B verify -Pfull}, not in the quick {@code mvn -B verify} of every change. What
 * it checks is the tool as a whole among other programs; the quick run checks the same code
 * in-process.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
