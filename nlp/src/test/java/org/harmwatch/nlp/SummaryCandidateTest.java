package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which incidents may be a lead's summary: the test that lets the summary fold skip the others
 * without comparing them with every later incident, so it must never refuse a lead that {@link
 * Deduplication#summarises} would fold.
 */
class SummaryCandidateTest {
  private static final Actor SOLDIERS = new Actor("Soldiers", ActorType.STATE_FORCES, "soldiers");
  private static final Incident DETAIL =
      incident(
          new IncidentDate(
              LocalDate.of(2023, 5, 9), LocalDate.of(2023, 5, 9), DatePrecision.DAY, "9 May"),
          new Location(
              "Kaya",
              "BF",
              "Centre-Nord",
              null,
              null,
              null,
              LocationPrecision.PLACE,
              null,
              "Kaya"));

  @ParameterizedTest(name = "{0} date in a {1} place: may be a summary {2}")
  @CsvSource({
    "MONTH, ADMIN1, true",
    "WEEK,  REGION, true",
    "MONTH, PLACE,  false",
    "DAY,   ADMIN1, false",
    "YEAR,  ADMIN1, false",
    ",      ADMIN1, false",
    "MONTH, ,       false",
  })
  void onlyCoarseDatesInRegionsMayBeSummaries(
      DatePrecision date, LocationPrecision place, boolean candidate) {
    Incident lead =
        incident(
            date == null
                ? null
                : new IncidentDate(
                    LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), date, "in May"),
            place == null
                ? null
                : new Location(
                    "Centre-Nord",
                    "BF",
                    "Centre-Nord",
                    null,
                    null,
                    null,
                    place,
                    null,
                    "the Centre-Nord region"));
    assertThat(Deduplication.mayBeSummary(lead)).isEqualTo(candidate);
    // Never narrower than the fold itself: a lead it would fold is always a candidate.
    if (Deduplication.summarises(lead, DETAIL)) {
      assertThat(candidate).isTrue();
    }
  }

  @ParameterizedTest(name = "a {0} lead in a {1} place is folded into the detail: {2}")
  @CsvSource({"MONTH, ADMIN1, true", "MONTH, PLACE, false", "DAY, ADMIN1, false"})
  void theFoldAgreesWithTheCandidateTest(
      DatePrecision date, LocationPrecision place, boolean folded) {
    Incident lead =
        incident(
            new IncidentDate(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), date, "in May"),
            new Location(
                "Centre-Nord",
                "BF",
                "Centre-Nord",
                null,
                null,
                null,
                place,
                null,
                "the Centre-Nord region"));
    assertThat(Deduplication.summarises(lead, DETAIL)).isEqualTo(folded);
    assertThat(Deduplication.mayBeSummary(lead)).isEqualTo(folded);
  }

  private static Incident incident(IncidentDate date, Location location) {
    return new Incident(
        "i",
        null,
        null,
        null,
        date,
        location,
        List.of(SOLDIERS),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        0.5,
        null);
  }
}
