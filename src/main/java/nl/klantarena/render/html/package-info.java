/**
 * The report as a web page: Markdown made into one self-contained HTML file with its own stylesheet
 * (screen and A4 print) and the charts drawn as inline SVG; the page fetches nothing.
 */
package nl.klantarena.render.html;
