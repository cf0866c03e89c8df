package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmwatch.core.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Yearly tolls are statistics, not incidents: once turned into an incident with 8,001 killed. */
class AggregateRegressionTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "More than 8,000 people were killed in political violence in Burkina Faso in 2023, roughly"
            + " double the previous year, according to conflict monitors.",
        "Plus de 3 000 civils ont été tués au Mali en 2024, selon une organisation de défense des"
            + " droits humains.",
        "Religious leaders on Sunday condemned the incessant killings of farmers around Kaya.",
        "Les récentes attaques contre Djibo ont fait plus de 20 morts, selon le gouverneur.",
        "Civilians bear the brunt of fighting between the army and a militia in the Mopti region,"
            + " which began in August 2023.",
      })
  void yearlyTollsAreNotIncidents(String text) {
    Document d = Document.ofText("agg", null, LocalDate.of(2024, 2, 1), text);
    assertThat(extractor.extract(d)).isEmpty();
  }
}
