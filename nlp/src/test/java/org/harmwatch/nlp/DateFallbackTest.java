package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.Test;

/**
 * Dates a report gives in other ways than a date beside the event: the report's day when nothing
 * else dates it, a year named in the sentence, "the same day", a date inside the reported clause.
 */
class DateFallbackTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  private List<Incident> extract(String text, LocalDate published) {
    return extractor.extract(Document.ofText("d", null, published, text));
  }

  @Test
  void theReportDayStandsInWhenNothingElseDatesTheEvent() {
    // Published on Monday 6 June 2022: "on Saturday" is 4 June.
    List<Incident> out =
        extract(
            "The army said on Saturday that four soldiers were killed when gunmen attacked their"
                + " post in Djibo.",
            LocalDate.of(2022, 6, 6));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date().start()).isEqualTo(LocalDate.of(2022, 6, 4));
    assertThat(out.get(0).date().precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aDateInsideTheReportedClauseIsTheEvents() {
    List<Incident> out =
        extract(
            "The spokesman said soldiers of the northern brigade, on May 30, were attacked by"
                + " gunmen near Djibo.",
            LocalDate.of(2022, 6, 6));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date().start()).isEqualTo(LocalDate.of(2022, 5, 30));
  }

  @Test
  void aYearNamedInTheSentenceDatesAnOtherwiseUndatedIncident() {
    List<Incident> out =
        extract(
            "Soldiers shot dead 14 opposition supporters in Kaya during the 2021 elections.",
            LocalDate.of(2024, 3, 1));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(out.get(0).date().start()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(out.get(0).date().end()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void aYearAfterPublicationIsNoDate() {
    List<Incident> out =
        extract(
            "Soldiers shot dead 14 opposition supporters in Kaya during the 2026 elections.",
            LocalDate.of(2024, 3, 1));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date()).isNull();
  }

  @Test
  void theSameDayIsThePreviousIncidentsDay() {
    List<Incident> out =
        extract(
            "Le dimanche 14 novembre 2021, des hommes armés ont attaqué le poste de Djibo, faisant"
                + " 5 morts.\n\nLe même jour, à Kaya, des individus armés ont tué 3 civils.",
            LocalDate.of(2021, 11, 16));
    assertThat(out).hasSize(2);
    assertThat(out.get(1).date().start()).isEqualTo(LocalDate.of(2021, 11, 14));
    assertThat(out.get(1).date().end()).isEqualTo(LocalDate.of(2021, 11, 14));
  }

  @Test
  void earlierTheSameDayTellsTheSameIncident() {
    List<Incident> out =
        extract(
            "Soldiers shot dead four traders near Kaya on 2 March, relatives said. The traders"
                + " had been arrested at a checkpoint earlier the same day.",
            LocalDate.of(2025, 3, 18));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date().start()).isEqualTo(LocalDate.of(2025, 3, 2));
  }
}
