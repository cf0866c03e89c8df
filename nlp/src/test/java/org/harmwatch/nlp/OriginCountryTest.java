package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A country named as where attackers came from or where people fled is not the incident's. */
class OriginCountryTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen from Niger attacked a market in Mali on 3 May 2024, killing four traders.|ML",
        "On 3 May 2024 gunmen killed four traders in Mali and fled into Niger.|ML",
        "On 3 May 2024 gunmen from Mali killed four traders in Niger.|NE",
        "Near the border with Niger, gunmen killed four traders in Mali on 3 May 2024.|ML",
        // the country itself, when nothing says it is an origin
        "On 3 May 2024 gunmen killed four traders in Niger, near the Mali border.|NE",
      })
  void originIsNotThePlace(String text, String country) {
    List<Incident> got =
        extractor.extract(Document.ofText("o-1", null, LocalDate.of(2024, 5, 6), text));
    assertThat(got).isNotEmpty();
    assertThat(got.get(0).location()).isNotNull();
    assertThat(got.get(0).location().countryCode()).isEqualTo(country);
  }
}
