package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.SubEventType;
import org.junit.jupiter.api.Test;

/**
 * A language added as data: the toy Esperanto pack in the test resources (lang/eo/: event cues,
 * civilian words, weapons) lets the unchanged extractor find an incident in an Esperanto report.
 */
class NewLanguageTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  @Test
  void anIncidentIsExtractedWithTheToyPack() {
    Document d =
        Document.ofText(
            "eo-1",
            null,
            LocalDate.of(2024, 6, 12),
            "Armitaj viroj atakis civilulojn per pafiloj la 2024-06-09.");
    List<Incident> got = extractor.extract(d);
    assertThat(got).hasSize(1);
    Incident i = got.get(0);
    assertThat(i.subEventType()).isEqualTo(SubEventType.ATTACK);
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 6, 9));
    assertThat(i.targets()).extracting(Actor::name).containsExactly("Civilians");
    assertThat(i.weapons()).containsExactly("firearm");
  }

  @Test
  void withoutACueOfThePackNothingIsExtracted() {
    Document d =
        Document.ofText(
            "eo-2", null, LocalDate.of(2024, 6, 12), "Armitaj viroj venis la 2024-06-09.");
    assertThat(extractor.extract(d)).isEmpty();
  }
}
