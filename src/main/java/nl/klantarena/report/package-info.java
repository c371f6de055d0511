/**
 * The follow-up report: a view model of what was said, agreed and promised in a session (with its
 * notes when they were imported), rendered as Markdown for staff or as a letter to customers (and
 * from that Markdown as a web page or plain text), or written as JSON.
 */
package nl.klantarena.report;
