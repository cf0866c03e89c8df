package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.eval.Field.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scorer's rules, one row per case: a field, the gold incident, the prediction paired with it
 * and what comparing them gives. Incidents are the base fixture (7 civilians killed by soldiers and
 * Wagner in Diafarabé, Mopti, Mali, on 3 May 2024) with some fields replaced; "-" is no incident
 * (an unmatched gold incident, a spurious prediction).
 */
class FieldRulesTest {
  @ParameterizedTest(name = "{0}: gold {1} / predicted {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // field | gold | predicted | outcome
        "event_type | base | base | RIGHT",
        "event_type | base | {'event_type':'battles','sub_event_type':'armed_clash'} | WRONG",
        "event_type | base | {'event_type':null,'sub_event_type':null} | MISSING",
        // Sub-event types are scored only where the gold has one (ACLED before 2019 has none).
        "sub_event_type | {'sub_event_type':null} | base | UNSCORED",
        "sub_event_type | base | {'sub_event_type':null} | MISSING",
        "sub_event_type | base | {'sub_event_type':'abduction_forced_disappearance'} | WRONG",
        "date | base | base | RIGHT",
        "date | base | {'date':{'start':'2024-04-29','end':'2024-05-05','precision':'week'}}"
            + " | WRONG",
        "date | {'date':null} | base | SPURIOUS",
        "date | {'date':null} | {'date':null} | RIGHT_EMPTY",
        "country | base | {'location':{'name':'x','country_code':'ml','precision':'country'}}"
            + " | RIGHT",
        "country | base | {'location':{'name':'x','country_code':'BF','precision':'country'}}"
            + " | WRONG",
        "country | base | {'location':null} | MISSING",
        // Names of divisions compare without accents, case or hyphens.
        "admin1 | {'location':{'name':'x','admin1':'Ségou','precision':'admin1'}}"
            + " | {'location':{'name':'y','admin1':'SEGOU','precision':'admin1'}} | RIGHT",
        "admin1 | {'location':{'name':'x','admin1':'Centre-Nord','precision':'admin1'}}"
            + " | {'location':{'name':'y','admin1':'centre nord','precision':'admin1'}} | RIGHT",
        "admin1 | base | {'location':{'name':'y','admin1':'Ségou','precision':'admin1'}} | WRONG",
        "admin2 | base | {'location':{'name':'y','admin2':'Djenné','precision':'admin2'}}"
            + " | SPURIOUS",
        // Coordinates within 50 km are right (the base is at 14.15,-4.95).
        "coordinates | base | {'location':{'name':'x','lat':14.5,'lon':-4.95,'precision':'place'}}"
            + " | RIGHT",
        "coordinates | base | {'location':{'name':'x','lat':14.7,'lon':-4.95,'precision':'place'}}"
            + " | WRONG",
        "coordinates | {'location':{'name':'central Mali','country_code':'ML','precision':'region'}}"
            + " | base | SPURIOUS",
        "coordinates | {'location':null} | {'location':null} | RIGHT_EMPTY",
        // Counts need equal min and max, but a gold open maximum checks only the minimum.
        "killed | base | base | RIGHT",
        "killed | base | {'casualties':{'killed':{'min':7,'max':null}}} | WRONG",
        "killed | {'casualties':{'killed':{'min':7}}} | {'casualties':{'killed':{'min':7}}} | RIGHT",
        // A gold "at least 7" cannot check the prediction's upper bound; killed_exact still can.
        "killed | {'casualties':{'killed':{'min':7}}} | base | RIGHT",
        "killed | {'casualties':{'killed':{'min':7}}} | {'casualties':{'killed':{'min':8}}} | WRONG",
        "killed_exact | {'casualties':{'killed':{'min':7}}} | base | WRONG",
        "killed_exact | base | base | RIGHT",
        "killed | base | {'casualties':{}} | MISSING",
        "killed | {'casualties':{}} | {'casualties':{'killed':{'min':3,'max':3}}} | SPURIOUS",
        "killed | {'casualties':{}} | {'casualties':{'killed':{}}} | RIGHT_EMPTY",
        "civilians_killed | {'casualties':{'civilians_killed':{'min':7,'max':7}}}"
            + " | {'casualties':{}} | MISSING",
        "civilians_killed | {'casualties':{'civilians_killed':{'min':7,'max':7}}}"
            + " | {'casualties':{'civilians_killed':{'min':7,'max':7}}} | RIGHT",
        "injured | {'casualties':{'injured':{'min':2,'max':2}}}"
            + " | {'casualties':{'injured':{'min':2,'max':null}}} | WRONG",
        "detained | {'casualties':{}} | {'casualties':{'detained':{'min':25,'max':25}}} | SPURIOUS",
        "children_killed | base | {'casualties':{'children_killed':3}} | WRONG",
        "children_killed | {'casualties':{}} | {'casualties':{}} | RIGHT_EMPTY",
        // Actors compare as sets of names, without case.
        "perpetrators | base | {'perpetrators':['wagner group','Military Forces of Mali']} | RIGHT",
        "perpetrators | base | {'perpetrators':['Military Forces of Mali']} | WRONG",
        "perpetrators | base | {'perpetrators':[]} | MISSING",
        // Actor names compare without punctuation or the replacement character a lost apostrophe
        // leaves in a re-encoded gold file; a different word is still wrong.
        "perpetrators | {'perpetrators':['Friends\uFFFD Army: Front-West']}"
            + " | {'perpetrators':['friends army - front west']} | RIGHT",
        "perpetrators | {'perpetrators':['Hill People\\u0027s Militia']}"
            + " | {'perpetrators':['Hill Peoples Militia']} | RIGHT",
        "perpetrators | {'perpetrators':['Hill Peoples Militia']}"
            + " | {'perpetrators':['Hill People Militia']} | WRONG",
        "targets | {'targets':['Civilians (Lakeland)']} | {'targets':['Civilians']} | WRONG",
        // ACLED gold empties perpetrators it cannot tell ("X and/or Y"): not scored.
        "perpetrators | {'perpetrators':[]} | base | UNSCORED",
        "targets | {'targets':[]} | base | SPURIOUS",
        "reported_by | base | {'reported_by':['human rights watch']} | RIGHT",
        "reported_by | {'reported_by':[]} | {'reported_by':null} | RIGHT_EMPTY",
        // No prediction paired with the gold incident: its values are missing, it is never right.
        "killed | base | - | MISSING",
        "killed | {'casualties':{}} | - | UNMATCHED_EMPTY",
        "sub_event_type | {'sub_event_type':null} | - | UNSCORED",
        // A prediction paired with no gold incident: its values are spurious.
        "killed | - | base | SPURIOUS",
        "killed | - | {'casualties':{}} | UNSCORED",
      })
  void comparesOneField(String field, String gold, String predicted, Outcome outcome) {
    Scored g = gold.equals("-") ? null : Fixtures.scored(gold);
    Scored p = predicted.equals("-") ? null : Fixtures.scored(predicted);
    assertThat(Field.fromCode(field).compare(g, p)).isEqualTo(outcome);
  }
}
