package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmwatch.core.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences with a violent word that tell no event of the record: threats, fears, rates, deaths
 * from nature or accidents, events outside Africa, undated reactions to attacks. Each once became
 * an incident; the events told plainly beside them still do.
 */
class IncidentFilterTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  private Document doc(String text) {
    return Document.ofText("f", null, LocalDate.of(2022, 6, 13), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Heavy rains killed 11 people in Kaya on Sunday, the civil protection office said.",
        "Des pluies diluviennes ont tué 9 personnes à Kaya ce dimanche 12 juin 2022.",
        "A bus crash killed 14 passengers near Djibo on Friday.",
        "An overnight fire in a building in Kaya killed 12 tenants on Friday, the fire service"
            + " said.",
        "Trois civils sont morts dans un accident de la circulation à Kaya ce dimanche 12 juin 2022.",
        "Officers said that an attack on Kaya was possible and urged residents to stay alert.",
        "Des rumeurs laissaient croire que des hommes armés projettent des attaques sur Kaya.",
        "Child mortality in Mopti stands at 90 deaths per 1,000 live births, the ministry said.",
        // A report (two paragraphs, no brief) that tells an event abroad.
        "Les négociations reprennent cette semaine.\n\nDes affrontements entre manifestants et"
            + " policiers ont fait deux morts à Genève ce mardi 7 juin 2022.",
        // A report whose incident names no place of its own: a later sentence of it says where.
        "Talks resume this week.\n\nShelling hit the old theatre on 3 June 2022, killing four"
            + " people. It also destroyed a café near the Kharkiv opera.",
        "Les pourparlers reprennent.\n\nDes tirs d'obus ont frappé un marché le 3 juin 2022. Ils"
            + " visaient le centre de Kharkiv.",
        "Le parti se dit profondément consterné par les attaques perpétrées à Djibo contre des"
            + " civils.",
        "Les commerçants de Kaya lancent un cri de cœur après des attaques terroristes répétées.",
        "Voici une déclaration du parti des travailleurs relative aux attaques perpétrées à Djibo"
            + " contre des civils.",
        "Residents of Kaya were told to avoid crowds to prevent killings of the kind seen in Djibo.",
      })
  void tellsNoIncident(String text) {
    assertThat(extractor.extract(doc(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gunmen killed 11 people in Kaya on Sunday, the civil protection office said.",
        "Des hommes armés ont tué 9 personnes à Kaya ce dimanche 12 juin 2022.",
        "Police shot dead six gunmen in Kaya on Friday before they could carry out their plan to"
            + " attack a market.",
        "A policeman opened fire in a building in Kaya on Friday, killing three traders.",
        // A brief is about its source's region: a place the gazetteer finds abroad is a name
        // collision, not an event abroad.
        "Des affrontements entre manifestants et policiers ont fait deux morts à Genève ce mardi"
            + " 7 juin 2022.",
        "Le parti se dit consterné par l'attaque du dimanche 12 juin 2022 à Djibo, qui a fait"
            + " 11 morts parmi les civils.",
      })
  void theEventsBesideThemStay(String text) {
    assertThat(extractor.extract(doc(text))).hasSize(1);
  }
}
