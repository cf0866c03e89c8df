package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.SubEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Air strikes whose place resolves to no country: once a NullPointerException (the state-only air
 * power lookup was asked about a null country), which rejected the whole document.
 */
class AirStrikeRegressionTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Air raids on Kolmaro north of Tindalo left one dead and two injured.",
        "An air strike by unknown war planes killed 3 herders near Nowhereville on 16 April.",
      })
  void unattributedStrikeWithoutCountryIsExtractedWithoutPerpetrator(String text) {
    Document d = Document.ofText("air", null, LocalDate.of(2016, 4, 19), text);
    var got = extractor.extract(d);
    assertThat(got).isNotEmpty();
    Incident first = got.get(0);
    assertThat(first.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
    assertThat(first.perpetrators()).isEmpty();
  }
}
