/** The named rules that judge a loaded session: people, balance, themes, agenda, follow-up. */
package nl.klantarena.check;
