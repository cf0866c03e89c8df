package org.harmwatch.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packs on the class path: the bundled English and French, and the tests' toy Esperanto. */
class LanguagePacksTest {
  private final LanguagePacks packs = LanguagePacks.bundled();

  @Test
  void everyIndexedPackIsLoaded() {
    assertThat(packs.languages()).contains("en", "fr", "eo");
  }

  @Test
  void aVocabularyJoinsEveryPacksEntries() {
    List<String> attack = packs.keyed("event-cues.tsv").get("ATTACK");
    assertThat(attack).contains("killed", "tués?", "atakis");
    assertThat(packs.entries("civilian-words.txt")).contains("villagers", "civils?", "civilulojn?");
  }

  @Test
  void aPackWithoutAFileAddsNothingToIt() {
    assertThat(packs.entries("background-markers.txt")).doesNotContain("").isNotEmpty();
    assertThat(packs.entries("no-such-vocabulary.txt")).isEmpty();
  }

  @Test
  void entriesBecomeOneWholeWordAlternation() {
    assertThat(LanguagePacks.alternation(List.of("a", "b c"))).isEqualTo("\\b(?:a|b c)\\b");
    assertThatThrownBy(() -> LanguagePacks.alternation(null)).hasMessageContaining("null");
  }

  @Test
  void noEntriesMatchNothing() {
    assertThat(LanguagePacks.alternation(List.of())).isEqualTo(LanguagePacks.NOTHING);
    assertThat(Pattern.compile(LanguagePacks.NOTHING).matcher("anything at all").find()).isFalse();
  }

  @Test
  void aKeysEntriesBecomeABareAlternationAndAMissingKeyNothing() {
    var keyed = Map.of("VERB", List.of("said", "told"), "EMPTY", List.<String>of());
    assertThat(LanguagePacks.anyOf(keyed, "VERB")).isEqualTo("said|told");
    assertThat(LanguagePacks.anyOf(keyed, "EMPTY")).isEqualTo(LanguagePacks.NOTHING);
    assertThat(LanguagePacks.anyOf(keyed, "ABSENT")).isEqualTo(LanguagePacks.NOTHING);
  }

  @Test
  void aLanguageReadsItsOwnPackAndAnUnknownOneEveryPack() {
    LanguagePacks fr = packs.forLanguage("fr");
    assertThat(fr.languages()).containsExactly("fr");
    assertThat(fr.keyed("event-cues.tsv").get("ATTACK")).contains("tués?").doesNotContain("killed");
    assertThat(packs.forLanguage("fr")).isSameAs(fr);
    assertThat(packs.forLanguage(null)).isSameAs(packs);
    assertThat(packs.forLanguage("sw")).isSameAs(packs);
  }
}
