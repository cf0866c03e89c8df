package org.harmwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.Document;

/**
 * A batched INSERT of the rows of one table of a {@link JsonlArchive}, with the columns of its
 * first row; checks each row's columns and each document's original against its SHA-256.
 */
final class ArchiveInsert {
  final String table;
  final List<ArchiveColumn> columns = new ArrayList<>();
  final PreparedStatement ps;
  int pending;

  ArchiveInsert(
      Connection c, String table, JsonNode first, Map<String, ArchiveColumn> target, long lineNo)
      throws SQLException {
    this.table = table;
    first
        .fieldNames()
        .forEachRemaining(
            name -> {
              ArchiveColumn col = target.get(name);
              if (col == null) {
                throw new IllegalArgumentException(
                    "line " + lineNo + ": table " + table + " has no column " + name + " here");
              }
              columns.add(col);
            });
    String names = String.join(", ", columns.stream().map(ArchiveColumn::name).toList());
    String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
    this.ps =
        c.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
  }

  void add(JsonNode row, long lineNo) throws SQLException {
    if (row.size() != columns.size()) {
      throw new IllegalArgumentException(
          "line "
              + lineNo
              + ": a row of "
              + table
              + " has "
              + row.size()
              + " columns, not "
              + columns.size());
    }
    for (int i = 0; i < columns.size(); i++) {
      ArchiveColumn col = columns.get(i);
      JsonNode v = row.get(col.name());
      if (v == null) {
        throw new IllegalArgumentException(
            "line " + lineNo + ": a row of " + table + " lacks column " + col.name());
      }
      try {
        ArchiveValues.bindValue(ps, i + 1, col, v);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "line " + lineNo + ": bad value for " + table + "." + col.name() + ": " + v, e);
      }
    }
    if (table.equals("documents") && row.hasNonNull("original") && row.hasNonNull("sha256")) {
      byte[] original = Base64.getDecoder().decode(row.get("original").asText());
      String sha = Document.sha256Hex(original);
      if (!sha.equals(row.get("sha256").asText())) {
        throw new IllegalArgumentException(
            "line "
                + lineNo
                + ": document "
                + row.path("id").asText()
                + " has SHA-256 "
                + row.get("sha256").asText()
                + " but its original hashes to "
                + sha);
      }
    }
    ps.addBatch();
    if (++pending >= JsonlArchive.BATCH) {
      flush();
    }
  }

  void flush() throws SQLException {
    if (pending > 0) {
      ps.executeBatch();
      pending = 0;
    }
  }
}
