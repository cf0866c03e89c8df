package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Namesake villages are told apart by the first-level division the document names. */
class DivisionContextTest {
  private static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  private static Optional<Location> resolveIn(String name, String documentText) {
    PlaceContext ctx = resolver.contextOf(documentText);
    return resolver.resolve(new PlaceMention(name, 0, name.length()), ctx);
  }

  @Test
  void theContextListsTheDivisionsADocumentNames() {
    PlaceContext ctx =
        resolver.contextOf(
            "Gunmen stopped a bus near Boni, in Mali's Mopti region, on the road to Gao. The"
                + " Sahel has seen many such attacks.");
    assertThat(ctx.countryCodes()).containsExactly("ML");
    assertThat(ctx.admin1Names()).contains("Mopti", "Gao");
  }

  @Test
  void aNamesakeInTheNamedDivisionIsChosen() {
    Optional<Location> alone = resolveIn("Boni", "Gunmen attacked a bus near Boni in Mali.");
    Optional<Location> withRegion =
        resolveIn("Boni", "Gunmen attacked a bus near Boni in Mali's Mopti region.");
    assertThat(withRegion).isPresent();
    assertThat(withRegion.get().admin1()).isEqualTo("Mopti");
    assertThat(withRegion.get().hasCoordinates()).isTrue();
    // Without the region the namesakes stay unresolved rather than guessed.
    assertThat(alone).isEmpty();
  }

  @Test
  void aSmallNamesakeInTheNamedDivisionBeatsALargeOneOutsideIt() {
    // Two Kindi in Burkina Faso: a town of some 16,000 in the Centre-Ouest and a village in the
    // Centre-Est. The town stands out by size only while the report names no division.
    Optional<Location> plain =
        resolveIn("Kindi", "Des hommes armés ont attaqué Kindi, au Burkina Faso.");
    Optional<Location> named =
        resolveIn(
            "Kindi",
            "Des hommes armés ont attaqué le village de Kindi, dans la région du Centre-Est, au"
                + " Burkina Faso.");
    assertThat(plain).hasValueSatisfying(l -> assertThat(l.admin1()).isEqualTo("Centre-Ouest"));
    assertThat(named)
        .hasValueSatisfying(
            l -> {
              assertThat(l.admin1()).isEqualTo("Centre-Est");
              assertThat(l.hasCoordinates()).isTrue();
            });
  }

  @Test
  void aNamesakeNearATownTheDocumentNamesIsChosen() {
    String story =
        "Des soldats ont tué des civils à Tangaye, dans la province du Yatenga, lors d'une"
            + " opération dans la zone de Ouahigouya au Burkina Faso.";
    PlaceContext ctx = resolver.contextOf(story);
    assertThat(ctx.towns()).extracting(Location::name).containsExactly("Ouahigouya");
    Optional<Location> near = resolveIn("Tangaye", story);
    assertThat(near).isPresent();
    assertThat(near.get().admin2()).isEqualTo("Province du Yatenga");
    assertThat(near.get().kmTo(ctx.towns().get(0))).isLessThan(25);
    // Two Tangaye lie in the Yatenga, 45 km apart: with no town named, neither is guessed; every
    // Tangaye is in Burkina Faso, which is all that is sure.
    assertThat(
            resolveIn(
                "Tangaye",
                "Des soldats ont tué des civils à Tangaye, dans la province"
                    + " du Yatenga au Burkina Faso."))
        .hasValueSatisfying(
            l -> {
              assertThat(l.hasCoordinates()).isFalse();
              assertThat(l.countryCode()).isEqualTo("BF");
            });
  }

  @Test
  void plainGeographyDoesNotCountAsNamingADivision() {
    assertThat(
            resolver.contextOf("Violence in the Sahel and the east of the country.").admin1Names())
        .isEmpty();
  }
}
