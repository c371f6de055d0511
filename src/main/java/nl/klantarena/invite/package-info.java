/**
 * {@code klantarena invite}: per participant a message written for their role, a calendar
 * invitation, a mail-merge list and, on request, ready-to-send drafts.
 */
package nl.klantarena.invite;
