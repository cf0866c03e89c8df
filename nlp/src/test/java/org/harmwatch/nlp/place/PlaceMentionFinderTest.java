package org.harmwatch.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.nlp.FakePlacesAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place phrases found in a sentence: "sentence" → phrases joined by " | ". */
class PlaceMentionFinderTest {
  private final PlaceMentionFinder finder = new PlaceMentionFinder(FakePlacesAccess.places());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a village near a military base in central Mali; central Mali",
        "a strike in central Mali's Segou region during a wedding; central Mali's Segou region",
        "two drone strikes in northern Mali; northern Mali",
        "gunmen attacked a market in Bankass on Sunday; Bankass",
        "a convoy 30 km from Douentza was ambushed; 30 km from Douentza",
        "fighting in the Mopti region; Mopti region",
        "une attaque dans la région de Ségou; région de Ségou",
        "une embuscade dans le cercle de Bankass; cercle de Bankass",
        "des hommes armés ont attaqué Djibo, dans le nord du Burkina; Djibo | nord du Burkina",
        "une attaque à Djibo; Djibo",
        "un village situé à une quinzaine de kilomètres de Djibo; une quinzaine de kilomètres de Djibo",
        "a camp about 25 km north of Bourem; 25 km north of Bourem",
        "des femmes enlevées aux abords de Kaya; Kaya",
        "six commerçants abattus à la sortie de Ouahigouya; Ouahigouya",
        "Human Rights Watch said; ''",
        "violence in the centre du Mali; centre du Mali",
        "une attaque contre Kaya a fait dix morts; Kaya",
        "gunmen launched an attack against Djibo at dawn; Djibo",
        "une attaque contre l'armée et contre des civils; ''",
        "Date : 3 mai 2024 — Lieu : Bankass (région de Mopti) — Source : un élu; Bankass | région de Mopti",
        "Date: 2 May 2024 | Location: Douentza, Mopti region; Douentza | Mopti region",
        "bandits killed ten villagers in Zamfara State; Zamfara State",
        "des hommes armés ont tué dix personnes dans l'État de Katsina; l'État de Katsina",
        "a raid in Nigeria's Sokoto state; Nigeria's Sokoto state",
        // a hyphenated name the gazetteer does not know, by the part it knows
        "two people were killed in Djibo-Peulh overnight; Djibo",
        // verbs of attack before a bare name
        "militants attack Bankass and loot shops; Bankass",
        "gunmen ambushed a patrol; ''",
        "the army shelled Douentza; Douentza",
        // ... in the present tense of coders' notes
        "government jets bomb Douentza overnight; Douentza",
        "rebels capture Bankass after a day of fighting; Bankass",
        "militiamen invaded Kaya and burned granaries; Kaya",
        "a soldier was shot along the Douentza-Bankass road; Douentza",
        // a preposition that opens the sentence
        "In Djibo, gunmen shot a trader; Djibo",
        // a county or local government area is found by its seat's name, as coders place it
        // a unit word after the name makes the unit the place, not its seat town
        "gunmen killed two farmers in Douentza LGA; Douentza LGA",
        "clashes in Douentza County left three dead; Douentza County",
        "rebels attacked the Douentza District office; Douentza District",
        // a known town after a comma qualifies a village the gazetteer does not know
        "raiders burnt Zzyqa, Douentza on Friday; Zzyqa, Douentza",
        // ... and stands beside one it knows
        "raiders burnt Bankass, Douentza on Friday; Bankass | Douentza",
        // ... also after a word of a site, or opening brackets
        "a trader was shot in Zzyqa neighbourhood, Douentza; Zzyqa neighbourhood, Douentza",
        "raiders burnt Zzyqa village, Douentza on Friday; Zzyqa village, Douentza",
        "militants attacked Zzyqa (Douentza, Mopti) at dawn; Douentza",
        "a grenade went off in Zzyqa neighbourhood (Douentza) at night; Douentza",
        "militants attacked Bankass (Douentza, Mopti) at dawn; Bankass | Douentza",
        // ... but items of a list are not qualifiers
        "attacks in Bankass, Douentza and Kaya; Bankass",
        // a coder's own choice of location
        "an attack in an unknown village, coded as Bankass; Bankass",
        "an attack somewhere in the bush (coordinates for Douentza used); Douentza",
        "a coder's bracket [coded: Douentza, seat of the district]; Douentza",
        // sites and areas named by the word after the name
        "in the Douentza area, armed groups have been fighting for years; ''",
        "a bomb went off at the Bankass market; Bankass",
        "a trader was beaten at the Douentza gendarmerie; Douentza",
        // ... also after "a" or "an"
        "a grenade was thrown into a Bankass mosque; Bankass",
        "men were robbed at an Ouahigouya bus station; Ouahigouya",
        "gunmen entered the Kaya refugee settlement at night; Kaya",
        "gunmen ambushed a truck on the Douentza-Bankass road; Douentza",
        "soldiers patrolled in the area of Bankass; Bankass",
        "a patrol clashed with rebels in the vicinity of Gao; Gao",
        // both ends of a stretch of road
        "a bus was ambushed between Douentza and Bankass; Douentza | Bankass",
        // movement to a town, but not flight abroad
        "protesters marched to Douentza; Douentza",
        "the army recaptured Douentza after a week; Douentza",
        "airstrikes hit the areas of Douentza and Bankass; Douentza",
        "the villagers fled to Niger after the attack; ''",
        // motion into, inside, through or across a place
        "fighters moved into Douentza overnight; Douentza",
        "a convoy travelling through Bankass was stopped; Bankass",
        "shooting broke out across Kaya on Sunday; Kaya",
        "gunmen infiltrated Douentza before dawn; Douentza",
        "des renforts envoyés en direction de Djibo; Djibo",
        "une patrouille à l'intérieur de Kaya; Kaya",
        // a capital named right after the word
        "a protest in the regional capital Kaya; Kaya",
        "la capitale Ouahigouya était calme; Ouahigouya",
        // ... but a capital word with no name after it is no place
        "the capital city stayed calm; ''",
        "the army turned into a target; ''",
        // a name followed by a word of origin or kin is a people, not a place
        "a trader of Kaya origin was shot in Djibo; Djibo",
        "gunmen attacked herders of Bankass descent; ''",
        "elders of Douentza clans met after the raid; ''",
        // ... but a word of a site after the name keeps it a place
        "raiders from Douentza village stole cattle; Douentza",
        // a possessive after the name
        "gunmen attacked Douentza's market; Douentza",
      })
  void finds(String sentence, String expected) {
    String got =
        finder.find(sentence, 0).stream()
            .map(PlaceMention::text)
            .collect(Collectors.joining(" | "));
    assertThat(got).isEqualTo(expected);
  }

  /** Names given only as the area of an event: "sentence" → area names joined by " | ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "gunmen killed two herders in the Douentza area; Douentza",
        "a patrol was ambushed near the Bankass area at dawn; Bankass",
        "in the Douentza area, armed groups have been fighting for years; Douentza",
        "cattle were taken throughout the Kaya area; Kaya",
        // a name the gazetteer does not know is no area
        "raiders struck the Zzyqa area overnight; ''",
        // a name already found as a place phrase is not counted twice
        "soldiers patrolled in the area of Bankass; ''",
        "a patrol was ambushed near Bankass area at dawn; ''",
        "a bomb went off at the Bankass market; ''",
        // plural areas name groups of people as often as places
        "fighting spread across the Douentza areas; ''",
      })
  void findsAreas(String sentence, String expected) {
    String got =
        finder.areas(sentence, 0, finder.find(sentence, 0)).stream()
            .map(PlaceMention::text)
            .collect(Collectors.joining(" | "));
    assertThat(got).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"gunmen attacked a market in Bankass on Sunday; 100"})
  void offsetsPointIntoTheDocument(String sentence, int offset) {
    PlaceMention m = finder.find(sentence, offset).get(0);
    assertThat(sentence.substring(m.start() - offset, m.end() - offset)).isEqualTo(m.text());
  }
}
