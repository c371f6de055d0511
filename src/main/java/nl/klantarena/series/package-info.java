/**
 * A session seen as part of its series: the earlier sessions, the actions they left open, and how
 * often each theme came up before; and what the series adds to the session's report (the series'
 * sections, and the data for the JSON report).
 */
package nl.klantarena.series;
