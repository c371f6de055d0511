package nl.klantarena.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's timezone is accepted exactly when it is one of the JDK's region ids. */
class ZoneTest {

  @Test
  void acceptsExactlyTheAvailableRegionIds() {
    List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
    ids.addAll(
        List.of(
            "Z",
            "+01:00",
            "UTC+01:00",
            "GMT+1",
            "UT",
            "UTC",
            "GMT",
            "Etc/GMT+1",
            "europe/amsterdam",
            "Europe/Amsterdam ",
            "Mars/Olympus_Mons",
            "CET",
            "EST",
            "Amsterdam"));
    for (String id : ids) {
      assertEquals(ZoneId.getAvailableZoneIds().contains(id), SessionLoader.knownZone(id), id);
      // a zone taken as known without asking the JDK can be made all the same
      if (SessionLoader.knownZone(id)) assertEquals(id, ZoneId.of(id).getId());
    }
  }
}
