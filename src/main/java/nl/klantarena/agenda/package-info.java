/**
 * The agenda as it will be held: the programme's blocks with clock times and the words that name
 * them in the session's language. Shared by plan, invite, report and import (which places notes in
 * rounds by their time).
 */
package nl.klantarena.agenda;
