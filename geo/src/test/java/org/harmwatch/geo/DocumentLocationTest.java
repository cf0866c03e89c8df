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
        // one division the note names, with the country; its seat bears its name, and a coder
        // places the incident at that town
        Arguments.of(
            "Police in Kenya dispersed youths after clashes in Lamu.", "KE", "Lamu", "place"),
        // ... a division whose seat has another name stays the division
        Arguments.of(
            "Police in Cameroon dispersed youths in Zzyqa (Nord-Ouest).",
            "CM",
            "Nord-Ouest",
            "admin1"),
        // cues of two countries tell none
        Arguments.of("Imbonerakure and FARDC officers met at the border.", null, null, null),
        // part of a hyphenated name is no division ("Sava" is one of Madagascar's); the whole
        // name is a district of one country and tells it
        Arguments.of("A man was killed in Tcherive, Mayo-Sava.", "CM", "Extrême-Nord", "admin1"),
        // a demonym with a force word names that state's own forces (force-words.tsv)
        Arguments.of("Ugandan troops fought rebels near a swamp.", "UG", null, "country"),
        Arguments.of("The Chadian air force struck a rebel column.", "TD", null, "country"),
        Arguments.of("Kenyan police officers shot a suspect dead.", "KE", null, "country"),
        // the troops of two countries: the first named
        Arguments.of(
            "Ugandan and Kenyan troops exchanged fire at a border post.", "UG", null, "country"),
        Arguments.of("Oromo and Amhara youths clashed at a market.", "ET", "Amhara", "admin1"),
        Arguments.of(
            "Les forces armées maliennes ont repoussé une attaque.", "ML", null, "country"),
        // ... but not a force word before an English demonym, nor a demonym alone
        Arguments.of("Police arrested Ethiopian migrants on a bus.", null, null, null),
        // a country named outright wins over forces named by demonym
        Arguments.of(
            "Ethiopian troops fought militants in a village of Somalia.", "SO", null, "country"),
        // a state force's acronym, a group of one country (country-cues.tsv)
        Arguments.of("UPDF soldiers repulsed a raid on a cattle kraal.", "UG", null, "country"),
        Arguments.of("FAA units attacked a rebel base.", "AO", null, "country"),
        Arguments.of("FLEC-FAC fighters ambushed a patrol.", "AO", null, "country"),
        // parties and rebel movements of one country each
        Arguments.of("KANU youths beat a rival candidate's agent.", "KE", null, "country"),
        Arguments.of("MDJT rebels say they downed an army helicopter.", "TD", null, "country"),
        Arguments.of("SNG troops searched a market for weapons.", "SO", null, "country"),
        Arguments.of(
            "Le procureur du Faso a ouvert une enquête sur l'attaque.", "BF", null, "country"),
        // a division name that several countries share tells none of them; the cue decides, and
        // the division is then the cue's country's
        Arguments.of(
            "Ambazonian fighters burnt houses in Zzyqa village (Sud-Ouest).",
            "CM",
            "Sud-Ouest",
            "admin1"),
        // the last word of a longer name is not a division of another country
        Arguments.of("A man was killed in Tcherive, Mayo Sava.", "CM", "Extrême-Nord", "admin1"),
        // a one-word district name tells nothing (many are everyday words)
        Arguments.of("A man was killed near the Noun river.", null, null, null),
        // ... nor, after a particle, a capital of another country ("Praia"); the whole name is a
        // district of Mozambique
        Arguments.of(
            "Insurgents raided a village near Mocimboa da Praia.", "MZ", "Cabo Delgado", "admin1"),
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
    assertThat(l.get().hasCoordinates()).isEqualTo(precision.equals("place"));
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
        Arguments.of("Mogadishu", "SO", "SO", "Banaadir", "place"),
        Arguments.of("Afgooye", "SO", "SO", "Shabeellaha Hoose", "place"),
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
