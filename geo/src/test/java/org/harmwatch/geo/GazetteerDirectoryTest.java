package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.store.BoundingBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerDirectoryTest {
  private static GazetteerDirectory directory;

  @BeforeAll
  static void load() throws IOException {
    String tsv =
        "#test-dir\tid\n"
            + "1\tMopti\tMopti\tMoptí\t14.49\t-4.19\tplace\tP.PPLA\tML\tMopti\tMopti\t120000\t\n"
            + "2\tMopti\tMopti\t\t14.5\t-4.0\tadmin1\tA.ADM1\tML\tMopti\t\t2000000\t\n"
            + "3\tMoptiville\tMoptiville\t\t12.0\t-1.0\tplace\tP.PPL\tBF\tCentre\t\t500\t\n"
            + "4\tSévaré\tSevare\tSevare\t14.53\t-4.1\tplace\tP.PPL\tML\tMopti\tMopti\t40000\t\n"
            + "5\tMopti Pond\tMopti Pond\t\t14.6\t-4.3\tplace\tH.PND\tML\tMopti\t\t0\t\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(tsv.getBytes(StandardCharsets.UTF_8));
    }
    directory =
        new GazetteerDirectory(
            Gazetteer.load(List.of(new ByteArrayInputStream(bytes.toByteArray()))));
  }

  @Test
  void findsExactNamesFirstThenPrefixesByPopulationAndOnlyPlacesCarryPoints() {
    List<Location> found = directory.search("mopti", null, 10);
    assertThat(found)
        .extracting(Location::name, Location::countryCode, Location::precision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mopti", "ML", LocationPrecision.ADMIN1),
            org.assertj.core.groups.Tuple.tuple("Mopti", "ML", LocationPrecision.PLACE),
            org.assertj.core.groups.Tuple.tuple("Moptiville", "BF", LocationPrecision.PLACE),
            org.assertj.core.groups.Tuple.tuple("Mopti Pond", "ML", LocationPrecision.PLACE));
    assertThat(found.get(0).lat()).isNull();
    assertThat(found.get(1).lat()).isEqualTo(14.49);
    assertThat(found.get(1).geonamesId()).isEqualTo(1L);
  }

  @Test
  void theLargestPlacesOfABoxComeFirstAndOnlyPopulatedPlacesWithPoints() {
    BoundingBox around = new BoundingBox(-5, 13, -3, 15);
    assertThat(directory.largestIn(around, 10))
        .extracting(Location::name)
        .as("the region and the pond are no towns")
        .containsExactly("Mopti", "Sévaré");
    assertThat(directory.largestIn(around, 1)).extracting(Location::name).containsExactly("Mopti");
    assertThat(directory.largestIn(new BoundingBox(-2, 11, 0, 13), 10))
        .extracting(Location::name)
        .containsExactly("Moptiville");
    assertThat(directory.largestIn(new BoundingBox(10, 0, 11, 1), 10)).isEmpty();
    assertThat(directory.largestIn(around, 0)).isEmpty();
  }

  @Test
  void searchIgnoresAccentsKeepsToTheCountryAndLimits() {
    assertThat(directory.search("SEVA", "ml", 5))
        .extracting(Location::name)
        .containsExactly("Sévaré");
    assertThat(directory.search("mopti", "BF", 5))
        .extracting(Location::name)
        .containsExactly("Moptiville");
    assertThat(directory.search("mopti", null, 1)).hasSize(1);
    assertThat(directory.search("  ", null, 5)).isEmpty();
  }

  @Test
  void nearGivesPopulatedPlacesNearestFirst() {
    assertThat(directory.near(14.52, -4.11, 2))
        .extracting(Location::name)
        .containsExactly("Sévaré", "Mopti");
    assertThat(directory.near(12.1, -1.1, 1))
        .extracting(Location::name)
        .containsExactly("Moptiville");
  }
}
