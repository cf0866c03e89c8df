package org.harmwatch.eval;

import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;

/** Small incidents for tests, written in the gold JSON format with single quotes. */
final class Fixtures {
  private Fixtures() {}

  static final String BASE =
      "{'event_type':'violence_against_civilians','sub_event_type':'attack',"
          + "'date':{'start':'2024-05-03','end':'2024-05-03','precision':'day'},"
          + "'location':{'name':'Diafarabé','country_code':'ML','admin1':'Mopti',"
          + "'lat':14.15,'lon':-4.95,'precision':'place'},"
          + "'perpetrators':['Military Forces of Mali','Wagner Group'],'targets':['Civilians'],"
          + "'casualties':{'killed':{'min':7,'max':7},'children_killed':2},"
          + "'reported_by':['Human Rights Watch'],"
          + "'evidence':['On 3 May 2024, soldiers killed 7 civilians in Diafarabe.']}";

  /** Parses a JSON object written with single quotes. */
  static Incident incident(String json) {
    return ExchangeJson.incidentFromJson(ExchangeJson.parse(json.replace('\'', '"')));
  }

  /** The base incident with one top-level field replaced: {@code "'field':value"}. */
  static Incident with(String fieldAndValue) {
    String key = fieldAndValue.substring(0, fieldAndValue.indexOf(':'));
    com.fasterxml.jackson.databind.node.ObjectNode base =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            ExchangeJson.parse(BASE.replace('\'', '"'));
    com.fasterxml.jackson.databind.JsonNode patch =
        ExchangeJson.parse(("{" + fieldAndValue + "}").replace('\'', '"'));
    base.set(key.replace("'", ""), patch.get(key.replace("'", "")));
    return ExchangeJson.incidentFromJson(base);
  }

  static Incident base() {
    return incident(BASE);
  }

  /**
   * The base incident with the fields of {@code patch} (a JSON object with single quotes, e.g.
   * {@code "{'date':null}"}) replaced, as the scorer sees it; "base" is the base incident itself.
   */
  static Scored scored(String patch) {
    com.fasterxml.jackson.databind.node.ObjectNode base =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            ExchangeJson.parse(BASE.replace('\'', '"'));
    if (!patch.equals("base")) {
      ExchangeJson.parse(patch.replace('\'', '"'))
          .fields()
          .forEachRemaining(e -> base.set(e.getKey(), e.getValue()));
    }
    return Scored.of(ExchangeJson.incidentFromJson(base), base);
  }
}
