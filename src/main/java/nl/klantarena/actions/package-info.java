/**
 * Every action of a set of sessions as of a date: the list that {@code klantarena actions} prints
 * (open and overdue first, filtered by owner or status) in its four formats, and the rows that a
 * series carries over from earlier sessions into a report.
 */
package nl.klantarena.actions;
