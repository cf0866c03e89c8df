package org.harmwatch.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.nlp.FakePlacesAccess;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French reports name the place of an attack after the post or site that was hit ("le détachement
 * militaire de X", "la brigade de gendarmerie de X", "la commune rurale de X"): those words open a
 * place name, while "de" after other nouns (a cemetery, a minister) still does not.
 */
class FrenchInstallationPlacesTest {
  private static final PlaceMentionFinder FINDER =
      new PlaceMentionFinder(FakePlacesAccess.places(), LanguagePacks.bundled().forLanguage("fr"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "le détachement militaire de Djibo a été attaqué à l'aube | Djibo",
        "des assaillants ont visé le détachement de Kaya | Kaya",
        "la brigade de gendarmerie de Kaya a essuyé des tirs | Kaya",
        "la gendarmerie de Djibo a été incendiée | Djibo",
        "le commissariat de police de Kaya a été pris pour cible | Kaya",
        "le commissariat de Djibo a été visé | Djibo",
        "le poste militaire de Kaya a été attaqué | Kaya",
        "la base militaire de Djibo a subi un assaut | Djibo",
        "des hommes armés ont frappé la commune rurale de Kaya | Kaya",
        "des employés de la mine de Kaya ont été tués | Kaya",
        "le site d'orpaillage de Djibo a été attaqué | Djibo",
        "les victimes reposent au cimetière de Kaya | ''",
        "le ministre de Djibo a parlé | ''",
      })
  void aPostOrSiteOpensThePlaceAfterIt(String sentence, String expected) {
    List<String> names = FINDER.find(sentence, 0).stream().map(PlaceMention::text).toList();
    if (expected == null || expected.isEmpty()) {
      assertThat(names).isEmpty();
    } else {
      assertThat(names).containsExactly(expected);
    }
  }
}
