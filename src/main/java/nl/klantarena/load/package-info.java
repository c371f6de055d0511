/**
 * From files to values: safe YAML composition with positions, typed reading of mappings, and the
 * session loader that reports every fault of a file as a finding.
 */
package nl.klantarena.load;
