package org.harmwatch.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmwatch.core.json.ExchangeJson;

/**
 * The tables the batch job writes, in both forms: each table's Parquet schema, and how a row and a
 * JSON line are made from the job's values.
 */
final class BatchTables {
  private BatchTables() {}

  static final StructType DOCUMENTS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("sha256", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("publisher", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("content_type", DataTypes.StringType)
          .add("captured_at", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("original", DataTypes.BinaryType);

  static final StructType SOURCES =
      new StructType()
          .add("incident_id", DataTypes.StringType)
          .add("source_id", DataTypes.StringType)
          .add("document_id", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("reason", DataTypes.StringType)
          .add("extracted", DataTypes.StringType);

  static final StructType INCIDENTS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("event_type", DataTypes.StringType)
          .add("sub_event_type", DataTypes.StringType)
          .add("date_start", DataTypes.StringType)
          .add("date_end", DataTypes.StringType)
          .add("country_code", DataTypes.StringType)
          .add("place", DataTypes.StringType)
          .add("lat", DataTypes.DoubleType)
          .add("lon", DataTypes.DoubleType)
          .add("reports", DataTypes.IntegerType)
          .add("json", DataTypes.StringType);

  static final StructType LINKS =
      new StructType()
          .add("a", DataTypes.StringType)
          .add("b", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("reason", DataTypes.StringType);

  static final StructType REJECTS =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("stage", DataTypes.StringType)
          .add("reason", DataTypes.StringType);

  static Row documentRow(DocRow d) {
    return RowFactory.create(
        d.id(),
        d.sha256(),
        d.title(),
        d.url(),
        d.publisher(),
        d.published(),
        d.language(),
        d.contentType(),
        d.capturedAt(),
        d.text(),
        d.original());
  }

  static Row incidentRow(String json) {
    JsonNode n = ExchangeJson.parse(json);
    JsonNode date = n.path("date");
    JsonNode loc = n.path("location");
    return RowFactory.create(
        n.path("id").asText(),
        text(n.path("event_type")),
        text(n.path("sub_event_type")),
        text(date.path("start")),
        text(date.path("end")),
        text(loc.path("country_code")),
        text(loc.path("name")),
        loc.path("lat").isNumber() ? loc.path("lat").asDouble() : null,
        loc.path("lon").isNumber() ? loc.path("lon").asDouble() : null,
        n.path("reports").asInt(),
        json);
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }

  static String linkJson(LinkRow l) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("a", l.a());
    o.put("b", l.b());
    o.put("score", l.score());
    o.put("reason", l.reason());
    return ExchangeJson.write(o);
  }

  static String rejectJson(Reject r) {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("source", r.source());
    o.put("stage", r.stage());
    o.put("reason", r.reason());
    return ExchangeJson.write(o);
  }
}
