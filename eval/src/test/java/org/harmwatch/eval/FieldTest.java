package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.eval.Fixtures.base;
import static org.harmwatch.eval.Fixtures.with;

import org.junit.jupiter.api.Test;

class FieldTest {
  @Test
  void identicalIncidentsAreRightOnEveryField() {
    for (Field f : Field.values()) {
      assertThat(f.correct(base(), base())).as(f.code()).isTrue();
    }
  }

  @Test
  void eventAndSubEventType() {
    var drone = with("'sub_event_type':null");
    var p =
        Fixtures.incident(
            Fixtures.BASE
                .replace("'violence_against_civilians'", "'explosions_remote_violence'")
                .replace("'attack'", "'air_drone_strike'"));
    assertThat(Field.EVENT_TYPE.correct(base(), p)).isFalse();
    assertThat(Field.SUB_EVENT_TYPE.correct(base(), p)).isFalse();
    assertThat(Field.EVENT_TYPE.correct(drone, base())).isTrue();
    assertThat(Field.SUB_EVENT_TYPE.correct(drone, base())).isFalse();
  }

  @Test
  void dateNeedsEqualStartAndEndOrBothNull() {
    var week = with("'date':{'start':'2024-04-29','end':'2024-05-05','precision':'week'}");
    var noDate = with("'date':null");
    assertThat(Field.DATE.correct(base(), week)).isFalse();
    assertThat(Field.DATE.correct(base(), noDate)).isFalse();
    assertThat(Field.DATE.correct(noDate, base())).isFalse();
    assertThat(Field.DATE.correct(noDate, with("'date':null"))).isTrue();
    assertThat(Field.DATE.render(week)).isEqualTo("2024-04-29..2024-05-05");
  }

  @Test
  void admin1IgnoresAccentsAndCase() {
    var gold =
        with(
            "'location':{'name':'Segou region','country_code':'ML','admin1':'Ségou','precision':'admin1'}");
    var plain =
        with(
            "'location':{'name':'Segou','country_code':'ml','admin1':'SEGOU','precision':'admin1'}");
    var other =
        with(
            "'location':{'name':'Mopti','country_code':'ML','admin1':'Mopti','precision':'admin1'}");
    assertThat(Field.ADMIN1.correct(gold, plain)).isTrue();
    assertThat(Field.COUNTRY.correct(gold, plain)).isTrue();
    assertThat(Field.ADMIN1.correct(gold, other)).isFalse();
    assertThat(Field.normalize("Centre-Nord")).isEqualTo(Field.normalize("centre nord"));
  }

  @Test
  void countryWrongWhenLocationMissing() {
    assertThat(Field.COUNTRY.correct(base(), with("'location':null"))).isFalse();
    assertThat(Field.COUNTRY.render(with("'location':null"))).isEqualTo("null");
  }

  @Test
  void coordinatesWithinFiftyKilometres() {
    var near =
        with(
            "'location':{'name':'x','country_code':'ML','lat':14.5,'lon':-4.95,'precision':'place'}");
    var far =
        with(
            "'location':{'name':'x','country_code':'ML','lat':14.7,'lon':-4.95,'precision':'place'}");
    var none = with("'location':{'name':'central Mali','country_code':'ML','precision':'region'}");
    assertThat(Field.COORDINATES.correct(base(), near)).isTrue(); // ~39 km
    assertThat(Field.COORDINATES.correct(base(), far)).isFalse(); // ~61 km
    assertThat(Field.COORDINATES.correct(base(), none)).isFalse();
    assertThat(Field.COORDINATES.correct(none, base())).isFalse();
    assertThat(Field.COORDINATES.correct(none, with("'location':null"))).isTrue();
    assertThat(org.harmwatch.core.model.Location.km(14.15, -4.95, 14.5, -4.95))
        .isBetween(38.0, 40.0);
  }

  @Test
  void killedNeedsEqualMinAndMax() {
    var atLeast = with("'casualties':{'killed':{'min':7,'max':null},'children_killed':2}");
    var none = with("'casualties':{'children_killed':2}");
    assertThat(Field.KILLED.correct(base(), atLeast)).isFalse();
    assertThat(Field.KILLED.correct(base(), none)).isFalse();
    assertThat(Field.KILLED.correct(none, with("'casualties':{}"))).isTrue();
    assertThat(Field.KILLED.correct(atLeast, with("'casualties':{'killed':{'min':7}}"))).isTrue();
    assertThat(Field.KILLED.render(atLeast)).isEqualTo("{7,null}");
  }

  @Test
  void childrenKilled() {
    assertThat(
            Field.CHILDREN_KILLED.correct(
                base(), with("'casualties':{'killed':{'min':7,'max':7}}")))
        .isFalse();
    assertThat(Field.CHILDREN_KILLED.correct(with("'casualties':{}"), with("'casualties':{}")))
        .isTrue();
    assertThat(Field.CHILDREN_KILLED.correct(base(), with("'casualties':{'children_killed':3}")))
        .isFalse();
  }

  @Test
  void perpetratorsCompareAsSets() {
    var reversed = with("'perpetrators':['wagner group','Military Forces of Mali']");
    var one = with("'perpetrators':['Military Forces of Mali']");
    assertThat(Field.PERPETRATORS.correct(base(), reversed)).isTrue();
    assertThat(Field.PERPETRATORS.correct(base(), one)).isFalse();
  }

  @Test
  void reportedByComparesAsCaseInsensitiveSets() {
    assertThat(Field.REPORTED_BY.correct(base(), with("'reported_by':['human rights watch']")))
        .isTrue();
    assertThat(
            Field.REPORTED_BY.correct(
                base(), with("'reported_by':['Human Rights Watch','local sources']")))
        .isFalse();
    assertThat(Field.REPORTED_BY.correct(with("'reported_by':[]"), with("'reported_by':null")))
        .isTrue();
  }
}
