package org.harmwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression rows for the classes of failure found on real notes from all of Africa, each written
 * as our own invented sentence: the document, the place phrase in it, and what it resolves to.
 */
class AfricaResolutionTest {
  private static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = GazetteerPlaceResolver.loadDefault();
  }

  private static Optional<Location> resolveIn(String document, String phrase) {
    int at = document.indexOf(phrase);
    PlaceContext ctx = resolver.contextOf(document);
    return resolver.resolve(new PlaceMention(phrase, at, at + phrase.length()), ctx);
  }

  /** document | phrase | country | admin1 ('-': none expected; an empty row: nothing found). */
  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // A village placed from the divisions in brackets, though no country is named.
        "Gunmen burned houses in Boni (Douentza, Mopti) on Sunday.|Boni|ML|Mopti",
        // Official first-level names: Cameroon's regions in French, Somalia's in Somali,
        // Uganda's districts as its first level.
        "Separatists ambushed a patrol near Maroua, Cameroon.|Maroua|CM|Extrême-Nord",
        "A roadside bomb hit a convoy in Afgooye, Somalia.|Afgooye|SO|Shabeellaha Hoose",
        "Rebels raided a camp outside Gulu, Uganda.|Gulu|UG|Gulu",
        // A note that names only a foreign people and a capital is about the capital's country.
        "Turkish engineers were shot at near Mogadishu airport.|Mogadishu|SO|Banaadir",
        // A town the document's countries lack may still be a town of the region.
        "Kenyan troops were ambushed 20 km from Jilib.|20 km from Jilib|SO|Jubbada Dhexe",
        // A village of the document's country never loses to a large namesake abroad.
        "Des hommes armés ont attaqué Gulu, au Nigeria, dans l'État du Niger.|Gulu|-|-",
        // Namesakes nothing tells apart, all in one country: that country (and its division
        // when they share one), not nothing.
        "Militants looted granaries in Glem overnight.|Glem|CM|Extrême-Nord",
        "Police raided a mosque in Kisenyi at dawn.|Kisenyi|UG|",
        // A village the gazetteer lacks, in the district the writer gives in brackets: the
        // district's town, not a namesake in another country.
        "Militants shot three fishermen in Chai (Macomia) on Monday.|Chai|MZ|Cabo Delgado",
        // A note that names its countries only by demonyms: a town that those countries lack
        // and that only one other country has is that country's.
        "Kenyan nurses were robbed on the road near Kembong at night.|Kembong|CM|Sud-Ouest",
        // An OpenStreetMap locality (most of Ethiopia's villages) in a country the note names.
        "Gunmen killed two farmers in Fedis, Ethiopia.|Fedis|ET|Oromia",
        // South Sudan's states of 2015-2020: the present state that holds them, or their town
        // when it lies there; a namesake town abroad never answers for one.
        "Cattle raiders killed four herders in Bieh state.|Bieh state|SS|Jonglei",
        "Youths clashed with police in Eastern Lakes state.|Eastern Lakes state|SS|Lakes",
        "Two traders were shot in Gogrial state.|Gogrial state|SS|Warrap",
        "Raiders took cattle in Boma state, South Sudan.|Boma state|SS|Jonglei",
        // A state's name is the state, not a small village named after it in another state.
        "Insurgents shelled a market in Borno overnight.|Borno|NG|Borno",
        // Uganda's districts as Uganda spells them, not as the gazetteer does.
        "Rebels raided a camp outside Kibale, Uganda.|Kibale|UG|Kibaale",
      })
  void resolves(String document, String phrase, String country, String admin1) {
    Optional<Location> loc = resolveIn(document, phrase);
    if (country == null) {
      loc.ifPresent(l -> assertThat(l.countryCode()).isEqualTo("NG"));
      return;
    }
    assertThat(loc).as(phrase).isPresent();
    assertThat(loc.get().countryCode()).isEqualTo(country);
    assertThat(loc.get().admin1()).isEqualTo(admin1);
  }

  /** document | phrase: nothing may be found. */
  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The country is named outright: a town only another country has is a namesake.
        "Police in Kenya said bandits robbed traders in Kembong.|Kembong",
        // A locality, with no country named to say which map it belongs to.
        "Gunmen killed two farmers in Fedis.|Fedis",
      })
  void resolvesNothing(String document, String phrase) {
    assertThat(resolveIn(document, phrase)).as(phrase).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aDatelineInBracketsOnTheNextLineQualifiesNothing() {
    String doc =
        "Killings in Koumbri\n\n(Nairobi) - Soldiers killed villagers in Koumbri, Burkina Faso.";
    assertThat(resolver.contextOf(doc).qualifiers()).doesNotContainKey("koumbri");
    assertThat(resolveIn(doc, "Koumbri"))
        .hasValueSatisfying(l -> assertThat(l.countryCode()).isEqualTo("BF"));
  }

  /** document | phrase | precision ('-': nothing found). */
  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // A state or region that OSM also maps as a point is the division, not a town at its
        // centroid.
        "Fighting broke out in Jonglei on Monday.|Jonglei|admin1",
        "Soldiers clashed with rebels in Oromia.|Oromia|admin1",
        // A whole country's name before a part of a country: South Sudan is no south of Sudan.
        "Gunmen killed two traders in South Sudan.|South Sudan|country",
        // The first word of an armed group's name, or a month's short name, is no place.
        "Three farmers were killed by Boko Haram.|Boko|-",
        "Four traders were shot on Nov 12.|Nov|-",
      })
  void resolvesAtPrecision(String document, String phrase, String precision) {
    Optional<Location> loc = resolveIn(document, phrase);
    if (precision == null) {
      assertThat(loc).as(phrase).isEmpty();
      return;
    }
    assertThat(loc).as(phrase).isPresent();
    assertThat(loc.get().precision().code()).isEqualTo(precision);
    if (!precision.equals("place")) {
      assertThat(loc.get().lat()).isNull();
    }
  }

  /**
   * document | phrase: a name that a city outside Africa bears only as an alternate spelling never
   * resolves to that city (it finds the African place of that name, or nothing).
   */
  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Warplanes bombed Tur on Tuesday, wounding ten herders.|Tur",
        "Rebels shelled a village 7 km from Kuito.|7 km from Kuito",
        "Gunmen burned huts in Ben overnight.|Ben",
        "Militiamen attacked traders in Boni forest.|Boni",
      })
  void aCityAbroadIsNotFoundByAnAlternateSpelling(String document, String phrase) {
    Optional<Location> loc = resolveIn(document, phrase);
    loc.ifPresent(
        l ->
            assertThat(org.harmwatch.core.geo.CountryProfiles.bundled().get(l.countryCode()))
                .as(l.toString())
                .isPresent());
  }

  /** document | countries expected in its context, in order ('-': none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // Demonyms from the country profiles, in French lower case too.
        "Des soldats camerounais ont été blessés.|CM",
        "Ethiopian soldiers were killed in an ambush.|ET",
        "Les militaires centrafricains ont repoussé l'attaque.|CF",
        // Runs of small words and common nouns that spell a foreign country are not one.
        "Clashes over a land dispute left seven injured.|-",
        "A grenade attack wounded two traders.|-",
        // One word of a town's longer name ("Fada" of Fada N'Gourma) does not name Chad.
        "Deux enseignants ont été abattus à la sortie de Fada N'Gourma.|-",
        // Niger State is Nigeria's, not the country Niger.
        "Bandits attacked a village in Niger State, Nigeria.|NG",
        // The region's country comes first.
        "Turkish nationals were attacked in Mogadishu.|SO,TR",
      })
  void readsCountries(String document, String expected) {
    List<String> codes = resolver.contextOf(document).countryCodes();
    if (expected == null) {
      assertThat(codes).isEmpty();
    } else {
      assertThat(codes).containsExactly(expected.split(","));
    }
  }
}
