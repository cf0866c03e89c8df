package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven tests of phrase resolution against the bundled gazetteer. */
class GazetteerPlaceResolverTest {
  private static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  private static Optional<Location> resolve(String text, String... context) {
    return resolver.resolve(
        new PlaceMention(text, 0, text.length()), new PlaceContext(List.of(context)));
  }

  /** phrase, context, expected name, country, admin1, precision, geonames id (null: none). */
  static Stream<Arguments> resolved() {
    return Stream.of(
        Arguments.of("Bankass", "ML", "Bankass", "ML", "Mopti", "place", 2460401L),
        Arguments.of("Segou region", "ML", "Segou region", "ML", "Ségou", "admin1", 2451477L),
        Arguments.of("région de Ségou", "ML", "région de Ségou", "ML", "Ségou", "admin1", 2451477L),
        Arguments.of("the Mopti region", "ML", "Mopti region", "ML", "Mopti", "admin1", 2453347L),
        Arguments.of("Mopti region", "", "Mopti region", "ML", "Mopti", "admin1", 2453347L),
        Arguments.of(
            "central Mali's Segou region", "ML", "Segou region", "ML", "Ségou", "admin1", 2451477L),
        Arguments.of(
            "cercle de Bankass", "ML", "cercle de Bankass", "ML", "Mopti", "admin2", 7701493L),
        Arguments.of("Bankass cercle", "ML", "Bankass cercle", "ML", "Mopti", "admin2", 7701493L),
        // a DR Congo territoire the gazetteer holds only by its seat stands for that town
        Arguments.of("territoire de Walungu", "CD", "Walungu", "CD", "Sud-Kivu", "place", null),
        Arguments.of(
            "province du Soum", "BF", "province du Soum", "BF", "Sahel", "admin2", 2355248L),
        Arguments.of("central Mali", "ML", "central Mali", "ML", null, "region", null),
        Arguments.of("northern Mali", "", "northern Mali", "ML", null, "region", null),
        Arguments.of(
            "nord du Burkina Faso", "BF", "nord du Burkina Faso", "BF", null, "region", null),
        Arguments.of("centre du Mali", "ML", "centre du Mali", "ML", null, "region", null),
        Arguments.of("the north of Niger", "NE", "north of Niger", "NE", null, "region", null),
        Arguments.of(
            "a village near a military base in central Mali",
            "ML",
            "central Mali",
            "ML",
            null,
            "region",
            null),
        Arguments.of("30 km from Douentza", "ML", "Douentza", "ML", "Mopti", "place", 2458334L),
        Arguments.of("near Douentza", "ML", "Douentza", "ML", "Mopti", "place", 2458334L),
        Arguments.of("à 30 km de Douentza", "ML", "Douentza", "ML", "Mopti", "place", 2458334L),
        Arguments.of("Mali", "ML", "Mali", "ML", null, "country", 2453866L),
        Arguments.of("au Mali", "", "Mali", "ML", null, "country", 2453866L),
        Arguments.of("à Djibo", "BF", "Djibo", "BF", "Sahel", "place", 2361177L),
        Arguments.of("Sokoto state", "NG", "Sokoto state", "NG", "Sokoto", "admin1", 2322907L),
        Arguments.of(
            "département de l'Alibori",
            "BJ",
            "département de l'Alibori",
            "BJ",
            "Alibori",
            "admin1",
            2597271L),
        Arguments.of(
            "l'État de Sokoto", "NG", "l'État de Sokoto", "NG", "Sokoto", "admin1", 2322907L),
        Arguments.of("Djibo", "", "Djibo", "BF", "Sahel", "place", 2361177L),
        Arguments.of(
            "dans la région de Tillabéri",
            "NE",
            "région de Tillabéri",
            "NE",
            "Tillabéri",
            "admin1",
            2595293L),
        Arguments.of(
            "Tillaberi region", "NE", "Tillaberi region", "NE", "Tillabéri", "admin1", 2595293L),
        Arguments.of("Ogossogou", "ML", "Ogossogou", "ML", "Mopti", "place", 2452421L),
        Arguments.of("Ogossagou", "ML", "Ogossogou", "ML", "Mopti", "place", 2452421L),
        Arguments.of("Solhan", "BF", "Solna", "BF", "Sahel", "place", 2356040L),
        Arguments.of("Barsalogho", "BF", "Barsalogo", "BF", "Centre-Nord", "place", 2362735L),
        Arguments.of("Diallassagou", "ML", "Diallassagou", "ML", "Mopti", "place", 2459040L),
        Arguments.of("Moura", "ML", "Moura", "ML", "Mopti", "place", null),
        Arguments.of("Kidal", "ML", "Kidal", "ML", "Kidal", "place", 2455290L),
        Arguments.of("Timbuktu", "ML", "Timbuktu", "ML", "Tombouctou", "place", 2449067L),
        Arguments.of("Tombouctou", "", "Timbuktu", "ML", "Tombouctou", "place", 2449067L),
        Arguments.of("Niamey", "NE", "Niamey", "NE", "Niamey", "place", 2440485L),
        Arguments.of("Paris", "", "Paris", "FR", "Île-de-France", "place", 2988507L),
        Arguments.of("Karma", "NE", "Karma", "NE", "Tillabéri", "place", 2442593L),
        Arguments.of("Karma, Tillabéri region", "", "Karma", "NE", "Tillabéri", "place", 2442593L),
        Arguments.of("Karma in Niger", "", "Karma", "NE", "Tillabéri", "place", 2442593L),
        Arguments.of("Seytenga", "BF", "Sitenga", "BF", "Sahel", "place", 2355472L),
        Arguments.of("Ouatagouna", "ML", "Ouatagouna", "ML", "Gao", "place", 2452326L),
        Arguments.of("Fambita", "NE", "Fambita", "NE", "Tillabéri", "place", 2445141L),
        Arguments.of("Burkina Faso", "", "Burkina Faso", "BF", null, "country", 2361809L),
        Arguments.of("Say", "NE", null, null, null, null, null),
        Arguments.of("the town of Say", "NE", "Say", "NE", "Tillabéri", "place", 2439812L),
        Arguments.of("Bamako", "", "Bamako", "ML", "Bamako", "place", 2460596L),
        Arguments.of("Karma", "BF", null, null, null, null, null),
        Arguments.of("Karma", "", null, null, null, null, null),
        Arguments.of("Karma", "ML", null, null, null, null, null),
        Arguments.of("Karma, province du Yatenga", "BF", "Karma", "BF", "Nord", "place", 2359660L),
        Arguments.of("Karma", "NE,BF", "Karma", "NE", "Tillabéri", "place", 2442593L),
        Arguments.of("Ménaka", "ML", "Ménaka", "ML", "Ménaka", "place", 2453514L),
        Arguments.of("Menaka", "ML", "Ménaka", "ML", "Ménaka", "place", 2453514L),
        Arguments.of("Sobane Da", "ML", "Sobane-Da", "ML", "Mopti", "place", null),
        Arguments.of("Gao region", "ML", "Gao region", "ML", "Gao", "admin1", 2457161L),
        Arguments.of(
            "Timbuktu region", "ML", "Timbuktu region", "ML", "Tombouctou", "admin1", 2449066L),
        Arguments.of(
            "a village in the Mopti region",
            "ML",
            "Mopti region",
            "ML",
            "Mopti",
            "admin1",
            2453347L),
        Arguments.of(
            "the village of Ogossagou", "ML", "Ogossogou", "ML", "Mopti", "place", 2452421L),
        Arguments.of("Douentza", "BF", null, null, null, null, null),
        Arguments.of("Gourma", "ML", null, null, null, null, null),
        Arguments.of("the Gourma region", "ML", null, null, null, null, null),
        Arguments.of(
            "province du Loroum", "ML", "province du Loroum", "BF", "Nord", "admin2", 2597264L),
        Arguments.of(
            "une quinzaine de kilomètres de Djibo", "BF", "Djibo", "BF", "Sahel", "place", null),
        Arguments.of("Ouagadougou", "ML", "Ouagadougou", "BF", "Centre", "place", 2357048L),
        Arguments.of("the army", "ML", null, null, null, null, null),
        Arguments.of("a village", "ML", null, null, null, null, null),
        Arguments.of("Thursday", "ML", null, null, null, null, null),
        Arguments.of("Human Rights Watch", "ML", null, null, null, null, null),
        Arguments.of("Xyzzyville", "ML", null, null, null, null, null),
        Arguments.of(
            "northeastern Nigeria", "NG", "northeastern Nigeria", "NG", null, "region", null),
        Arguments.of("the Sahel", "ML", null, null, null, null, null),
        Arguments.of("Fada", "BF", null, null, null, null, null),
        // several Nampala, all in Mali: the country is sure, the village is not guessed
        Arguments.of("Nampala", "ML", "Mali", "ML", null, "country", 2453866L),
        Arguments.of("Nampala, Ségou region", "ML", "Nampala", "ML", "Ségou", "place", 2453133L),
        Arguments.of(
            "Mali's central region", "ML", "Mali's central region", "ML", null, "region", null),
        Arguments.of(
            "central and northern Mali",
            "ML",
            "central and northern Mali",
            "ML",
            null,
            "region",
            null),
        Arguments.of("l'est du Burkina", "BF", "est du Burkina", "BF", null, "region", null),
        Arguments.of("Sahel region", "BF", "Sahel region", "BF", "Sahel", "admin1", 6930713L),
        Arguments.of("Ségou", "ML", "Ségou", "ML", "Ségou", "place", 2451478L),
        Arguments.of("Paris", "ML", "Paris", "FR", "Île-de-France", "place", 2988507L),
        Arguments.of(
            "northern Ségou region",
            "ML",
            "northern Ségou region",
            "ML",
            "Ségou",
            "admin1",
            2451477L),
        Arguments.of(
            "le nord de la région de Mopti",
            "ML",
            "nord de la région de Mopti",
            "ML",
            "Mopti",
            "admin1",
            2453347L),
        Arguments.of("Mopti, Mali", "", "Mopti", "ML", "Mopti", "place", 2453348L),
        Arguments.of("Djibo, Burkina Faso", "ML", "Djibo", "BF", "Sahel", "place", 2361177L),
        Arguments.of("in Bankass.", "ML", "Bankass", "ML", "Mopti", "place", 2460401L),
        Arguments.of("some 15 km north of Djibo", "BF", "Djibo", "BF", "Sahel", "place", 2361177L),
        Arguments.of("près de Djibo", "BF", "Djibo", "BF", "Sahel", "place", 2361177L),
        Arguments.of("Salt Lake City", "US", "Salt Lake City", "US", "Utah", "place", null),
        Arguments.of("near a military base", "ML", null, null, null, null, null),
        Arguments.of("Maiduguri", "NG", "Maiduguri", "NG", "Borno", "place", 2331447L));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("resolved")
  void resolvesPhrases(
      String phrase,
      String ctx,
      String name,
      String cc,
      String admin1,
      String precision,
      Long gid) {
    String[] context = ctx.isEmpty() ? new String[0] : ctx.split(",");
    Optional<Location> got = resolve(phrase, context);
    if (name == null) {
      assertThat(got).as(phrase).isEmpty();
      return;
    }
    assertThat(got).as(phrase).isPresent();
    Location loc = got.get();
    assertThat(loc.name()).as("name").isEqualTo(name);
    assertThat(loc.countryCode()).as("country").isEqualTo(cc);
    assertThat(loc.admin1()).as("admin1").isEqualTo(admin1);
    assertThat(loc.precision()).as("precision").isEqualTo(LocationPrecision.fromCode(precision));
    if (gid != null || !precision.equals("place")) {
      assertThat(loc.geonamesId()).as("geonames id").isEqualTo(gid);
    }
    assertThat(loc.text()).as("text").isEqualTo(phrase);
    assertThat(loc.hasCoordinates()).as("coordinates").isEqualTo(precision.equals("place"));
  }

  /** name, known. */
  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Douentza", true),
        Arguments.of("douentza", true),
        Arguments.of("Ségou", true),
        Arguments.of("SEGOU", true),
        Arguments.of("Segou", true),
        Arguments.of("Tombouctou", true),
        Arguments.of("Timbuktu", true),
        Arguments.of("Tillaberi", true),
        Arguments.of("Burkina Faso", true),
        Arguments.of("Ogossagou", true),
        Arguments.of("Sobane-Da", true),
        Arguments.of("The", false),
        Arguments.of("Will", false),
        Arguments.of("Say", false),
        Arguments.of("Is", false),
        Arguments.of("Central", false),
        Arguments.of("Army", false),
        Arguments.of("Kill", false),
        Arguments.of("Thursday", false),
        Arguments.of("Human", false),
        Arguments.of("Rights", false),
        Arguments.of("Watch", false),
        Arguments.of("Da", false),
        Arguments.of("", false),
        Arguments.of("Xyzzyville", false));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("names")
  void knowsNames(String name, boolean known) {
    assertThat(resolver.isKnownName(name)).isEqualTo(known);
  }

  @Test
  void commonWordIsKnownOnlyCapitalisedAndInAFocusCountry() {
    // "Sahel" is a region of Burkina Faso; "sahel" in running text is the word.
    GazetteerPlaceResolver sahel =
        new GazetteerPlaceResolver(
            resolver.gazetteer(),
            FocusCountries.parse("ML,BF,NE", CountryProfiles.bundled()),
            CountryProfiles.bundled());
    assertThat(sahel.isKnownName("Sahel")).isTrue();
    assertThat(sahel.isKnownName("sahel")).isFalse();
    // Without a focus, a common word is a place name only where the document says it is.
    assertThat(resolver.isKnownName("Sahel")).isFalse();
  }

  /** text, expected context. */
  static Stream<Arguments> contexts() {
    return Stream.of(
        Arguments.of("Malian soldiers and Wagner killed villagers in central Mali.", List.of("ML")),
        Arguments.of(
            "Des soldats maliens et burkinabè ... au Burkina Faso, selon l'armée burkinabè.",
            List.of("BF", "ML")),
        Arguments.of(
            "Nigerien troops crossed from Niger into Mali near the border.", List.of("NE", "ML")),
        Arguments.of("Boats on the Niger River near Mopti, Mali.", List.of("ML")),
        Arguments.of("Nigerian and Nigerien officials met.", List.of("NG", "NE")),
        Arguments.of("Refugees reached Côte d'Ivoire and Guinea-Bissau.", List.of("CI", "GW")),
        Arguments.of("Gunmen attacked Seytenga, near the border with Niger.", List.of()),
        Arguments.of("Les ravisseurs ont fui vers la frontière malienne.", List.of()),
        Arguments.of("Un bus a été attaqué sur la route de Niamey.", List.of("NE")),
        Arguments.of("Nothing about countries here.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void findsCountriesOfADocument(String text, List<String> expected) {
    assertThat(resolver.contextOf(text).countryCodes()).isEqualTo(expected);
  }

  @Test
  void seedArticleIsAboutMaliFirst() throws IOException {
    Path article = Path.of("../../shared/eval/seed-article.txt");
    if (!Files.exists(article)) {
      article = Path.of("/work/shared/eval/seed-article.txt");
    }
    assumeTrue(Files.exists(article));
    String text = Files.readString(article);
    assertThat(resolver.contextOf(text).countryCodes()).first().isEqualTo("ML");
  }

  @Test
  void versionIsRecorded() {
    assertThat(resolver.version()).startsWith("geonames-africa-");
  }
}
