package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A coder's note that names the place an event is coded at decides its location. */
class CodedPlaceTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "On 3 May 2024 gunmen killed four traders near Kaya (village not found, coded as Bankass).|Bankass",
        "On 3 May 2024 gunmen killed four traders near Kaya [village not found, coded: Bankass].|Bankass",
        "On 3 May 2024 gunmen killed four traders near Kaya, coded to Douentza.|Douentza",
        // the coded name written twice: the coder's word is before its second writing
        "On 3 May 2024 gunmen killed four traders between Kaya and Bankass (coded as Bankass at geoprecision 2).|Bankass",
        "On 3 May 2024 gunmen killed four traders in Kaya, near Bankass (coordinates for Bankass used).|Bankass",
        // without a coder's word, the first place named
        "On 3 May 2024 gunmen killed four traders near Kaya and later left for Bankass.|Kaya",
      })
  void theCodedPlaceWins(String text, String place) {
    List<Incident> got =
        extractor.extract(Document.ofText("c-1", null, LocalDate.of(2024, 5, 6), text));
    assertThat(got).isNotEmpty();
    assertThat(got.get(0).location()).isNotNull();
    assertThat(got.get(0).location().name()).isEqualTo(place);
  }
}
