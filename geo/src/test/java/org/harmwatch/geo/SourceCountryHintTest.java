package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A source's country hint as focus ({@link GazetteerPlaceResolver#withFocus}): over a gazetteer
 * written here, a village name borne in two countries resolves to the hinted country's village only
 * when the document names no country, and a hint never gives a document a country.
 */
class SourceCountryHintTest {
  // Two villages of one (invented) name, far apart, of like size: nothing tells them apart.
  static final String ROWS =
      "#test-hint\tid\n"
          + "1\tMali\tMali\t\t17\t-4\tcountry\tA.PCLI\tML\t\t\t0\tMalian\n"
          + "2\tBurkina Faso\tBurkina Faso\t\t12\t-1.5\tcountry\tA.PCLI\tBF\t\t\t0\tBurkinabe\n"
          + "10\tTamborsa\tTamborsa\t\t14.5\t-4.2\tplace\tP.PPL\tML\tMopti\t\t900\t\n"
          + "11\tTamborsa\tTamborsa\t\t14.1\t-0.3\tplace\tP.PPL\tBF\tSahel\t\t1000\t\n";

  private static GazetteerPlaceResolver plain;
  private static GazetteerPlaceResolver hintedBf;

  static Gazetteer gazetteer() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(ROWS.getBytes(StandardCharsets.UTF_8));
    }
    InputStream in = new ByteArrayInputStream(bytes.toByteArray());
    return Gazetteer.load(List.of(in));
  }

  @BeforeAll
  static void load() throws IOException {
    plain = new GazetteerPlaceResolver(gazetteer(), FocusCountries.NONE, CountryProfiles.bundled());
    hintedBf = plain.withFocus(FocusCountries.NONE.first("BF"));
  }

  private static Optional<Location> resolve(GazetteerPlaceResolver r, String text, String name) {
    PlaceContext ctx = r.contextOf(text);
    return r.resolve(new PlaceMention(name, 0, name.length()), ctx);
  }

  @Test
  void theHintDecidesBetweenNamesakesWhenTheDocumentNamesNoCountry() {
    String text = "Gunmen burned the market of Tamborsa on Tuesday, residents said.";
    assertThat(resolve(plain, text, "Tamborsa")).isEmpty();
    Location hinted = resolve(hintedBf, text, "Tamborsa").orElseThrow();
    assertThat(hinted.countryCode()).isEqualTo("BF");
    assertThat(hinted.admin1()).isEqualTo("Sahel");
    assertThat(resolve(plain.withFocus(FocusCountries.NONE.first("ML")), text, "Tamborsa"))
        .map(Location::countryCode)
        .contains("ML");
  }

  @Test
  void theCountryTheDocumentNamesBeatsTheHint() {
    String text = "Gunmen burned the market of Tamborsa in Mali on Tuesday, residents said.";
    assertThat(resolve(hintedBf, text, "Tamborsa")).map(Location::countryCode).contains("ML");
  }

  @Test
  void aHintGivesNoCountryToADocumentThatNamesNoPlace() {
    String text = "Gunmen burned a market on Tuesday, residents said.";
    PlaceContext ctx = hintedBf.contextOf(text);
    assertThat(ctx.countryCodes()).isEmpty();
    assertThat(hintedBf.documentLocation(ctx)).isEmpty();
  }

  @Test
  void aHintedResolverSharesTheGazetteer() {
    assertThat(hintedBf.gazetteer()).isSameAs(plain.gazetteer());
    assertThat(hintedBf.focus().codes()).containsExactly("BF");
    assertThat(plain.withFocus(FocusCountries.NONE)).isSameAs(plain);
  }

  @Test
  void theHintComesBeforeTheDeploymentsFocus() {
    FocusCountries sahel = FocusCountries.parse("ML,BF,NE", CountryProfiles.bundled());
    assertThat(sahel.first("NE").codes()).containsExactly("NE", "ML", "BF");
    assertThat(sahel.first("NG").codes()).containsExactly("NG", "ML", "BF", "NE");
  }
}
