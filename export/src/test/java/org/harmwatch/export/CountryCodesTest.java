package org.harmwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.core.geo.CountryProfile;
import org.harmwatch.core.geo.CountryProfiles;
import org.junit.jupiter.api.Test;

class CountryCodesTest {
  private final CountryCodes codes = CountryCodes.bundled();

  @Test
  void everyCountryOfTheProfilesHasCodesAndARegion() {
    for (CountryProfile p : CountryProfiles.bundled().all()) {
      CountryCodes.Codes c = codes.get(p.iso2()).orElseThrow(() -> new AssertionError(p.iso2()));
      assertThat(c.name()).isEqualTo(p.name());
      assertThat(c.isoNumeric()).isBetween(1, 999);
      assertThat(c.acledRegion())
          .isIn(
              "Western Africa",
              "Middle Africa",
              "Eastern Africa",
              "Southern Africa",
              "Northern Africa");
    }
    assertThat(codes.size()).isEqualTo(CountryProfiles.bundled().all().size());
  }

  @Test
  void knownCodes() {
    assertThat(codes.get("ml").orElseThrow())
        .isEqualTo(new CountryCodes.Codes("ML", "Mali", 466, "Western Africa", 432));
    assertThat(codes.get("BF").orElseThrow().isoNumeric()).isEqualTo(854);
    assertThat(codes.get("NG").orElseThrow().gwCode()).isEqualTo(475);
    assertThat(codes.get("DZ").orElseThrow().isoNumeric()).isEqualTo(12);
    assertThat(codes.get("EG").orElseThrow().ucdpRegion()).isEqualTo("Middle East");
    assertThat(codes.get("ML").orElseThrow().ucdpRegion()).isEqualTo("Africa");
    assertThat(codes.get("EH").orElseThrow().gwCode()).isNull();
    assertThat(codes.get("FR")).isEmpty();
  }

  @Test
  void numericCodesAreUnique() {
    assertThat(
            CountryProfiles.bundled().all().stream()
                .map(p -> codes.get(p.iso2()).orElseThrow().isoNumeric())
                .distinct()
                .count())
        .isEqualTo(codes.size());
  }
}
