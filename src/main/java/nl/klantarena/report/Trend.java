package nl.klantarena.report;

import java.time.LocalDate;

/**
 * How many notes one theme had in one session of a series: a row of the trends table in the staff
 * report. The series feature supplies these (this session's counts included); a single session has
 * none and the table is left out.
 *
 * @param session the session's file as shown to the user
 * @param theme the theme's title
 */
public record Trend(String session, LocalDate date, String theme, int notes) {}
