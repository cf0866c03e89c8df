package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.eval.Fixtures.base;
import static org.harmwatch.eval.Fixtures.incident;
import static org.harmwatch.eval.Fixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.Test;

class ScorerTest {
  static final Incident DRONE =
      incident(
          "{'event_type':'explosions_remote_violence','sub_event_type':'air_drone_strike',"
              + "'date':{'start':'2024-02-10','end':'2024-02-10','precision':'day'},"
              + "'location':{'name':'Kidal','country_code':'ML','admin1':'Kidal',"
              + "'lat':18.44,'lon':1.41,'precision':'place'},"
              + "'perpetrators':['Military Forces of Mali'],"
              + "'casualties':{'killed':{'min':13,'max':null}},"
              + "'evidence':['A drone strike near Kidal killed at least 13 people.']}");

  static GoldDocument doc(String id, Incident... incidents) {
    return GoldDocument.of(id, LocalDate.parse("2024-06-01"), List.of(incidents));
  }

  @Test
  void perfectPredictionScoresOne() {
    EvalReport r =
        Scorer.score(List.of(doc("d1", base(), DRONE)), Map.of("d1", List.of(DRONE, base())));
    assertThat(r.matchedIncidents()).isEqualTo(2);
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.f1()).isEqualTo(1.0);
    for (Field f : Field.values()) {
      assertThat(r.accuracy(f)).as(f.code()).isEqualTo(1.0);
    }
    assertThat(r.misses()).isEmpty();
  }

  @Test
  void matchingPairsEachGoldWithItsMostSimilarPrediction() {
    Incident wrongCount = with("'casualties':{'killed':{'min':9,'max':9},'children_killed':2}");
    int[] pairs = Scorer.match(List.of(base(), DRONE), List.of(DRONE, wrongCount));
    assertThat(pairs).containsExactly(1, 0);
  }

  @Test
  void matchingIsOneToOne() {
    int[] pairs = Scorer.match(List.of(base(), base()), List.of(base()));
    assertThat(pairs).containsExactly(0, -1);
  }

  @Test
  void dissimilarIncidentsStayUnmatched() {
    Incident unrelated =
        incident(
            "{'event_type':'battles','sub_event_type':'armed_clash',"
                + "'location':{'name':'Niamey','country_code':'NE','lat':13.5,'lon':2.1,'precision':'place'}}");
    assertThat(Scorer.similarity(base(), unrelated)).isLessThan(Scorer.MIN_SIMILARITY);
    assertThat(Scorer.match(List.of(base()), List.of(unrelated))).containsExactly(-1);
  }

  @Test
  void sharedEvidenceAloneIsEnoughToMatch() {
    Incident typo =
        incident(
            "{'event_type':'battles','sub_event_type':'armed_clash',"
                + "'evidence':[{'start':0,'end':10,'text':'soldiers killed 7 civilians in Diafarabe'}]}");
    assertThat(Scorer.similarity(base(), typo)).isGreaterThanOrEqualTo(3.0);
  }

  @Test
  void unmatchedGoldCountsWrongOnEveryFieldAndSpuriousLowersPrecision() {
    Incident unrelated =
        incident(
            "{'event_type':'battles','sub_event_type':'armed_clash',"
                + "'location':{'name':'Niamey','country_code':'NE','lat':13.5,'lon':2.1,'precision':'place'}}");
    EvalReport r =
        Scorer.score(
            List.of(doc("d1", base(), DRONE), doc("d2")),
            Map.of("d1", List.of(base()), "d2", List.of(unrelated)));
    assertThat(r.goldIncidents()).isEqualTo(2);
    assertThat(r.predictedIncidents()).isEqualTo(2);
    assertThat(r.matchedIncidents()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(0.5);
    assertThat(r.recall()).isEqualTo(0.5);
    assertThat(r.accuracy(Field.KILLED)).isEqualTo(0.5);
    assertThat(r.misses("unmatched_gold"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.docId()).isEqualTo("d1");
              assertThat(m.goldIndex()).isEqualTo(1);
            });
    assertThat(r.misses("spurious")).singleElement().extracting(Miss::docId).isEqualTo("d2");
  }

  @Test
  void fieldMissesNameDocGoldAndPrediction() {
    Incident p = with("'casualties':{'killed':{'min':5,'max':null},'children_killed':2}");
    EvalReport r = Scorer.score(List.of(doc("d1", base())), Map.of("d1", List.of(p)));
    assertThat(r.accuracy(Field.KILLED)).isZero();
    assertThat(r.accuracy(Field.DATE)).isEqualTo(1.0);
    assertThat(r.misses())
        .containsExactly(
            new Miss("d1", "killed", 0, 0, "{7,7}", "{5,null}"),
            new Miss("d1", "killed_exact", 0, 0, "{7,7}", "{5,null}"));
  }

  @Test
  void missingDocumentsPredictNothing() {
    EvalReport r = Scorer.score(List.of(doc("d1", base())), Map.of());
    assertThat(r.recall()).isZero();
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.f1()).isZero();
  }

  @Test
  void textAndJsonCarryTheFigures() {
    Incident p = with("'date':null");
    EvalReport r = Scorer.score(List.of(doc("d1", base(), DRONE)), Map.of("d1", List.of(p)));
    String text = r.toText(true);
    assertThat(text).contains("precision", "1.000", "recall", "0.500", "date", "0.000", "1/2");
    assertThat(text).contains("unmatched_gold").contains("gold=2024-05-03..2024-05-03");
    assertThat(r.toText()).doesNotContain("unmatched_gold");
    JsonNode json = ExchangeJson.parse(ExchangeJson.write(r.toJson()));
    assertThat(json.get("recall").asDouble()).isEqualTo(0.5);
    assertThat(json.get("fields").get("killed").get("correct").asInt()).isEqualTo(1);
    assertThat(json.get("misses")).hasSize(2);
  }

  @Test
  void datesOverlapAndCounts() {
    assertThat(
            Scorer.countsOverlap(
                new org.harmwatch.core.model.Count(28, 35, null),
                new org.harmwatch.core.model.Count(30, null, null)))
        .isTrue();
    assertThat(
            Scorer.countsOverlap(
                new org.harmwatch.core.model.Count(28, 35, null),
                new org.harmwatch.core.model.Count(40, null, null)))
        .isFalse();
    assertThat(Scorer.datesOverlap(base().date(), DRONE.date())).isFalse();
  }

  @Test
  void fieldsCountRightWrongMissingAndSpuriousOverMatchedAndUnmatchedIncidents() {
    Incident nine = with("'casualties':{'killed':{'min':9,'max':9},'children_killed':2}");
    Incident unrelated =
        incident(
            "{'event_type':'battles','sub_event_type':'armed_clash',"
                + "'location':{'name':'Niamey','country_code':'NE','lat':13.5,'lon':2.1,'precision':'place'},"
                + "'casualties':{'killed':{'min':4,'max':4}}}");
    EvalReport r =
        Scorer.score(
            List.of(doc("d1", base(), DRONE), doc("d2")),
            Map.of("d1", List.of(nine), "d2", List.of(unrelated)));
    // base~nine: killed wrong; DRONE unmatched: missing; unrelated in d2: spurious.
    assertThat(r.field(Field.KILLED)).isEqualTo(new FieldCounts(2, 0, 0, 1, 1, 1));
    // Date: right on the pair, missing for DRONE; unrelated has none.
    assertThat(r.field(Field.DATE)).isEqualTo(new FieldCounts(2, 1, 1, 0, 1, 0));
    assertThat(r.accuracy(Field.DATE)).isEqualTo(0.5);
    // Targets: the base's [Civilians] is right; DRONE has none and is unmatched: not right.
    assertThat(r.field(Field.TARGETS)).isEqualTo(new FieldCounts(2, 1, 1, 0, 0, 0));
  }

  @Test
  void subEventTypeAndPerpetratorsCountOnlyWhereTheGoldGivesThem() {
    Incident coarse = with("'sub_event_type':null");
    Incident noActors = with("'perpetrators':[]");
    EvalReport r =
        Scorer.score(
            List.of(doc("d1", coarse), doc("d2", noActors), doc("d3", base())),
            Map.of("d1", List.of(base()), "d2", List.of(base()), "d3", List.of(noActors)));
    assertThat(r.field(Field.SUB_EVENT_TYPE)).isEqualTo(new FieldCounts(2, 2, 2, 0, 0, 0));
    assertThat(r.field(Field.PERPETRATORS)).isEqualTo(new FieldCounts(2, 1, 1, 0, 1, 0));
    assertThat(r.accuracy(Field.PERPETRATORS)).isEqualTo(0.5);
    assertThat(r.accuracy(Field.EVENT_TYPE)).isEqualTo(1.0);
    assertThat(r.misses("sub_event_type")).isEmpty();
  }

  @Test
  void actorNamesWhoseApostropheWasLostInTheGoldStillMatch() {
    Incident gold = with("'perpetrators':['Hill People\\uFFFDs Army']");
    Incident predicted = with("'perpetrators':['Hill People\\u0027s Army']");
    EvalReport r = Scorer.score(List.of(doc("d1", gold)), Map.of("d1", List.of(predicted)));
    assertThat(r.accuracy(Field.PERPETRATORS)).isEqualTo(1.0);
    assertThat(r.misses("perpetrators")).isEmpty();
  }

  @Test
  void aBattlesSidesCompareInEitherOrderButAnAttackOnCiviliansKeepsItsOrder() {
    String battle = "'event_type':'battles','sub_event_type':'armed_clash',";
    String attack = "'event_type':'violence_against_civilians','sub_event_type':'attack',";
    // rows: gold type, gold sides, predicted sides, perpetrators right, targets right
    Object[][] rows = {
      {battle, "['Hill Army']", "['River Rebels']", "['River Rebels']", "['Hill Army']", 1.0, 1.0},
      {battle, "['Hill Army']", "['River Rebels']", "['Hill Army']", "['River Rebels']", 1.0, 1.0},
      {
        battle,
        "['Hill Army']",
        "['River Rebels']",
        "['River Rebels']",
        "['Lake Militia']",
        0.0,
        1.0
      },
      {
        battle, "['Hill Army']", "['River Rebels']", "['Lake Militia']", "['Sea Raiders']", 0.0, 0.0
      },
      {battle, "['Hill Army']", "['River Rebels']", "['Lake Militia']", "['Hill Army']", 1.0, 0.0},
      {attack, "['Hill Army']", "['Civilians']", "['Civilians']", "['Hill Army']", 0.0, 0.0},
    };
    for (Object[] row : rows) {
      Incident gold =
          Fixtures.scored("{" + row[0] + "'perpetrators':" + row[1] + ",'targets':" + row[2] + "}")
              .incident();
      Incident predicted =
          Fixtures.scored("{" + row[0] + "'perpetrators':" + row[3] + ",'targets':" + row[4] + "}")
              .incident();
      EvalReport r = Scorer.score(List.of(doc("d1", gold)), Map.of("d1", List.of(predicted)));
      String what =
          row[0] + " gold " + row[1] + "/" + row[2] + " predicted " + row[3] + "/" + row[4];
      assertThat(r.accuracy(Field.PERPETRATORS)).as("perpetrators of " + what).isEqualTo(row[5]);
      assertThat(r.accuracy(Field.TARGETS)).as("targets of " + what).isEqualTo(row[6]);
    }
  }

  @Test
  void confusionMatricesCountMatchedPairsByGoldAndPredictedType() {
    Incident battle =
        incident(
            ExchangeJson.write(ExchangeJson.toJson(DRONE))
                .replace("\"explosions_remote_violence\"", "\"battles\"")
                .replace("\"air_drone_strike\"", "\"armed_clash\""));
    EvalReport r =
        Scorer.score(List.of(doc("d1", base(), DRONE)), Map.of("d1", List.of(base(), battle)));
    assertThat(r.matchedIncidents()).isEqualTo(2);
    Confusion c = r.eventTypes();
    assertThat(c.count("violence_against_civilians", "violence_against_civilians")).isEqualTo(1);
    assertThat(c.count("explosions_remote_violence", "battles")).isEqualTo(1);
    assertThat(c.labels())
        .containsExactly("battles", "explosions_remote_violence", "violence_against_civilians");
    assertThat(c.recall("explosions_remote_violence")).isZero();
    assertThat(c.precision("battles")).isZero();
    assertThat(c.precision("violence_against_civilians")).isEqualTo(1.0);
    assertThat(r.subEventTypes().count("air_drone_strike", "armed_clash")).isEqualTo(1);
    assertThat(r.confusionText())
        .contains("(1) battles", "(2) explosions_remote_violence", "rows gold");
    JsonNode json = ExchangeJson.parse(ExchangeJson.write(r.toJson()));
    assertThat(json.at("/confusion/event_type/counts/explosions_remote_violence/battles").asInt())
        .isEqualTo(1);
  }

  @Test
  void reportShowsEveryFieldWithPrecisionRecallAndCounts() {
    EvalReport r = Scorer.score(List.of(doc("d1", base())), Map.of("d1", List.of(DRONE)));
    String text = r.toText();
    assertThat(text)
        .contains("accuracy", "right/scored", "wrong", "missing", "spurious", "also scored:");
    for (Field f : Field.values()) {
      assertThat(text).contains(f.code());
    }
    JsonNode json = ExchangeJson.parse(ExchangeJson.write(r.toJson(false)));
    assertThat(json.has("misses")).isFalse();
    assertThat(json.at("/fields/civilians_killed/scored").asInt()).isEqualTo(1);
    assertThat(json.at("/fields/civilians_killed/precision").isNull()).isTrue();
    assertThat(r.figures()).containsKeys("incident_f1", "event_type", "admin2");
  }
}
