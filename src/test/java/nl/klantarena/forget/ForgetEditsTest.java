package nl.klantarena.forget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.klantarena.finding.SourcePos;
import nl.klantarena.session.Origin;
import nl.klantarena.session.Person;
import nl.klantarena.session.Role;
import org.junit.jupiter.api.Test;

/** The edits of one text: a calendar line folded through a name, and a name two people share. */
class ForgetEditsTest {

  private static Person person(String name, String email, String... aliases) {
    return new Person(
        Role.CUSTOMER,
        name,
        email,
        "",
        null,
        "",
        false,
        List.of(aliases),
        Origin.at(SourcePos.of("")));
  }

  private static final Person ANNA = person("Anna de Vries", "anna@devries-bouw.nl");
  private static final Person OTHER = person("Anna Jansen", "");

  private static Replacer replacer(List<Person> everyone) {
    return new Replacer(
        List.of(ANNA),
        everyone,
        "Vergeten klant 1",
        "(e-mailadres verwijderd)",
        "(telefoonnummer verwijderd)");
  }

  @Test
  void aCalendarLineFoldedThroughTheNameIsUnfoldedEditedAndFoldedAgain() {
    String ics =
        "BEGIN:VEVENT\r\n"
            + "DESCRIPTION:Klantarena voorjaar\\, met onder anderen mevrouw Anna de \r\n"
            + " Vries en Bram Peters\\nVragen? petra@voorbeeld.nl\r\n"
            + "SUMMARY:Klantarena\r\n"
            + "END:VEVENT\r\n";
    List<Found> found = new ArrayList<>();
    String out = CalendarEdits.edit(ics, replacer(List.of(ANNA)), 1, found);
    assertEquals(
        "BEGIN:VEVENT\r\n"
            + "DESCRIPTION:Klantarena voorjaar\\, met onder anderen Vergeten klant 1 en Bra\r\n"
            + " m Peters\\nVragen? petra@voorbeeld.nl\r\n"
            + "SUMMARY:Klantarena\r\n"
            + "END:VEVENT\r\n",
        out);
    assertEquals(List.of(new Found(2, "mevrouw Anna de Vries", "Vergeten klant 1")), found);
  }

  @Test
  void aFirstNameThatIsAlsoSomeoneElsesIsReplacedAndSaid() {
    List<Replacer.Left> left = new ArrayList<>();
    String text =
        "Anna de Vries en Anna Jansen; later zei Anna nog iets. Mail: ANNA@devries-bouw.nl";
    List<Edit> edits = replacer(List.of(ANNA, OTHER)).edits(text, left);
    assertEquals(
        "Vergeten klant 1 en Anna Jansen; later zei Vergeten klant 1 nog iets. Mail: (e-mailadres"
            + " verwijderd)",
        Edit.apply(text, edits));
    assertEquals(1, left.size(), left.toString());
    assertTrue(
        left.get(0).names().containsAll(List.of("Anna de Vries", "Anna Jansen")), left.toString());
  }
}
