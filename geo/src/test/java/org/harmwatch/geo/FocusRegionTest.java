package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A document that names no country is read as about the focus countries, else about Africa (once
 * put Boni in Indonesia).
 */
class FocusRegionTest {
  private static final GazetteerPlaceResolver AFRICA = GazetteerPlaceResolver.loadDefault();
  private static final GazetteerPlaceResolver SAHEL =
      new GazetteerPlaceResolver(
          AFRICA.gazetteer(),
          FocusCountries.parse("ML,BF,NE", CountryProfiles.bundled()),
          CountryProfiles.bundled());

  @Test
  void withoutFocusAVillageNameWithoutCountryStaysInAfrica() {
    PlaceContext ctx = AFRICA.contextOf("Le lendemain, ils ont attaqué un hameau proche de Boni.");
    assertThat(ctx.countryCodes()).isEmpty();
    AFRICA
        .resolve(new PlaceMention("Boni", 0, 4), ctx)
        .ifPresent(l -> assertThat(CountryProfiles.bundled().get(l.countryCode())).isPresent());
    // A capital abroad is still found.
    assertThat(AFRICA.resolve(new PlaceMention("Paris", 0, 5), ctx))
        .hasValueSatisfying(l -> assertThat(l.countryCode()).isEqualTo("FR"));
  }

  @Test
  void aVillageNameWithoutCountryLandsInTheFocus() {
    GazetteerPlaceResolver resolver = SAHEL;
    String text = "Le lendemain, ils ont attaqué un hameau proche de Boni.";
    PlaceContext ctx = resolver.contextOf(text);
    assertThat(ctx.countryCodes()).isEmpty();
    resolver
        .resolve(new PlaceMention("Boni", 0, 4), ctx)
        .ifPresent(l -> assertThat(l.countryCode()).isIn("ML", "BF", "NE"));
    // Without the focus on the Sahel, the Indonesian Boni (a large namesake) would win.
    assertThat(
            resolver.resolve(
                new PlaceMention("Boni", 0, 4), new PlaceContext(java.util.List.of("ID"))))
        .hasValueSatisfying(l -> assertThat(l.countryCode()).isEqualTo("ID"));
  }

  @Test
  void aNamedCercleTellsWhichNamesakeIsMeant() {
    GazetteerPlaceResolver resolver = AFRICA;
    PlaceContext ctx =
        resolver.contextOf(
            "Le lendemain, ils ont attaqué un hameau proche de Boni, dans le cercle de Douentza.");
    assertThat(ctx.countryCodes()).containsExactly("ML");
    assertThat(ctx.admin1Names()).contains("Mopti");
    assertThat(resolver.resolve(new PlaceMention("Boni", 0, 4), ctx))
        .hasValueSatisfying(l -> assertThat(l.admin1()).isEqualTo("Mopti"));
  }
}
