package org.harmwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * The value format of a {@link JsonlArchive}: how a column's values are written as JSON and bound
 * back into an INSERT, by the column's JDBC type.
 */
final class ArchiveValues {
  private ArchiveValues() {}

  static void writeValue(JsonGenerator g, ResultSet rs, int i, int type, String typeName)
      throws SQLException, IOException {
    switch (kind(type, typeName)) {
      case INTEGER -> {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeNumber(v);
        }
      }
      case FLOAT -> {
        double v = rs.getDouble(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeNumber(v);
        }
      }
      case DECIMAL -> {
        BigDecimal v = rs.getBigDecimal(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeNumber(v);
        }
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeBoolean(v);
        }
      }
      case DATE -> {
        LocalDate v = rs.getObject(i, LocalDate.class);
        writeText(g, v == null ? null : v.toString());
      }
      case INSTANT -> {
        OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
        writeText(g, v == null ? null : v.toInstant().toString());
      }
      case LOCAL_TIME -> {
        LocalDateTime v = rs.getObject(i, LocalDateTime.class);
        writeText(g, v == null ? null : v.toString());
      }
      case BINARY -> {
        byte[] v = rs.getBytes(i);
        writeText(g, v == null ? null : Base64.getEncoder().encodeToString(v));
      }
      case TEXT -> writeText(g, rs.getString(i));
    }
  }

  private static void writeText(JsonGenerator g, String s) throws IOException {
    if (s == null) {
      g.writeNull();
    } else {
      g.writeString(s);
    }
  }

  /** How a column's values are written and read back. */
  private enum Kind {
    INTEGER,
    FLOAT,
    DECIMAL,
    BOOLEAN,
    DATE,
    INSTANT,
    LOCAL_TIME,
    BINARY,
    TEXT
  }

  private static Kind kind(int type, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
      case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOAT;
      case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.DATE -> Kind.DATE;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
      // PostgreSQL reports timestamptz as TIMESTAMP; its type name tells them apart.
      case Types.TIMESTAMP ->
          name.contains("tz") || name.contains("time zone") ? Kind.INSTANT : Kind.LOCAL_TIME;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
      default -> Kind.TEXT;
    };
  }

  static void bindValue(PreparedStatement ps, int i, ArchiveColumn col, JsonNode v)
      throws SQLException {
    if (v.isNull()) {
      ps.setNull(i, col.type(), col.typeName());
      return;
    }
    switch (kind(col.type(), col.typeName())) {
      case INTEGER -> ps.setLong(i, v.asLong());
      case FLOAT -> ps.setDouble(i, v.asDouble());
      case DECIMAL -> ps.setBigDecimal(i, v.decimalValue());
      case BOOLEAN -> ps.setBoolean(i, v.asBoolean());
      case DATE -> ps.setObject(i, LocalDate.parse(v.asText()));
      case INSTANT -> ps.setObject(i, Instant.parse(v.asText()).atOffset(ZoneOffset.UTC));
      case LOCAL_TIME -> ps.setObject(i, LocalDateTime.parse(v.asText()));
      case BINARY -> ps.setBytes(i, Base64.getDecoder().decode(v.asText()));
      case TEXT -> ps.setString(i, v.isTextual() ? v.asText() : v.toString());
    }
  }
}
