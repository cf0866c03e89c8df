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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
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
  private static final int BATCH = 1000;

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
        List<String> tables = tablesInOrder(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (String t : tables) {
          long n = count(c, t);
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
    List<String> order = primaryKey(c, table);
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
            writeValue(g, rs, i, md.getColumnType(i), md.getColumnTypeName(i));
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

  private static void writeValue(JsonGenerator g, ResultSet rs, int i, int type, String typeName)
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
        Map<String, Map<String, Column>> target = new HashMap<>();
        List<String> targetTables = tablesInOrder(c);
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
          before.put(t, count(c, t));
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
        Insert insert = null;
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
            Map<String, Column> columns = target.computeIfAbsent(table, t -> columnsOf(c, t));
            insert = new Insert(c, table, row, columns, lineNo);
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
          long now = count(c, e.getKey());
          long want = before.getOrDefault(e.getKey(), 0L) + e.getValue();
          if (now != want) {
            throw new IllegalStateException(
                "after the import " + e.getKey() + " has " + now + " rows, expected " + want);
          }
        }
        restartIdentities(c, expected.keySet());
        c.commit();
        return expected;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
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

  /** One column of a target table. */
  private record Column(String name, int type, String typeName) {}

  private static Map<String, Column> columnsOf(Connection c, String table) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      Map<String, Column> out = new LinkedHashMap<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String name = md.getColumnName(i).toLowerCase(Locale.ROOT);
        out.put(name, new Column(name, md.getColumnType(i), md.getColumnTypeName(i)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the columns of " + table, e);
    }
  }

  /** A batched INSERT of the rows of one table, with the columns of its first row. */
  private static final class Insert {
    final String table;
    final List<Column> columns = new ArrayList<>();
    final PreparedStatement ps;
    int pending;

    Insert(Connection c, String table, JsonNode first, Map<String, Column> target, long lineNo)
        throws SQLException {
      this.table = table;
      first
          .fieldNames()
          .forEachRemaining(
              name -> {
                Column col = target.get(name);
                if (col == null) {
                  throw new IllegalArgumentException(
                      "line " + lineNo + ": table " + table + " has no column " + name + " here");
                }
                columns.add(col);
              });
      String names = String.join(", ", columns.stream().map(Column::name).toList());
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
        Column col = columns.get(i);
        JsonNode v = row.get(col.name());
        if (v == null) {
          throw new IllegalArgumentException(
              "line " + lineNo + ": a row of " + table + " lacks column " + col.name());
        }
        try {
          bindValue(ps, i + 1, col, v);
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
      if (++pending >= BATCH) {
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

  private static void bindValue(PreparedStatement ps, int i, Column col, JsonNode v)
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

  // Identity columns continue after the imported values, so new rows do not collide with them.
  private void restartIdentities(Connection c, Set<String> tables) throws SQLException {
    for (String t : tables) {
      for (String col : identityColumns(c, t)) {
        long max;
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + col + "), 0) FROM " + t)) {
          rs.next();
          max = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
          if (database.settings().isPostgres()) {
            s.execute(
                "SELECT setval(pg_get_serial_sequence('"
                    + t
                    + "', '"
                    + col
                    + "'), "
                    + Math.max(max, 1)
                    + ", "
                    + (max > 0)
                    + ")");
          } else {
            s.execute("ALTER TABLE " + t + " ALTER COLUMN " + col + " RESTART WITH " + (max + 1));
          }
        }
      }
    }
  }

  private static List<String> identityColumns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
                + " AND table_name = ? AND is_identity = 'YES'")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** Every table but the excluded ones, each after the tables its foreign keys point to. */
  static List<String> tablesInOrder(Connection c) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE')");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String t = rs.getString(1).toLowerCase(Locale.ROOT);
        if (!EXCLUDED.contains(t)) {
          tables.add(t);
        }
      }
    }
    DatabaseMetaData md = c.getMetaData();
    String schema = c.getSchema();
    Map<String, Set<String>> dependsOn = new TreeMap<>();
    for (String t : tables) {
      Set<String> deps = new TreeSet<>();
      try (ResultSet rs = md.getImportedKeys(null, schema, t)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(t) && tables.contains(parent)) {
            deps.add(parent);
          }
        }
      }
      dependsOn.put(t, deps);
    }
    List<String> order = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progress = false;
      for (String t : tables) {
        if (!placed.contains(t) && placed.containsAll(dependsOn.get(t))) {
          placed.add(t);
          order.add(t);
          progress = true;
        }
      }
      if (!progress) {
        Set<String> left = new TreeSet<>(tables);
        left.removeAll(placed);
        throw new IllegalStateException("foreign keys form a cycle among " + left);
      }
    }
    return order;
  }

  private static List<String> primaryKey(Connection c, String table) throws SQLException {
    Map<Integer, String> cols = new TreeMap<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
      while (rs.next()) {
        cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new ArrayList<>(cols.values());
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
