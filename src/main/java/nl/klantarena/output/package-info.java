/**
 * Everything a run writes, by one set of rules: no output may name an input of the run or another
 * output; files are written whole or not at all, several files of one command all or none; a file
 * that cannot be written is a finding that names the path and the reason, never an internal error.
 */
package nl.klantarena.output;
