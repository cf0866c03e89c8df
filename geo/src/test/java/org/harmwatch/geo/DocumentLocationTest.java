package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.harmwatch.core.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of the widest place a whole document tells (its country, or the one division
 * it names there), which an incident whose own place cannot be resolved still carries.
 */
class DocumentLocationTest {
  private static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  /** document text, expected country (null: none), admin1, precision. */
  static Stream<Arguments> documents() {
    return Stream.of(
        // a demonym alone may be people abroad; a country named outright is where it happened
        Arguments.of("Ethiopian nationals were beaten by a mob after a quarrel.", null, null, null),
        Arguments.of(
            "Somali herders clashed with farmers in a village of Kenya.", "KE", null, "country"),
        // where attackers came from is not where the incident is
        Arguments.of("Cattle raiders from Sudan attacked a village.", null, null, null),
        // named by the country's own parties or groups (country-cues.tsv)
        Arguments.of(
            "Raia Mutomboki fighters looted a market and wounded two traders.",
            "CD",
            null,
            "country"),
        Arguments.of("Imbonerakure members beat a man at a bar.", "BI", null, "country"),
        Arguments.of(
            "Clashes between the FARDC and a Mai-Mai group left three dead.",
            "CD",
            null,
            "country"),
        // a division of one country, in brackets, with a village the gazetteer does not know
        Arguments.of(
            "Suspected Ambazonian separatists kidnapped a teacher in Zzyqa village (Nord-Ouest).",
            "CM",
            "Nord-Ouest",
            "admin1"),
        // one division the note names, with the country
        Arguments.of(
            "Police in Kenya dispersed youths after clashes in Lamu.", "KE", "Lamu", "admin1"),
        // cues of two countries tell none
        Arguments.of("Imbonerakure and FARDC officers met at the border.", null, null, null),
        // part of a hyphenated name is no division ("Sava" is one of Madagascar's)
        Arguments.of("A man was killed in Tcherive, Mayo-Sava.", null, null, null),
        // nothing tells the country
        Arguments.of("Two men were attacked in their home by a mob.", null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theDocumentTellsItsWidestPlace(
      String text, String country, String admin1, String precision) {
    Optional<Location> l = resolver.documentLocation(resolver.contextOf(text));
    if (country == null) {
      assertThat(l).isEmpty();
      return;
    }
    assertThat(l).isPresent();
    assertThat(l.get().countryCode()).isEqualTo(country);
    assertThat(l.get().admin1()).isEqualTo(admin1);
    assertThat(l.get().precision().name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(precision);
    assertThat(l.get().hasCoordinates()).isFalse();
  }

  /**
   * phrase, document country, expected country, admin1 (as conflict datasets spell it), precision.
   */
  static Stream<Arguments> divisionNames() {
    return Stream.of(
        // South Sudan by its ten states, not the 32 states of 2017-2020
        Arguments.of("Malakal", "SS", "SS", "Upper Nile", "place"),
        Arguments.of("Gogrial", "SS", "SS", "Warrap", "place"),
        Arguments.of("Kapoeta", "SS", "SS", "Eastern Equatoria", "place"),
        // English names of Somalia's regions
        Arguments.of("Mogadishu", "SO", "SO", "Banadir", "place"),
        Arguments.of("Afgooye", "SO", "SO", "Lower Shabelle", "place"),
        // the states' own spellings
        Arguments.of("Lafia", "NG", "NG", "Nasarawa", "place"),
        Arguments.of("Gambela", "ET", "ET", "Gambela Peoples", "place"));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("divisionNames")
  void divisionsAreNamedAsCodersNameThem(
      String phrase, String ctx, String country, String admin1, String precision) {
    Optional<Location> l =
        resolver.resolve(
            new org.harmwatch.core.geo.PlaceMention(phrase, 0, phrase.length()),
            new org.harmwatch.core.geo.PlaceContext(java.util.List.of(ctx)));
    assertThat(l).as(phrase).isPresent();
    assertThat(l.get().countryCode()).isEqualTo(country);
    assertThat(l.get().admin1()).isEqualTo(admin1);
    assertThat(l.get().precision().name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(precision);
  }
}
