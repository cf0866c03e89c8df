package org.harmwatch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.CheckRow;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.export.ExportRecord;
import org.junit.jupiter.api.Test;

class CrossCheckerTest {
  private static final CrossChecker CHECKER = new CrossChecker();

  static ReferenceEvent event(
      String id,
      LocalDate day,
      String country,
      String admin1,
      Double lat,
      Double lon,
      EventType type,
      SubEventType sub,
      String actor1,
      String actor2,
      Integer fatalities) {
    return new ReferenceEvent(
        id,
        day,
        day,
        1,
        country,
        null,
        admin1,
        null,
        null,
        lat,
        lon,
        lat == null ? 3 : 1,
        type,
        sub,
        actor1,
        null,
        actor2,
        null,
        fatalities,
        fatalities,
        fatalities,
        null,
        null,
        1,
        "h");
  }

  private static CheckedIncident djibo() {
    return CheckedIncident.of(new ExportRecord(Incidents.djibo(), null, null));
  }

  @Test
  void theSameEventMatchesWithReasons() {
    ReferenceEvent e =
        event(
            "BFA1",
            LocalDate.of(2024, 3, 12),
            "BF",
            "Sahel",
            14.11,
            -1.62,
            EventType.VIOLENCE_AGAINST_CIVILIANS,
            SubEventType.ATTACK,
            "JNIM: Group for Support of Islam and Muslims",
            "Civilians (Burkina Faso)",
            12);
    CrossChecker.Outcome o = CHECKER.check(List.of(djibo()), List.of(e));
    assertThat(o.rows()).hasSize(1);
    CheckRow r = o.rows().get(0);
    assertThat(r.kind()).isEqualTo(CheckRow.Kind.MATCH);
    assertThat(r.eventId()).isEqualTo("BFA1");
    assertThat(r.score()).isEqualTo(1.03);
    assertThat(r.reasons())
        .isEqualTo(
            "same day; 2 km apart; same sub-event type (attack); actor JNIM: Group for Support of"
                + " Islam and Muslims; civilians targeted; fatalities 12 as ours");
    assertThat(r.figuresDisagree()).isFalse();
  }

  @Test
  void farApartPlacesOrDatesOrAnotherCountryDoNotMatch() {
    LocalDate d = LocalDate.of(2024, 3, 12);
    List<ReferenceEvent> theirs =
        List.of(
            event(
                "FAR",
                d,
                "BF",
                "Sahel",
                13.0,
                -0.5,
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                "JNIM: Group for Support of Islam and Muslims",
                null,
                12),
            event(
                "LATE",
                d.plusDays(9),
                "BF",
                "Sahel",
                14.1,
                -1.63,
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                null,
                null,
                12),
            event(
                "NIGER",
                d,
                "NE",
                "Tillaberi",
                14.1,
                -1.63,
                EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK,
                null,
                null,
                12));
    CrossChecker.Outcome o = CHECKER.check(List.of(djibo()), theirs);
    assertThat(o.rows())
        .extracting(CheckRow::kind)
        .containsExactly(
            CheckRow.Kind.OURS_ONLY,
            CheckRow.Kind.THEIRS_ONLY,
            CheckRow.Kind.THEIRS_ONLY,
            CheckRow.Kind.THEIRS_ONLY);
    assertThat(o.comparisons())
        .as("the Niger event and the late one are never compared")
        .isEqualTo(1);
  }

  @Test
  void figuresThatDisagreeAreFlagged() {
    ReferenceEvent e =
        event(
            "BFA2",
            LocalDate.of(2024, 3, 13),
            "BF",
            "Sahel",
            14.1,
            -1.63,
            EventType.VIOLENCE_AGAINST_CIVILIANS,
            SubEventType.ATTACK,
            null,
            null,
            30);
    CheckRow r = CHECKER.check(List.of(djibo()), List.of(e)).rows().get(0);
    assertThat(r.kind()).isEqualTo(CheckRow.Kind.MATCH);
    assertThat(r.reasons())
        .contains("1 day apart")
        .contains("fatalities differ: ours 12, theirs 30");
    assertThat(r.figuresDisagree()).isTrue();
    CheckReport report = CheckReport.of(List.of(r));
    assertThat(report.lines())
        .singleElement()
        .isEqualTo(new CheckReport.Line("BF", "2024-03", 1, 1, 1, 0, 0, 1));
  }

  @Test
  void withoutCoordinatesTheProvinceDecides() {
    CheckedIncident clash =
        CheckedIncident.of(
            new ExportRecord(Incidents.clash("c1", LocalDate.of(2024, 4, 2)), null, null));
    ReferenceEvent same =
        event(
            "MLI1",
            LocalDate.of(2024, 4, 2),
            "ML",
            "Mopti",
            null,
            null,
            EventType.BATTLES,
            SubEventType.ARMED_CLASH,
            "Military Forces of Mali (2021-)",
            null,
            0);
    ReferenceEvent other =
        event(
            "MLI2",
            LocalDate.of(2024, 4, 2),
            "ML",
            "Gao",
            null,
            null,
            EventType.BATTLES,
            SubEventType.ARMED_CLASH,
            "Military Forces of Mali (2021-)",
            null,
            0);
    List<CheckRow> rows = CHECKER.check(List.of(clash), List.of(other, same)).rows();
    assertThat(rows.get(0).kind()).isEqualTo(CheckRow.Kind.MATCH);
    assertThat(rows.get(0).eventId()).isEqualTo("MLI1");
    assertThat(rows.get(0).reasons())
        .contains("same province (Mopti)")
        .contains("actor Military Forces of Mali (2021-)");
    assertThat(rows.get(1))
        .extracting(CheckRow::kind, CheckRow::eventId)
        .containsExactly(CheckRow.Kind.THEIRS_ONLY, "MLI2");
  }

  @Test
  void blockingComparesOnlyTheCountryDateWindow() {
    List<ReferenceEvent> theirs = new ArrayList<>();
    LocalDate base = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 3650; i++) {
      theirs.add(
          event(
              "E" + i,
              base.plusDays(i),
              "BF",
              "Sahel",
              14.1,
              -1.63,
              EventType.BATTLES,
              SubEventType.ARMED_CLASH,
              null,
              null,
              0));
    }
    CrossChecker.Outcome o = CHECKER.check(List.of(djibo()), theirs);
    assertThat(o.comparisons()).isEqualTo(2 * CrossChecker.WINDOW_DAYS + 1);
  }
}
