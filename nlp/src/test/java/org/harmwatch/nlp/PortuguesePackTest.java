package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.text.LanguageGuesser;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled Portuguese pack ({@code lang/pt/}): Portuguese reports (Mozambique, Angola,
 * Guinea-Bissau) are guessed as Portuguese and read with its words. Our own sentences.
 */
class PortuguesePackTest {
  private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new FakePlaces());
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

  private static Document doc(String text) {
    return Document.ofText("pt", null, PUBLISHED, text);
  }

  @Test
  void portugueseIsAPackAndAGuess() {
    assertThat(LanguagePacks.bundled().languages()).contains("pt");
    assertThat(
            new LanguageGuesser()
                .guess("Os insurgentes atacaram uma aldeia e foram vistos pelos moradores."))
        .isEqualTo("pt");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // text | sub-event | killed | weapon | date
        "Insurgentes atacaram uma aldeia no sábado e mataram sete civis com catanas."
            + "|ATTACK|7|knife|2024-06-08",
        "Homens armados mataram doze pescadores e feriram outros, disseram os moradores à polícia."
            + "|ATTACK|12||",
        "Dois soldados foram mortos por um engenho explosivo improvisado na estrada em 09/06/2024."
            + "|REMOTE_EXPLOSIVE_LANDMINE_IED|2|ied|2024-06-09",
      })
  void aPortugueseReportIsRead(
      String text, SubEventType sub, int killed, String weapon, String date) {
    List<Incident> got = EXTRACTOR.extract(doc(text));
    assertThat(got).hasSize(1);
    Incident i = got.get(0);
    assertThat(i.subEventType()).isEqualTo(sub);
    assertThat(i.casualties().killed().min()).isEqualTo(killed);
    if (weapon != null) {
      assertThat(i.weapons()).contains(weapon);
    }
    if (date != null) {
      assertThat(i.date().start()).isEqualTo(LocalDate.parse(date));
    }
  }

  @Test
  void civiliansAreTheTargets() {
    Incident i =
        EXTRACTOR
            .extract(doc("Os rebeldes atacaram a aldeia e mataram cinco aldeões na sexta."))
            .get(0);
    assertThat(i.targets()).extracting(Actor::name).contains("Civilians");
  }

  @Test
  void aPortugueseReportIsNotReadWithTheOtherPacks() {
    // "attack" and "tués" are no Portuguese cue.
    assertThat(
            EXTRACTOR.extract(
                doc(
                    "Os moradores disseram que o attack foi ontem e que os tués eram pescadores da"
                        + " aldeia, mas não foram vistos pelos soldados.")))
        .isEmpty();
  }
}
