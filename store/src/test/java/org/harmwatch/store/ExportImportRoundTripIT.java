package org.harmwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harmwatch.core.account.Role;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.review.Change;
import org.harmwatch.core.review.Grade;
import org.harmwatch.core.store.DatabaseArchive;
import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole database moved H2 → JSON Lines → PostgreSQL → JSON Lines: both archives hold the same
 * rows (in canonical order), history and documents' original bytes included, and no login secret.
 */
class ExportImportRoundTripIT {
  private static final DatabaseArchive.Progress QUIET = (done, total) -> {};
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  private static Database h2() {
    return Database.open(
        DatabaseSettings.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
  }

  private static Database pg() {
    PostgresDatabase db = POSTGRES.newDatabase();
    return Database.open(DatabaseSettings.postgres(db.url(), db.user(), db.password()));
  }

  // An HTML original whose bytes are not its text, with a byte sequence that is not UTF-8.
  private static final byte[] HTML =
      concat(
          "<html><body><p>Gunmen killed 4 people in Kaya.</p>".getBytes(StandardCharsets.UTF_8),
          new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1},
          "</body></html>".getBytes(StandardCharsets.UTF_8));

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static void fill(Database db) {
    JdbcIncidentStore store = new JdbcIncidentStore(db);
    JdbcReviewStore review = new JdbcReviewStore(db);
    JdbcAccountStore accounts = new JdbcAccountStore(db);
    Document a = IncidentStoreContract.raidDoc();
    Document b = IncidentStoreContract.strikeDoc();
    Document html =
        new Document(
            "kaya-html",
            null,
            "Kaya",
            "https://example.org/kaya",
            "Example",
            LocalDate.of(2024, 5, 2),
            "en",
            "Gunmen killed 4 people in Kaya.",
            "text/html",
            HTML,
            Instant.parse("2024-05-02T10:15:30.123456Z"));
    store.save(a, List.of(IncidentStoreContract.raid(a), IncidentStoreContract.regionOnly(a)));
    store.save(b, List.of(IncidentStoreContract.strike(b)));
    store.save(html, List.of());
    String raid = JdbcIncidentStore.incidentId(a.sha256(), 0);
    String region = JdbcIncidentStore.incidentId(a.sha256(), 1);
    review.correct(
        raid,
        "casualties.killed",
        "{\"min\":24,\"max\":26,\"text\":\"about 25\"}",
        "ana",
        "two sources");
    review.grade(raid, Grade.values()[0], "ana", "sourced");
    review.verify(raid, "ana", "checked");
    review.delete(region, "ana", "duplicate");
    Instant t = Instant.parse("2024-06-01T08:00:00Z");
    accounts.createUser("ana", "$2a$10$abcdefghijklmnopqrstuv", Role.ANALYST, t);
    accounts.createUser("root", "$2a$10$zyxwvutsrqponmlkjihgfe", Role.ADMIN, t);
    accounts.createSession("s".repeat(64), "ana", "c".repeat(64), t.plus(1, ChronoUnit.DAYS));
    accounts.createToken("k".repeat(64), "root", "script", t);
    JdbcSavedSearchStore searches = new JdbcSavedSearchStore(db);
    searches.create("ana", "Mali", "country=ML", t);
    searches.setWebhook("ana", "https://hooks.example/secret-token-w");
    accounts.enqueue("ana", "kaya-html", t);
    accounts.recordView("kaya-html", "ana", t.plusSeconds(5));
    accounts.recordView("strike-en", "root", t.plusSeconds(9));
  }

  private static byte[] export(Database db) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonlArchive(db).exportTo(out, QUIET);
    return out.toByteArray();
  }

  private static List<String> lines(byte[] archive) {
    return new String(archive, StandardCharsets.UTF_8).lines().toList();
  }

  // The rows in canonical order: each line's JSON re-written with sorted keys, then sorted.
  private static List<JsonNode> canonicalRows(byte[] archive) {
    List<String> rows = new ArrayList<>(lines(archive).subList(1, lines(archive).size()));
    rows.sort(null);
    List<JsonNode> out = new ArrayList<>();
    for (String r : rows) {
      out.add(ExchangeJson.parse(r));
    }
    return out;
  }

  @Test
  void aWholeDatabaseSurvivesH2ToPostgresAndBack() {
    byte[] fromH2;
    List<Change> h2History;
    try (Database h2 = h2()) {
      fill(h2);
      fromH2 = export(h2);
      h2History =
          new JdbcReviewStore(h2)
              .history(JdbcIncidentStore.incidentId(IncidentStoreContract.raidDoc().sha256(), 0));
    }
    String text = new String(fromH2, StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain(
            "\"table\":\"sessions\"", "\"table\":\"api_tokens\"", "c".repeat(64), "k".repeat(64));
    JsonNode header = ExchangeJson.parse(lines(fromH2).get(0));
    assertThat(header.at("/tables/documents").asLong()).isEqualTo(3);
    assertThat(header.at("/tables/incident_history").asLong()).isEqualTo(7);
    assertThat(header.at("/tables/users").asLong()).isEqualTo(2);
    assertThat(header.at("/tables/saved_searches").asLong()).isEqualTo(1);
    assertThat(text).doesNotContain("secret-token-w", "\"table\":\"user_webhooks\"");
    assertThat(header.at("/tables/document_views").asLong()).isEqualTo(2);
    assertThat(header.get("excluded").toString()).contains("sessions", "api_tokens");

    byte[] fromPg;
    try (Database pg = pg()) {
      Map<String, Long> counts =
          new JsonlArchive(pg).importFrom(new ByteArrayInputStream(fromH2), false, QUIET);
      assertThat(counts).containsEntry("incidents", 3L).containsEntry("reading_queue", 1L);
      JdbcIncidentStore store = new JdbcIncidentStore(pg);
      Document kaya = store.document("kaya-html").orElseThrow();
      assertThat(kaya.original()).isEqualTo(HTML);
      assertThat(Document.sha256Hex(kaya.original())).isEqualTo(Document.sha256Hex(HTML));
      assertThat(kaya.capturedAt()).isEqualTo(Instant.parse("2024-05-02T10:15:30.123456Z"));
      JdbcReviewStore review = new JdbcReviewStore(pg);
      String raid = JdbcIncidentStore.incidentId(IncidentStoreContract.raidDoc().sha256(), 0);
      assertThat(review.history(raid)).isEqualTo(h2History);
      assertThat(
              new JdbcAccountStore(pg)
                  .session("s".repeat(64), Instant.parse("2024-06-01T09:00:00Z")))
          .isEmpty();
      // New history entries continue after the imported ones.
      review.grade(raid, Grade.values()[1], "ana", "regraded");
      assertThat(review.history(raid)).hasSize(h2History.size() + 1);
      fromPg = export(pg);
    }
    List<JsonNode> h2Rows = canonicalRows(fromH2);
    List<JsonNode> pgRows = canonicalRows(fromPg);
    // The one difference is the grade given on PostgreSQL after the import.
    assertThat(pgRows).hasSize(h2Rows.size() + 1);
    List<JsonNode> pgWithoutRegrade =
        pgRows.stream()
            .filter(r -> !r.at("/row/reason").asText().equals("regraded"))
            .map(
                r ->
                    r.at("/row/id")
                                .asText()
                                .equals(
                                    JdbcIncidentStore.incidentId(
                                        IncidentStoreContract.raidDoc().sha256(), 0))
                            && r.get("table").asText().equals("incidents")
                        ? withGrade(r, h2Rows)
                        : r)
            .toList();
    assertThat(pgWithoutRegrade).containsExactlyInAnyOrderElementsOf(h2Rows);
  }

  // The incident row as it was before the regrade (from the H2 side), checking only the grade
  // moved.
  private static JsonNode withGrade(JsonNode pgRow, List<JsonNode> h2Rows) {
    JsonNode h2Row =
        h2Rows.stream()
            .filter(
                r ->
                    r.get("table").asText().equals("incidents")
                        && r.at("/row/id").equals(pgRow.at("/row/id")))
            .findFirst()
            .orElseThrow();
    com.fasterxml.jackson.databind.node.ObjectNode copy = pgRow.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("row"))
        .set("grade", h2Row.at("/row/grade"));
    return copy;
  }

  @Test
  void aPlainRoundTripGivesTheSameArchive() {
    byte[] fromH2;
    try (Database h2 = h2()) {
      fill(h2);
      fromH2 = export(h2);
    }
    try (Database pg = pg()) {
      new JsonlArchive(pg).importFrom(new ByteArrayInputStream(fromH2), false, QUIET);
      byte[] fromPg = export(pg);
      assertThat(canonicalRows(fromPg)).isEqualTo(canonicalRows(fromH2));
      assertThat(ExchangeJson.parse(lines(fromPg).get(0)).get("tables"))
          .isEqualTo(ExchangeJson.parse(lines(fromH2).get(0)).get("tables"));
    }
  }

  @Test
  void aNonEmptyTargetIsRefusedAndNothingIsWritten() {
    byte[] archive;
    try (Database h2 = h2()) {
      fill(h2);
      archive = export(h2);
    }
    try (Database target = h2()) {
      new JdbcAccountStore(target).createUser("someone", "$2a$10$x", Role.VIEWER, Instant.now());
      assertThatThrownBy(
              () ->
                  new JsonlArchive(target)
                      .importFrom(new ByteArrayInputStream(archive), false, QUIET))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not empty")
          .hasMessageContaining("users (1 rows)")
          .hasMessageContaining("--into-nonempty");
      assertThat(new JdbcIncidentStore(target).documentCount()).isZero();
    }
  }

  @Test
  void aTruncatedOrTamperedArchiveIsRefusedAndRolledBack() {
    byte[] archive;
    try (Database h2 = h2()) {
      fill(h2);
      archive = export(h2);
    }
    List<String> lines = lines(archive);
    String truncated = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
    try (Database target = h2()) {
      assertThatThrownBy(
              () ->
                  new JsonlArchive(target)
                      .importFrom(
                          new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)),
                          false,
                          QUIET))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("truncated");
      assertThat(new JdbcIncidentStore(target).documentCount()).isZero();
    }
    String kayaSha = Document.sha256Hex(HTML);
    String tampered = new String(archive, StandardCharsets.UTF_8).replace(kayaSha, "0".repeat(64));
    try (Database target = h2()) {
      assertThatThrownBy(
              () ->
                  new JsonlArchive(target)
                      .importFrom(
                          new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8)),
                          false,
                          QUIET))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kaya-html")
          .hasMessageContaining(kayaSha);
    }
  }
}
