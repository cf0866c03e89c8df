package org.harmwatch.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.store.DatabaseArchive;

/**
 * The {@link DatabaseArchive} as JSON Lines, read from the database's own metadata so that every
 * table is included, those added by later migrations too. The first line is a header (format,
 * version, source, the row count of every table); each further line is one row, {@code
 * {"table":"...","row":{"column":value,...}}}, tables in foreign-key order, rows in primary-key
 * order. Values: strings, numbers, booleans, dates as {@code YYYY-MM-DD}, times with a zone as UTC
 * instants ({@code 2024-03-01T10:15:30.123456Z}), binary values (documents' originals) in base64.
 *
 * <p>Never written: {@value #FLYWAY} (the target has its own) and the login secrets {@code
 * sessions} and {@code api_tokens}. Thread-safe: each call uses its own connection.
 */
public final class JsonlArchive implements DatabaseArchive {
  /** The format name in the header. */
  public static final String FORMAT = "harmwatch-jsonl";

  /** The format version in the header. */
  public static final int VERSION = 1;

  /** Tables never exported: Flyway's bookkeeping, and secrets that must not leave a server. */
  public static final Set<String> EXCLUDED =
      Set.of("flyway_schema_history", "sessions", "api_tokens", "user_webhooks");

  private static final String FLYWAY = "flyway_schema_history";
  static final int BATCH = 1000;

  private final Database database;
  private final DataSource ds;
  private final ObjectMapper mapper = ExchangeJson.mapper();

  // The exchange-format JSON of an incident by id (with its sources), written beside its row.
  private final java.util.function.Function<String, JsonNode> incidentJson;

  /** An archive of {@code database} with table rows only. */
  public JsonlArchive(Database database) {
    this(database, null);
  }

  /**
   * An archive of {@code database} whose {@code incidents} rows also carry {@code "incident"}: the
   * incident in the exchange format, with its sources and reconciled figures, made by {@code
   * incidentJson} from the id (null: none). Import reads only the rows.
   */
  public JsonlArchive(
      Database database, java.util.function.Function<String, JsonNode> incidentJson) {
    this.database = Objects.requireNonNull(database, "database");
    this.ds = database.dataSource();
    this.incidentJson = incidentJson;
  }

  @Override
  public Map<String, Long> exportTo(OutputStream out, Progress progress) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      // One snapshot for the counts and the rows, while others may go on writing.
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        List<String> tables = ArchiveSchema.tablesInOrder(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (String t : tables) {
          long n = ArchiveSchema.count(c, t);
          counts.put(t, n);
          total += n;
        }
        JsonGenerator g =
            mapper.getFactory().createGenerator(out, JsonEncoding.UTF8).setRootValueSeparator(null);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode header = mapper.createObjectNode();
        header.put("format", FORMAT);
        header.put("version", VERSION);
        header.put("exported_at", Instant.now().toString());
        header.put("source", database.settings().describe());
        ObjectNode tableCounts = header.putObject("tables");
        counts.forEach(tableCounts::put);
        ArrayNode excluded = header.putArray("excluded");
        new TreeSet<>(EXCLUDED).forEach(excluded::add);
        mapper.writeTree(g, header);
        g.writeRaw('\n');
        long done = 0;
        progress.rows(0, total);
        for (String t : tables) {
          done = exportTable(c, t, g, done, total, progress);
        }
        g.flush();
        c.commit();
        return counts;
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export " + database.settings().describe(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
  }

  private long exportTable(
      Connection c, String table, JsonGenerator g, long done, long total, Progress progress)
      throws SQLException, IOException {
    List<String> order = ArchiveSchema.primaryKey(c, table);
    String sql =
        "SELECT * FROM " + table + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(200);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        while (rs.next()) {
          g.writeStartObject();
          g.writeStringField("table", table);
          g.writeObjectFieldStart("row");
          String id = null;
          for (int i = 1; i <= n; i++) {
            String column = md.getColumnName(i).toLowerCase(Locale.ROOT);
            g.writeFieldName(column);
            ArchiveValues.writeValue(g, rs, i, md.getColumnType(i), md.getColumnTypeName(i));
            if (column.equals("id")) {
              id = rs.getString(i);
            }
          }
          g.writeEndObject();
          if (incidentJson != null && table.equals("incidents") && id != null) {
            JsonNode incident = incidentJson.apply(id);
            if (incident != null) {
              g.writeFieldName("incident");
              mapper.writeTree(g, incident);
            }
          }
          g.writeEndObject();
          g.writeRaw('\n');
          if (++done % BATCH == 0) {
            progress.rows(done, total);
          }
        }
      }
    }
    progress.rows(done, total);
    return done;
  }

  @Override
  public Map<String, Long> importFrom(InputStream in, boolean intoNonEmpty, Progress progress) {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        JsonNode header = header(reader.readLine());
        Map<String, Long> expected = new LinkedHashMap<>();
        header
            .get("tables")
            .fields()
            .forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asLong()));
        Map<String, Map<String, ArchiveColumn>> target = new HashMap<>();
        List<String> targetTables = ArchiveSchema.tablesInOrder(c);
        for (String t : expected.keySet()) {
          if (EXCLUDED.contains(t)) {
            throw new IllegalArgumentException(
                "the archive holds table " + t + ", which is never imported");
          }
          if (!targetTables.contains(t)) {
            throw new IllegalArgumentException(
                "the archive has table "
                    + t
                    + ", which "
                    + database.settings().describe()
                    + " has not");
          }
        }
        Map<String, Long> before = new LinkedHashMap<>();
        for (String t : targetTables) {
          before.put(t, ArchiveSchema.count(c, t));
        }
        if (!intoNonEmpty) {
          List<String> filled =
              before.entrySet().stream()
                  .filter(e -> e.getValue() > 0)
                  .map(e -> e.getKey() + " (" + e.getValue() + " rows)")
                  .toList();
          if (!filled.isEmpty()) {
            throw new IllegalArgumentException(
                "the target database is not empty: "
                    + String.join(", ", filled)
                    + "; import into an empty database, or say --into-nonempty");
          }
        }
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        progress.rows(0, total);
        Map<String, Long> read = new LinkedHashMap<>();
        ArchiveInsert insert = null;
        long done = 0;
        long lineNo = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode node;
          try {
            node = mapper.readTree(line);
          } catch (IOException e) {
            throw new IllegalArgumentException(
                "line " + lineNo + " of the archive is not JSON: " + e.getMessage(), e);
          }
          String table = node.path("table").asText(null);
          JsonNode row = node.get("row");
          if (table == null || row == null || !row.isObject()) {
            throw new IllegalArgumentException(
                "line " + lineNo + " of the archive is no {\"table\",\"row\"} line");
          }
          if (!expected.containsKey(table)) {
            throw new IllegalArgumentException(
                "line " + lineNo + ": table " + table + " is not in the archive's header");
          }
          if (insert == null || !insert.table.equals(table)) {
            if (insert != null) {
              insert.flush();
            }
            Map<String, ArchiveColumn> columns =
                target.computeIfAbsent(table, t -> ArchiveSchema.columnsOf(c, t));
            insert = new ArchiveInsert(c, table, row, columns, lineNo);
          }
          insert.add(row, lineNo);
          read.merge(table, 1L, Long::sum);
          if (++done % BATCH == 0) {
            progress.rows(done, total);
          }
        }
        if (insert != null) {
          insert.flush();
        }
        progress.rows(done, total);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
          long got = read.getOrDefault(e.getKey(), 0L);
          if (got != e.getValue()) {
            throw new IllegalArgumentException(
                "the archive promises "
                    + e.getValue()
                    + " rows of "
                    + e.getKey()
                    + " but holds "
                    + got
                    + " (truncated?)");
          }
        }
        for (Map.Entry<String, Long> e : expected.entrySet()) {
          long now = ArchiveSchema.count(c, e.getKey());
          long want = before.getOrDefault(e.getKey(), 0L) + e.getValue();
          if (now != want) {
            throw new IllegalStateException(
                "after the import " + e.getKey() + " has " + now + " rows, expected " + want);
          }
        }
        ArchiveSchema.restartIdentities(c, expected.keySet(), database.settings().isPostgres());
        c.commit();
        return expected;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
        for (Writes.Table t : Writes.Table.values()) {
          database.writes().wrote(t);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot import into " + database.settings().describe() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive", e);
    }
  }

  private JsonNode header(String line) {
    if (line == null) {
      throw new IllegalArgumentException("the archive is empty");
    }
    JsonNode h;
    try {
      h = mapper.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the archive's first line is not JSON: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(h.path("format").asText())) {
      throw new IllegalArgumentException(
          "not a harmwatch archive: format is '"
              + h.path("format").asText()
              + "', expected "
              + FORMAT);
    }
    if (h.path("version").asInt() != VERSION) {
      throw new IllegalArgumentException(
          "archive version " + h.path("version") + " is not supported (only " + VERSION + ")");
    }
    if (!h.path("tables").isObject()) {
      throw new IllegalArgumentException("the archive's header has no table counts");
    }
    return h;
  }
}
