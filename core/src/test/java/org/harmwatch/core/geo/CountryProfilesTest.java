package org.harmwatch.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CountryProfilesTest {
  private final CountryProfiles profiles = CountryProfiles.bundled();

  @Test
  void everyAfricanCountryHasAProfile() {
    // The 54 member states of the African Union plus Western Sahara.
    String all =
        "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG"
            + " MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW";
    for (String iso : all.split(" ")) {
      assertThat(profiles.get(iso)).as(iso).isPresent();
    }
    assertThat(profiles.all()).hasSize(55);
  }

  @Test
  void looksUpByCodeNameAndDemonymIgnoringCaseAndAccents() {
    assertThat(profiles.get("ml").orElseThrow().stateForces()).isEqualTo("Military Forces of Mali");
    assertThat(profiles.get("KE").orElseThrow().police()).isEqualTo("Police Forces of Kenya");
    assertThat(profiles.byName("Cote d’Ivoire").orElseThrow().iso2()).isEqualTo("CI");
    assertThat(profiles.byName("RDC").orElseThrow().iso2()).isEqualTo("CD");
    assertThat(profiles.byDemonym("burkinabe").orElseThrow().iso2()).isEqualTo("BF");
    assertThat(profiles.byDemonym("Nigerien").orElseThrow().iso2()).isEqualTo("NE");
    assertThat(profiles.byDemonym("Nigerian").orElseThrow().iso2()).isEqualTo("NG");
    assertThat(profiles.get("XX")).isEmpty();
    assertThat(profiles.get(null)).isEmpty();
  }

  @Test
  void codingDefaultsAreData() {
    assertThat(profiles.withDefault(CountryProfile.STATE_ONLY_AIR_POWER))
        .containsExactly("BF", "ML", "NE");
    assertThat(profiles.get("NG").orElseThrow().hasDefault(CountryProfile.STATE_ONLY_AIR_POWER))
        .isFalse();
  }

  @Test
  void badRowsNameTheLineAndValue() {
    String header = "iso2\tname\tstate\tpolice\tother\tdemonyms\tlanguages\tvillage\tdefaults\n";
    assertThatThrownBy(() -> read(header + "XYZ\tX\tA\tB\t\t\ten\tno\t\n"))
        .hasMessageContaining("t.tsv:2")
        .hasMessageContaining("'XYZ'");
    assertThatThrownBy(() -> read(header + "XY\tX\tA\tB\t\t\ten\tmaybe\t\n"))
        .hasMessageContaining("'maybe'");
    assertThatThrownBy(() -> read(header + "XY\tX\tA\n")).hasMessageContaining("found 3");
    assertThatThrownBy(
            () -> read(header + "XY\tX\tA\tB\t\t\ten\tno\t\nXY\tY\tA\tB\t\t\ten\tno\t\n"))
        .hasMessageContaining("XY appears twice");
  }

  private static CountryProfiles read(String tsv) throws Exception {
    return CountryProfiles.read(
        "t.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
  }
}
