package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.store.LuceneIndex;
import org.harmwatch.store.TextIndexer;
import org.harmwatch.testkit.PostgresDatabase;
import org.harmwatch.testkit.SharedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over a folder of every input kind (JSON Lines, text, HTML and WARC, part of it
 * named by a {@code viewfs://} Hadoop URI), with {@code --focus} and {@code --load-jdbc} into a
 * real PostgreSQL (zonky's binaries) that already holds one of the documents, as {@code ingest}
 * stored it, with a search index in step with it as {@code serve} left it. The texts are written
 * for this test.
 */
class BatchInputsTest {
  @RegisterExtension static final SharedPostgres POSTGRES = new SharedPostgres();

  static final LocalDate DAY = LocalDate.of(2024, 5, 2);
  static final String FOCUS = "BF";
  // "Boni" has namesakes in several countries: without a focus no place is chosen.
  static final String BONI = "Gunmen killed 5 civilians in Boni on Monday, a local official said.";
  static final String PAGE =
      "<html><head><title>Attack near Djibo</title></head><body><p>Gunmen killed 4 civilians in"
          + " Djibo on Tuesday, residents said.</p></body></html>";
  static final String CRAWLED =
      "<html><head><title>Djibo</title></head><body><p>Armed men killed four civilians in Djibo on"
          + " Tuesday, according to residents.</p></body></html>";
  static final String NOTE = "Soldiers killed 12 people in Gao on 3 March 2024, witnesses said.";

  @TempDir static Path tmp;
  static Path input;
  static PostgresDatabase db;
  static BatchSummary first;
  static Path out;
  static Database served;
  static TextIndexer servedIndex;

  @BeforeAll
  static void runJob() throws IOException {
    input = Files.createDirectories(tmp.resolve("in"));
    Path remote = Files.createDirectories(tmp.resolve("remote"));
    Files.writeString(
        input.resolve("docs.jsonl"),
        "{\"id\":\"boni-1\",\"published\":\"2024-05-08\",\"text\":\"" + BONI + "\"}\n{oops\n");
    Files.writeString(input.resolve("note.txt"), NOTE);
    Files.writeString(remote.resolve("page.html"), PAGE);
    Files.write(remote.resolve("crawl.warc"), warc());
    LocalSpark.get()
        .sparkContext()
        .hadoopConfiguration()
        .set("fs.viewfs.mounttable.batchtest.link./remote", remote.toUri().toString());

    db = POSTGRES.newDatabase();
    // The text file is in the database already, stored by ingest's path.
    try (Database d = Database.open(settings())) {
      Document note = readOne(input.resolve("note.txt"));
      new JdbcIncidentStore(d).save(note, Extraction.extractor(null).extract(note));
    }
    // serve's search index, in step with the database before the load.
    served = Database.open(settings());
    servedIndex = new TextIndexer(served, LuceneIndex.inMemory());
    servedIndex.ensureInStep((done, total) -> {});
    assertThat(servedIndex.index().documentCount()).isEqualTo(1);
    out = tmp.resolve("out1");
    first = BatchJob.run(LocalSpark.get(), options(out));
  }

  @AfterAll
  static void closeServed() {
    servedIndex.index().close();
    served.close();
  }

  static BatchOptions options(Path outDir) {
    BatchOptions o = new BatchOptions();
    o.inputs = List.of(input.toString(), "viewfs://batchtest/remote");
    o.out = outDir.toString();
    o.partitions = 2;
    o.published = DAY;
    o.focus = FOCUS;
    o.loadJdbc = db.url();
    o.loadUser = db.user();
    return o;
  }

  static DatabaseSettings settings() {
    return DatabaseSettings.postgres(db.url(), db.user(), db.password());
  }

  static byte[] warc() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(
        WarcReaderTest.record(
            "request", "https://news.example.org/djibo", "application/http", "GET / HTTP/1.1\r\n"));
    o.writeBytes(
        WarcReaderTest.record(
            "response",
            "https://news.example.org/djibo",
            "application/http; msgtype=response",
            WarcReaderTest.http(200, "text/html; charset=utf-8", CRAWLED)));
    return o.toByteArray();
  }

  static Document readOne(Path file) {
    try (Stream<ReadResult> r = new DocumentReader().read(file)) {
      return ((ReadResult.Read) r.findFirst().orElseThrow()).document();
    }
  }

  static List<JsonNode> jsonl(Path outDir, String name) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (Stream<Path> parts = Files.list(outDir.resolve("jsonl").resolve(name))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          rows.add(ExchangeJson.parse(line));
        }
      }
    }
    return rows;
  }

  @Test
  void readsEveryKindOfInputFromLocalAndHadoopPaths() throws IOException {
    Map<String, String> sourceOf = new HashMap<>();
    for (JsonNode d : jsonl(out, "documents")) {
      sourceOf.put(d.get("id").asText(), d.path("url").asText(""));
    }
    assertThat(sourceOf).hasSize(4).containsKey("boni-1");
    assertThat(sourceOf).containsValue("https://news.example.org/djibo");
    assertThat(first.files()).isEqualTo(4);
    assertThat(first.documents()).isEqualTo(4);
    assertThat(first.warcSkipped()).isEqualTo(1); // the request record

    List<String> rejects = new ArrayList<>();
    for (JsonNode r : jsonl(out, "rejects")) {
      rejects.add(r.get("source").asText() + " " + r.get("stage").asText());
    }
    assertThat(rejects).singleElement().asString().endsWith("docs.jsonl:2 read");

    // The HTML page and the crawled copy of another report tell one event: one incident.
    Map<String, List<String>> reportsOf = new HashMap<>();
    for (JsonNode s : jsonl(out, "sources")) {
      reportsOf
          .computeIfAbsent(s.get("incident_id").asText(), k -> new ArrayList<>())
          .add(s.get("extracted").path("location").path("name").asText());
    }
    assertThat(first.reports()).isEqualTo(4);
    assertThat(first.incidents()).isEqualTo(3);
    assertThat(reportsOf.values()).contains(List.of("Djibo", "Djibo"));
  }

  @Test
  void extractsWithTheFocusCountriesAsExtractDoes() throws IOException {
    Document boni = Document.ofText("boni-1", null, LocalDate.of(2024, 5, 8), BONI);
    // This JVM's extractors (the job ran in it, on local[2]), built from the focus setting.
    List<Incident> focused = Extraction.extractor(FOCUS).extract(boni);
    List<Incident> plain = Extraction.extractor(null).extract(boni);
    assertThat(focused.get(0).location().countryCode()).isEqualTo("BF");
    assertThat(plain.get(0).location()).as("the focus decides here").isNull();

    JsonNode batch =
        jsonl(out, "sources").stream()
            .filter(s -> s.get("document_id").asText().equals("boni-1"))
            .findFirst()
            .orElseThrow()
            .get("extracted");
    assertThat(ExchangeJson.write(batch))
        .isEqualTo(ExchangeJson.toLine(focused.get(0).withId("boni-1#0")));
  }

  @Test
  void loadsTheResultIntoTheStoreOnceSkippingWhatIngestStored() throws Exception {
    assertThat(first.loaded()).contains("loaded 3 new documents (1 already stored");
    Map<String, List<String>> before = snapshot();
    assertThat(before.get("documents")).hasSize(4);
    assertThat(before.get("incidents")).hasSize(4);
    // Every report is a source; the crawled copy is folded into the page's incident (or back).
    assertThat(before.get("sources")).hasSize(4);
    assertThat(before.get("incidents")).filteredOn(r -> r.contains(" merged ")).hasSize(1);
    try (Database d = Database.open(settings())) {
      JdbcIncidentStore store = new JdbcIncidentStore(d);
      assertThat(store.documentCount()).isEqualTo(4);
      String boniId = JdbcIncidentStore.incidentId(readOneSha("boni-1"), 0);
      assertThat(store.incident(boniId))
          .hasValueSatisfying(i -> assertThat(i.location().countryCode()).isEqualTo("BF"));
    }

    BatchSummary second = BatchJob.run(LocalSpark.get(), options(tmp.resolve("out2")));
    assertThat(second.loaded()).contains("loaded 0 new documents (4 already stored");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void serveFindsTheLoadedDocumentsInItsSearchIndexAtItsNextStart() {
    // What serve does at start (StorageParts.store): the load moved the database on, so the index
    // is rebuilt and its searches find what the load brought.
    assertThat(servedIndex.index().documents("Djibo", 10, 0).total()).isZero();
    assertThat(servedIndex.inStep()).isFalse();
    assertThat(servedIndex.ensureInStep((done, total) -> {})).isTrue();
    assertThat(servedIndex.index().documentCount()).isEqualTo(4);
    assertThat(servedIndex.index().documents("Djibo", 10, 0).total()).isEqualTo(2);
    assertThat(servedIndex.index().incidentIds("Boni", 10)).hasSize(1);
    assertThat(servedIndex.inStep()).isTrue();
  }

  private static String readOneSha(String id) throws IOException {
    return jsonl(out, "documents").stream()
        .filter(d -> d.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow()
        .get("sha256")
        .asText();
  }

  // The rows a load writes, as sorted text lines per table (time stamps left out).
  private static Map<String, List<String>> snapshot() throws SQLException {
    Map<String, String> queries =
        Map.of(
            "documents", "SELECT id || ' ' || sha256 FROM documents",
            "incidents",
                "SELECT id || ' ' || document_id || ' ' || review_status || ' '"
                    + " || COALESCE(merged_into, '-') || ' ' || COALESCE(country_code, '-')"
                    + " FROM incidents",
            "sources",
                "SELECT source_id || ' ' || incident_id || ' ' || score || ' ' || reason"
                    + " FROM incident_sources",
            "history", "SELECT incident_id || ' ' || kind FROM incident_history",
            "documents_of", "SELECT incident_id || ' ' || document_id FROM incident_documents");
    Map<String, List<String>> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> q : queries.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(q.getValue())) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
        rows.sort(null);
        out.put(q.getKey(), rows);
      }
    }
    return out;
  }
}
