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
  void plainGeographyDoesNotCountAsNamingADivision() {
    assertThat(
            resolver.contextOf("Violence in the Sahel and the east of the country.").admin1Names())
        .isEmpty();
  }
}
