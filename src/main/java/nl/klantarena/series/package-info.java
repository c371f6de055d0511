/**
 * Sessions as a series: every action across sessions (for {@code actions}), and for one session the
 * actions still open from earlier ones and how often each theme came up before (for the report).
 */
package nl.klantarena.series;
