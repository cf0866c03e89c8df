package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.junit.jupiter.api.Test;

/** The incident's place among those its sentences name. */
class PlaceSlotTest {
  private static Location place(String name, String cc, LocationPrecision p) {
    return new Location(name, cc, null, null, null, null, p, null, name);
  }

  @Test
  void aPlaceAbroadBesideADivisionOfTheDocumentsCountryIsANamesake() {
    Location kompa = place("Kompa", "NE", LocationPrecision.PLACE);
    Location alibori = place("Alibori", "BJ", LocationPrecision.ADMIN1);
    assertThat(PlaceSlot.foreignNamesake(kompa, List.of(kompa, alibori), "BJ")).isTrue();
    assertThat(PlaceSlot.foreignNamesake(kompa, List.of(kompa), "BJ")).isFalse();
    assertThat(PlaceSlot.foreignNamesake(kompa, List.of(kompa, alibori), null)).isFalse();
    assertThat(PlaceSlot.foreignNamesake(kompa, List.of(kompa, alibori), "NE")).isFalse();
  }
}
