package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/**
 * A third language added as a folder of files: the small Portuguese pack of the test resources
 * ({@code packs-pt/}: its own class-path root with its index and its {@code pt/} folder) is found
 * beside the bundled English and French ones, and the unchanged extractor reads a Portuguese report
 * with it, chosen by the document's language.
 */
class NewLanguagePackTest {
  private static final LanguagePacks PACKS = packsWithPortuguese();
  private static final RuleBasedExtractor EXTRACTOR =
      new RuleBasedExtractor(new FakePlaces(), ActorDictionary.load(), PACKS);

  // Our own sentence: armed men attacked a village near Mopti and killed twelve civilians.
  private static final String PORTUGUESE =
      "Homens armados atacaram uma aldeia perto de Mopti no dia 14/03/2024 e mataram doze civis"
          + " com armas de fogo.";

  private static LanguagePacks packsWithPortuguese() {
    URL root = NewLanguagePackTest.class.getResource("/packs-pt/");
    return LanguagePacks.load(
        new URLClassLoader(new URL[] {root}, NewLanguagePackTest.class.getClassLoader()));
  }

  private static Document doc(String language, String text) {
    return new Document(
        "pt-1",
        null,
        null,
        null,
        null,
        LocalDate.of(2024, 3, 20),
        language,
        text,
        null,
        text.getBytes(StandardCharsets.UTF_8),
        null);
  }

  @Test
  void thePackIsFoundBesideTheBundledOnes() {
    assertThat(PACKS.languages()).contains("en", "fr", "pt");
  }

  @Test
  void aPortugueseReportIsReadWithThePortuguesePack() {
    List<Incident> got = EXTRACTOR.extract(doc("pt", PORTUGUESE));
    assertThat(got).hasSize(1);
    Incident i = got.get(0);
    assertThat(i.subEventType()).isEqualTo(SubEventType.ATTACK);
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(i.casualties().killed().min()).isEqualTo(12);
    assertThat(i.targets()).extracting(Actor::name).contains("Civilians");
    assertThat(i.weapons()).containsExactly("firearm");
  }

  @Test
  void thePackIsChosenByTheDocumentsLanguage() {
    // Read as English, the Portuguese words are no cue; an English report read as Portuguese
    // has none either.
    assertThat(EXTRACTOR.extract(doc("en", PORTUGUESE))).isEmpty();
    assertThat(
            EXTRACTOR.extract(
                doc("pt", "Gunmen killed twelve civilians near Mopti on 14 March 2024.")))
        .isEmpty();
    assertThat(EXTRACTOR.packsOf(doc("pt-BR", PORTUGUESE)).languages()).containsExactly("pt");
  }

  @Test
  void aPackReadsOnlyItsOwnWordsAndTheFallbacksItNames() {
    LanguagePacks pt = PACKS.forLanguage("pt");
    assertThat(pt.keyed("numbers.tsv").get("12")).containsExactly("doze");
    assertThat(pt.keyed("event-cues.tsv").get("ATTACK")).noneMatch(w -> w.contains("killed"));
    // pt/fallbacks.tsv: the English weapon words after the Portuguese ones, and nothing else.
    assertThat(pt.keyed("weapons.tsv").get("firearm")).first().asString().contains("armas");
    assertThat(pt.keyed("weapons.tsv")).containsKey("drone");
    assertThat(pt.entries("civilian-words.txt")).doesNotContain("villagers");
  }
}
