package org.harmwatch.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues of one language's pack, as a document of that language reads them: words both languages
 * use are in both packs ("combat", "kamikaze"), and a word of the other language is no cue.
 */
class PackChoiceCuesTest {
  private static final LanguagePacks PACKS = LanguagePacks.bundled();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "en|Heavy combat was reported around the mining town.|ARMED_CLASH",
        "en|Two kamikazes blew themselves up at the cattle market.|SUICIDE_BOMB",
        "fr|De violents combats ont opposé les deux groupes près du marché.|ARMED_CLASH",
        "fr|Un kamikaze s'est fait exploser devant la mosquée.|SUICIDE_BOMB",
        // French words in an English text and English words in a French one are no cues.
        "en|The minister opened the new Attaque Sportive stadium.|NONE",
        "fr|Le maire a inauguré le club de football Killed Boys.|NONE",
      })
  void aDocumentReadsItsLanguagesCues(String language, String sentence, SubEventType expected) {
    Trigger t = new EventCues(PACKS.forLanguage(language)).trigger(sentence);
    SubEventType got = t == null ? null : t.hint();
    assertThat(got).isEqualTo(expected);
  }
}
