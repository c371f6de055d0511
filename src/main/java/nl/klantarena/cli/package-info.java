/**
 * The command line: picocli commands (one class each, thin), shared options, input resolution, exit
 * codes and error handling in one place. Commands load and check sessions, call the feature
 * packages, and print.
 */
package nl.klantarena.cli;
