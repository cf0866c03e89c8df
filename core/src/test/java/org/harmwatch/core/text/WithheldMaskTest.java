package org.harmwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithheldMaskTest {
  private final WithheldMask mask = WithheldMask.of(List.of("Kadi Sow", "+223 70 11 22 33", "Ali"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The witness Kadi Sow saw it.|The witness [withheld] saw it.",
        "KADI SOW and kadi sow|[withheld] and [withheld]",
        "Kadi \t Sow fled|[withheld] fled",
        "Call +223 70 11 22 33 now|Call [withheld] now",
        "Alice and Ali met Ali.|Alice and [withheld] met [withheld].",
        "Kadi Sowe is someone else|Kadi Sowe is someone else",
        "Nothing here|Nothing here"
      })
  void withholdsWholeWordsIgnoringCaseAndSpacing(String text, String expected) {
    assertThat(mask.mask(text)).isEqualTo(expected);
  }

  @Test
  void offsetsOfADocumentAreWithheldAndSoAreOtherMentions() {
    String text = "Mariam, a survivor, spoke. Later Mariam left; Kadi Sow stayed.";
    String out = mask.maskText(text, List.of(new int[] {0, 6}, new int[] {100, 120}));
    assertThat(out)
        .isEqualTo("[withheld], a survivor, spoke. Later Mariam left; [withheld] stayed.");
  }

  @Test
  void anEmptyMaskChangesNothingAndNoneOccurs() {
    assertThat(WithheldMask.NONE.mask("Kadi Sow")).isEqualTo("Kadi Sow");
    assertThat(WithheldMask.of(List.of(" ", "")).isEmpty()).isTrue();
    assertThat(mask.occursIn("the survivor kadi sow")).isTrue();
    assertThat(mask.occursIn("nobody")).isFalse();
  }

  @Test
  void everyTextOfAnIncidentIsMasked() {
    Incident i =
        new Incident(
            "i1",
            new DocumentRef("d1", "Kadi Sow speaks", LocalDate.of(2024, 1, 2)),
            EventType.VIOLENCE_AGAINST_CIVILIANS,
            null,
            new IncidentDate(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), DatePrecision.DAY, "Monday"),
            null,
            List.of(new Actor("gunmen", ActorType.CIVILIANS, "gunmen")),
            List.of(new Actor("Kadi Sow", ActorType.CIVILIANS, "Kadi Sow")),
            new Casualties(Count.exactly(2, "two, Kadi Sow said"), null, null, null, null, null),
            List.of(),
            List.of("Kadi Sow"),
            List.of(new Evidence(0, 30, "Kadi Sow said two were killed", List.of("date"))),
            0.5,
            null);
    Incident out = Withheld.incident(i, mask);
    assertThat(out.toString()).doesNotContainIgnoringCase("kadi");
    assertThat(out.evidence().get(0).start()).isZero();
    assertThat(out.evidence().get(0).end()).isEqualTo(30);
    assertThat(Withheld.incident(i, WithheldMask.NONE)).isSameAs(i);
  }
}
