package org.harmwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proposer of sensitive spans on sentences written for this test. */
class SensitiveSpansTest {
  private static final SensitiveSpans PROPOSER = SensitiveSpans.bundled();

  private static String proposals(String text) {
    List<SensitiveSpans.Proposal> found = PROPOSER.propose(text);
    for (SensitiveSpans.Proposal p : found) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
    }
    return String.join("; ", found.stream().map(p -> p.kind().code() + ":" + p.text()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A witness, Halima Ousmane Sow, said the men wore uniforms.|person:Halima Ousmane Sow",
        "One survivor Idrissa Kane hid in the granary.|person:Idrissa Kane",
        "The farmer told Mr Boubacar Maiga that the road was mined.|person:Mr Boubacar Maiga",
        "Un témoin, Mme Aïssata Cissé, a vu les assaillants.|person:Mme Aïssata Cissé",
        "Le chef du village a confié à Oumar Traoré-Diallo sa peur.|person:Oumar Traoré-Diallo",
        "Call the family on +223 76 12 34 56 for details.|phone:+223 76 12 34 56",
        "His number, 0803-555-0199, was passed to the police.|phone:0803-555-0199",
        "witness: Grace Achieng; phone 0712 345 678.|person:Grace Achieng; phone:0712 345 678",
      })
  void proposesNamesAfterCuesAndPhoneNumbers(String text, String expected) {
    assertThat(proposals(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A spokesman told Reuters that 12 people died.",
        "Witnesses said the attack began at dawn.",
        "The survivors were taken to Gao hospital.",
        "He told the BBC that the army had left.",
        "Between 2019 and 2024, 1,250 civilians were killed.",
        "The attack of 12.03.2024 killed 300 people.",
        "Il a déclaré à la presse que l'armée était partie.",
        "Soldiers told residents to leave by 18:00.",
      })
  void proposesNothingWhereNoPersonOrPhoneIs(String text) {
    assertThat(proposals(text)).isEmpty();
  }
}
