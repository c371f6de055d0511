/** File writing that never leaves a half-written file, and the JSON writer of the outputs. */
package nl.klantarena.io;
