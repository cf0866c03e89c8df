package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListItemPlacesTest {
  // A district the gazetteer knows, and one village of it that it knows.
  private static final Location DISTRICT =
      new Location(
          "Rivière",
          "CD",
          "Kivu-Sud",
          null,
          null,
          null,
          LocationPrecision.ADMIN2,
          null,
          "territoire de Rivière");
  private static final Location KNOWN_VILLAGE =
      new Location(
          "Kalonge",
          "CD",
          "Kivu-Sud",
          "Rivière",
          -2.5,
          28.5,
          LocationPrecision.PLACE,
          null,
          "Kalonge");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // Names joined by commas and "et"/"and", ending before a lowercase word or a comma.
        "• Bumba Centre, Lisala et Kalonge, toujours dans le territoire de Rivière, le 18 mai.|Bumba Centre;Lisala;Kalonge",
        "• Bumba and Lisala in Rivière territory, on 12 May.|Bumba;Lisala",
        "• Bumba/Ngoyi et Lisala dans le territoire de Rivière, le 17 mai.|Bumba/Ngoyi;Lisala",
        // One name is no list of places: the item keeps the places the gazetteer found.
        "• Bumba dans le territoire de Rivière, le 12 mai.|-",
        "• Le 12 mai, des tirs ont visé la position.|-",
      })
  void oneLocationPerNameOfTheHead(String item, String expected) {
    List<Location> found = ListItemPlaces.named(item, List.of(DISTRICT, KNOWN_VILLAGE));
    String got =
        found.isEmpty() ? null : String.join(";", found.stream().map(Location::name).toList());
    assertThat(got).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void unknownNamesLieInTheDistrictWithoutCoordinatesAndKnownOnesKeepTheirs() {
    List<Location> found =
        ListItemPlaces.named(
            "• Lisala et Kalonge, dans le territoire de Rivière, le 18 mai.",
            List.of(DISTRICT, KNOWN_VILLAGE));
    assertThat(found.get(0).admin2()).isEqualTo("Rivière");
    assertThat(found.get(0).admin1()).isEqualTo("Kivu-Sud");
    assertThat(found.get(0).hasCoordinates()).isFalse();
    assertThat(found.get(0).precision()).isEqualTo(LocationPrecision.ADMIN2);
    assertThat(found.get(1)).isEqualTo(KNOWN_VILLAGE);
  }

  @org.junit.jupiter.api.Test
  void withoutADistrictUnknownNamesAreNotPlaced() {
    assertThat(ListItemPlaces.named("• Lisala et Bumba, le 18 mai.", List.of())).isEmpty();
  }
}
