package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of groups active in a few countries (country-cues.tsv rows with several
 * codes): a document that names no country is looked for in the countries of the groups it names.
 */
class GroupCountriesTest {
  private static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  /** document text, the countries its groups narrow it to. */
  static Stream<Arguments> contexts() {
    return Stream.of(
        Arguments.of(
            "Boko Haram fighters raided a village at night.", List.of("CM", "NE", "NG", "TD")),
        // the group's name opening with a small word in lower case, hyphenated
        Arguments.of("al-Shabaab militants ambushed a convoy.", List.of("ET", "KE", "SO")),
        // two groups: the countries where both are active
        Arguments.of("Boko Haram and ISGS fighters clashed over a market.", List.of("NE")),
        // groups with no country in common tell nothing
        Arguments.of("ADF and Boko Haram statements were read out.", List.of()),
        // a country named outright is where to look, not the groups' countries
        Arguments.of("Boko Haram fighters attacked a village in Cameroon.", List.of()),
        // ... and so is a group of one country (country-cues.tsv, one code)
        Arguments.of("LRA fighters abducted children; UPDF soldiers pursued them.", List.of()),
        // no group named
        Arguments.of("Gunmen raided a village at night.", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contexts")
  void groupsNarrowWhereADocumentIs(String text, List<String> countries) {
    assertThat(resolver.contextOf(text).groupCountries()).containsExactlyElementsOf(countries);
  }

  /** document text, place name, expected country (null: unresolved), admin1. */
  static Stream<Arguments> places() {
    return Stream.of(
        // namesakes in two countries of Africa: nothing tells them apart without the group
        Arguments.of("Gunmen attacked Bambili at dawn.", "Bambili", null, null),
        Arguments.of("Boko Haram gunmen attacked Bambili at dawn.", "Bambili", "CM", "Nord-Ouest"),
        Arguments.of("Gunmen attacked Lokori at dawn.", "Lokori", null, null),
        Arguments.of("Al Shabaab gunmen attacked Lokori at dawn.", "Lokori", "KE", "Turkana"),
        // the groups' countries are a preference, not a bound: a place found only elsewhere stands
        Arguments.of(
            "Boko Haram gunmen attacked Nyanzale at dawn.", "Nyanzale", "CD", "Nord-Kivu"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void aPlaceIsLookedForInTheGroupsCountries(
      String text, String name, String country, String admin1) {
    int at = text.indexOf(name);
    PlaceContext ctx = resolver.contextOf(text);
    Optional<Location> l = resolver.resolve(new PlaceMention(name, at, at + name.length()), ctx);
    if (country == null) {
      assertThat(l).isEmpty();
      return;
    }
    assertThat(l).isPresent();
    assertThat(l.get().countryCode()).isEqualTo(country);
    assertThat(l.get().admin1()).isEqualTo(admin1);
  }
}
