package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.harmwatch.geo.Gazetteer.Entry;
import org.harmwatch.geo.Gazetteer.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests of loading, normalisation and lookup. */
class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ségou|segou",
        "SEGOU|segou",
        "Tillabéri|tillaberi",
        "Sobane-Da|sobaneda",
        "Sobane Da|sobaneda",
        "N'Tillit|ntillit",
        "N’Tillit|ntillit",
        "Burkinabè|burkinabe",
        "Œuvre|oeuvre",
        "Straße|strasse",
        "Nigérien|nigerien",
        "Nigérian|nigerian"
      })
  void normalizes(String in, String expected) {
    assertThat(Gazetteer.normalize(in)).isEqualTo(expected);
  }

  @Test
  void normalizesNullToEmpty() {
    assertThat(Gazetteer.normalize(null)).isEmpty();
  }

  @Test
  void holdsAfricaAndTheWorld() {
    assertThat(gazetteer.size()).isGreaterThan(350_000);
    assertThat(gazetteer.version()).matches("geonames-africa-\\d{4}-\\d{2}-\\d{2}");
    for (String cc : List.of("ML", "BF", "NE", "FR", "NG", "US", "CM", "SO", "UG")) {
      assertThat(gazetteer.country(cc)).as(cc).isPresent();
    }
    assertThat(gazetteer.country("ML").orElseThrow().name()).isEqualTo("Mali");
  }

  @Test
  void knowsFrenchAndEnglishCountryNamesAndDemonyms() {
    var names = gazetteer.countryNamesAndDemonyms();
    assertThat(names)
        .containsEntry("malian", "ML")
        .containsEntry("malienne", "ML")
        .containsEntry("burkinabe", "BF")
        .containsEntry("nigerien", "NE")
        .containsEntry("nigerian", "NG")
        .containsEntry("cotedivoire", "CI")
        .containsEntry("tchad", "TD")
        .containsEntry("burkinafaso", "BF");
  }

  @Test
  void findsDivisionsByOfficialAndAlternateNames() {
    assertThat(gazetteer.lookup("Timbuktu"))
        .anyMatch(e -> e.kind() == Kind.ADMIN1 && e.admin1().equals("Tombouctou"));
    assertThat(gazetteer.lookup("Tillaberi"))
        .anyMatch(e -> e.kind() == Kind.ADMIN1 && e.admin1().equals("Tillabéri"));
    assertThat(gazetteer.lookup("Soum"))
        .anyMatch(e -> e.kind() == Kind.ADMIN2 && e.name().equals("Province du Soum"));
    assertThat(gazetteer.lookup("Ménaka"))
        .anyMatch(e -> e.kind() == Kind.ADMIN1 && e.geonamesId() == 12070577L);
  }

  @Test
  void keepsOsmOnlyVillagesWithoutGeonamesId() {
    List<Entry> moura =
        gazetteer.lookup("Moura").stream().filter(e -> e.countryCode().equals("ML")).toList();
    assertThat(moura).hasSize(1);
    assertThat(moura.get(0).geonamesId()).isNull();
    assertThat(moura.get(0).sourceId()).startsWith("osm:node/");
  }

  @Test
  void doesNotDuplicateGeonamesVillagesWithOsmRows() {
    // Diallassagou is both in GeoNames and in OSM; only the GeoNames row is kept.
    assertThat(gazetteer.lookup("Diallassagou"))
        .filteredOn(e -> e.countryCode().equals("ML"))
        .extracting(Entry::geonamesId)
        .containsExactly(2459040L);
  }

  @Test
  void findsVowelVariantsOfSahelVillages() {
    assertThat(gazetteer.lookupVariants("Ogossagou"))
        .extracting(Entry::name)
        .isNotEmpty()
        .allMatch(n -> n.equals("Ogossogou"));
    assertThat(gazetteer.lookupVariants("Ogossogou")).isEmpty();
    assertThat(gazetteer.lookupVariants("Kara")).isEmpty();
  }

  @Test
  void readsItsOwnFormat() throws IOException {
    String tsv =
        "#test-1\tid\n"
            + "42\tAlpha\tAlpha\tAlfa|Alphaville\t10.5\t-2.25\tplace\tP.PPL\tML\tMopti\t\t120\t\n"
            + "osm:node/7\tBeta\tBeta\t\t11\t-3\tplace\tOSM.village\tML\t\t\t0\t\n";
    Gazetteer g = Gazetteer.load(List.of(gzip(tsv)));
    assertThat(g.version()).isEqualTo("test-1");
    assertThat(g.size()).isEqualTo(2);
    Entry alpha = g.lookup("alfa").get(0);
    assertThat(alpha)
        .isEqualTo(
            new Entry(
                "42", 42L, "Alpha", 10.5, -2.25, Kind.PLACE, "P.PPL", "ML", "Mopti", "", 120));
    assertThat(g.lookup("Beta").get(0).geonamesId()).isNull();
  }

  @Test
  void givesADivisionlessPlaceThatOfTheNearestPlaceOfItsCountry() throws IOException {
    // Gamma lies 11 km from Alpha (Mopti) and 3 km from a town of Burkina Faso; Delta 150 km from
    // any place with a division.
    String tsv =
        "#test-2\tid\n"
            + "1\tAlpha\tAlpha\t\t14.0\t-3.0\tplace\tP.PPL\tML\tMopti\t\t0\t\n"
            + "2\tEpsilon\tEpsilon\t\t14.0\t-2.87\tplace\tP.PPL\tBF\tSahel\t\t0\t\n"
            + "osm:node/3\tGamma\tGamma\t\t14.0\t-2.9\tplace\tOSM.village\tML\t\t\t0\t\n"
            + "osm:node/4\tDelta\tDelta\t\t15.5\t-4.5\tplace\tOSM.village\tML\t\t\t0\t\n";
    Gazetteer g = Gazetteer.load(List.of(gzip(tsv)));
    assertThat(g.lookup("Gamma").get(0).admin1()).isEqualTo("Mopti");
    assertThat(g.lookup("Delta").get(0).admin1()).isEmpty();
  }

  @Test
  void refusesTruncatedRows() {
    assertThatThrownBy(() -> Gazetteer.load(List.of(gzip("#v\n1\tA\tA\n"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2");
  }

  private static InputStream gzip(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
