package nl.klantarena.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.klantarena.finding.SourcePos;
import org.junit.jupiter.api.Test;

/** How a message greets its reader when only a name (and perhaps aliases) is known. */
class SalutationTest {

  private static Person person(Role role, String name, String salutation, String... aliases) {
    return new Person(
        role,
        name,
        "",
        "",
        null,
        "",
        true,
        null,
        List.of(aliases),
        "",
        salutation,
        "",
        null,
        Origin.at(new SourcePos("session.yaml", 1, 1)));
  }

  @Test
  void customersAreGreetedFormallyByTheTitleAnAliasGives() {
    var fatima = person(Role.CUSTOMER, "Fatima Ouali", "", "Fatima", "mevrouw Ouali");
    assertEquals("Beste mevrouw Ouali", Salutation.of(fatima, Lang.NL));
    var gerard = person(Role.CUSTOMER, "Gerard Kuipers", "", "dhr. Kuipers");
    assertEquals("Beste meneer Kuipers", Salutation.of(gerard, Lang.NL));
    var mw = person(Role.CUSTOMER, "Petra van den Berg", "", "mw. Van den Berg");
    assertEquals("Beste mevrouw Van den Berg", Salutation.of(mw, Lang.NL));
    var hughes = person(Role.CUSTOMER, "Margaret Hughes", "", "Margaret", "Mrs Hughes");
    assertEquals("Dear Mrs Hughes", Salutation.of(hughes, Lang.EN));
    var dr = person(Role.CUSTOMER, "Dr. Maximilian Weber", "");
    assertEquals("Dear Dr. Maximilian Weber", Salutation.of(dr, Lang.EN));
  }

  @Test
  void withoutATitleTheFullNameIsCorrectForAnyone() {
    var zoe = person(Role.CUSTOMER, "Zoë Öztürk", "", "Zoë");
    assertEquals("Beste Zoë Öztürk", Salutation.of(zoe, Lang.NL));
    assertEquals("Dear Zoë Öztürk", Salutation.of(zoe, Lang.EN));
    // a Dutch title is not used in an English text, nor the other way round
    var nl = person(Role.CUSTOMER, "Fatima Ouali", "", "mevrouw Ouali");
    assertEquals("Dear Fatima Ouali", Salutation.of(nl, Lang.EN));
  }

  @Test
  void staffAndTheFacilitatorByFirstName() {
    assertEquals("Beste Ruud", Salutation.of(person(Role.STAFF, "Ruud Jacobs", ""), Lang.NL));
    assertEquals(
        "Dear Graham", Salutation.of(person(Role.FACILITATOR, "Graham Pike", ""), Lang.EN));
  }

  @Test
  void aSalutationIsUsedAsWritten() {
    var kuipers = person(Role.CUSTOMER, "Gerard Kuipers", "Geachte heer Kuipers", "meneer Kuipers");
    assertEquals("Geachte heer Kuipers", Salutation.of(kuipers, Lang.NL));
    var sue = person(Role.CUSTOMER, "Susan Clarke", "Dear Sue");
    assertEquals("Dear Sue", Salutation.of(sue, Lang.EN));
  }
}
