package org.harmwatch.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.nlp.FakePlacesAccess;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/**
 * The place prepositions as pack data: the bundled packs' words load, a pack of another language
 * (the Portuguese one of the test resources) brings its own, and a choice of packs without the file
 * fails at once, naming it.
 */
class PlacePrepositionPacksTest {
  private static final LanguagePacks BUNDLED = LanguagePacks.bundled();

  private static List<String> names(PlaceMentionFinder finder, String sentence) {
    return finder.find(sentence, 0).stream().map(PlaceMention::text).toList();
  }

  @Test
  void theBundledWordsLoad() {
    Map<String, List<String>> words = BUNDLED.require(LocativePhrases.FILE);
    assertThat(words.get("AT")).contains("in", "close to", "près de", "à la sortie de");
    assertThat(words.get("ELIDED")).contains("camp d'", "poste militaire d'");
    assertThat(words.get("TO")).containsExactly("to");
    assertThat(words.get("NOT_BEFORE_TO")).contains("fled");
    assertThat(words.get("FIELD")).contains("Location", "Lieu");
    assertThat(BUNDLED.forLanguage("fr").require(LocativePhrases.FILE).get("AT"))
        .contains("près de")
        .doesNotContain("close to");
  }

  @Test
  void eachKindOfPhraseOpensAName() {
    PlaceMentionFinder finder = new PlaceMentionFinder(FakePlacesAccess.places());
    assertThat(names(finder, "un marché non loin de Djibo a brûlé")).containsExactly("Djibo");
    assertThat(names(finder, "the convoy marched to Kaya at dawn")).containsExactly("Kaya");
    assertThat(names(finder, "families fled to Kaya at dawn")).isEmpty();
    assertThat(names(finder, "the road between Djibo and Kaya")).containsExactly("Djibo", "Kaya");
    assertThat(names(finder, "the road from Djibo and Kaya")).containsExactly("Djibo");
    // an elided "d'" is read as written: "Camp d'" opens no name, "camp d'" does
    assertThat(names(finder, "le camp d'Djibo")).containsExactly("Djibo");
    assertThat(names(finder, "le Camp d'Djibo")).isEmpty();
    assertThat(names(finder, "PHRASES IN CAPITALS: NEAR Kaya")).containsExactly("Kaya");
  }

  @Test
  void aNewLanguageBringsItsOwnPrepositions() {
    URL root = PlacePrepositionPacksTest.class.getResource("/packs-pt/");
    LanguagePacks packs =
        LanguagePacks.load(
            new URLClassLoader(new URL[] {root}, PlacePrepositionPacksTest.class.getClassLoader()));
    PlaceMentionFinder pt =
        new PlaceMentionFinder(FakePlacesAccess.places(), packs.forLanguage("pt"));
    assertThat(names(pt, "homens armados atacaram uma aldeia perto de Djibo"))
        .containsExactly("Djibo");
    assertThat(names(pt, "as famílias fugiram para Kaya")).isEmpty();
    assertThat(names(pt, "a coluna seguiu para Kaya")).containsExactly("Kaya");
    // the English words are not the Portuguese pack's
    assertThat(names(pt, "gunmen attacked a village near Djibo")).isEmpty();
  }

  @Test
  void aChoiceWithoutTheFileFailsNamingIt() {
    assertThatThrownBy(
            () -> new PlaceMentionFinder(FakePlacesAccess.places(), BUNDLED.forLanguage("eo")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("eo")
        .hasMessageContaining("place-prepositions.tsv");
  }
}
