package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;
import org.harmwatch.link.Cluster;
import org.harmwatch.link.Link;
import org.harmwatch.link.LinkInput;
import org.harmwatch.link.LinkResult;
import org.harmwatch.link.Linker;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch job on local[2] against {@code extract} + {@link Linker} on one machine: on the bundled
 * sample corpus and the written dev sets (eval/gold/*-docs.jsonl), with broken files mixed in.
 */
class BatchJobTest {
  static final Path GOLD = Path.of("..", "eval", "gold");

  @TempDir static Path tmp;
  static Path input;
  static Path out;
  static BatchSummary summary;

  @BeforeAll
  static void runJob() throws IOException {
    input = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> docs = Files.list(GOLD)) {
      for (Path p : docs.filter(p -> p.toString().endsWith("-docs.jsonl")).toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
      }
    }
    // Broken inputs: a bad JSON line, a document without text, a blank text file, an
    // unsupported type, and a hidden file that is not read at all.
    Files.writeString(
        input.resolve("broken.jsonl"),
        "{\"id\":\"ok-1\",\"published\":\"2024-05-02\",\"text\":\"Gunmen killed 4 civilians in"
            + " Djibo on Tuesday, residents said.\"}\n"
            + "{not json\n"
            + "{\"id\":\"no-text\"}\n");
    Files.writeString(input.resolve("empty.txt"), "   \n");
    Files.write(input.resolve("notes.bin"), new byte[] {1, 2, 3});
    Files.writeString(input.resolve(".hidden.jsonl"), "{not read");
    out = tmp.resolve("out");
    BatchOptions o = new BatchOptions();
    o.inputs = List.of(input.toString(), tmp.resolve("missing").toString());
    o.out = out.toString();
    o.partitions = 4;
    summary = BatchJob.run(LocalSpark.get(), o);
  }

  /**
   * What extract gives, with batch's ids, and what the Linker makes of it on one machine. The same
   * document twice (one SHA-256) counts once, as in the store; the smallest id is kept.
   */
  record Reference(Map<String, String> incidents, LinkResult linked) {}

  static Reference reference(Path input) {
    Extractor extractor = new RuleBasedExtractor(GazetteerPlaceResolver.loadDefault());
    DocumentReader reader = new DocumentReader();
    Map<String, String> lines = new HashMap<>();
    List<LinkInput> inputs = new ArrayList<>();
    Map<String, String> idBySha = new HashMap<>();
    try (Stream<ReadResult> results = reader.read(input)) {
      results.forEach(
          r -> {
            if (r instanceof ReadResult.Read read) {
              idBySha.merge(
                  read.document().sha256(),
                  read.document().id(),
                  (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
          });
    }
    try (Stream<ReadResult> results = reader.read(input)) {
      results.forEach(
          r -> {
            if (r instanceof ReadResult.Read read
                && idBySha.get(read.document().sha256()).equals(read.document().id())) {
              List<Incident> found = extractor.extract(read.document());
              for (int k = 0; k < found.size(); k++) {
                Incident i = found.get(k).withId(read.document().id() + "#" + k);
                lines.put(i.id(), ExchangeJson.toLine(i));
                inputs.add(
                    new LinkInput(i, read.document().id(), read.document().published(), null));
              }
            }
          });
    }
    return new Reference(lines, new Linker().link(inputs));
  }

  static List<JsonNode> jsonl(String name) throws IOException {
    return jsonl(out, name);
  }

  static List<JsonNode> jsonl(Path out, String name) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("jsonl").resolve(name))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          rows.add(ExchangeJson.parse(line));
        }
      }
    }
    return rows;
  }

  @Test
  void givesTheSameIncidentsAndLinksAsExtractAndTheLinker() throws IOException {
    Reference ref = reference(input);
    assertThat(ref.incidents()).hasSizeGreaterThan(100);
    assertSameAnswers(out, summary, ref, 10);
  }

  /**
   * The run under {@code out} has the reference's report incidents, links (at least {@code
   * minLinks}) and incidents.
   */
  static void assertSameAnswers(Path out, BatchSummary summary, Reference ref, int minLinks)
      throws IOException {

    Map<String, String> extracted = new HashMap<>();
    Map<String, String> incidentOf = new HashMap<>();
    for (JsonNode s : jsonl(out, "sources")) {
      extracted.put(s.get("source_id").asText(), ExchangeJson.write(s.get("extracted")));
      incidentOf.put(s.get("source_id").asText(), s.get("incident_id").asText());
    }
    assertSame(extracted, ref.incidents());

    Set<String> links = new HashSet<>();
    for (JsonNode l : jsonl(out, "links")) {
      links.add(
          l.get("a").asText()
              + " "
              + l.get("b").asText()
              + " "
              + l.get("score").asDouble()
              + " "
              + l.get("reason").asText());
    }
    Set<String> expectedLinks = new HashSet<>();
    Map<String, String> expectedIncidentOf = new HashMap<>();
    for (Cluster c : ref.linked().clusters()) {
      for (Link l : c.links()) {
        expectedLinks.add(l.a() + " " + l.b() + " " + l.score() + " " + l.reason());
      }
      for (LinkInput m : c.members()) {
        expectedIncidentOf.put(m.id(), c.id());
      }
    }
    assertThat(expectedLinks).as("the corpus has links to compare").hasSizeGreaterThan(minLinks);
    assertThat(links).isEqualTo(expectedLinks);
    assertSame(incidentOf, expectedIncidentOf);

    List<JsonNode> incidents = jsonl(out, "incidents");
    assertThat(incidents).hasSize(ref.linked().clusters().size());
    assertThat(summary.incidents()).isEqualTo(ref.linked().clusters().size());
    assertThat(summary.reports()).isEqualTo(ref.incidents().size());
    assertThat(summary.links()).isEqualTo(expectedLinks.size());
    for (JsonNode i : incidents) {
      assertThat(i.get("sources")).hasSize(i.get("reports").asInt());
      assertThat(i.get("id").asText()).isEqualTo(i.get("sources").get(0).get("source_id").asText());
    }
  }

  // Equal maps, or a failure that names the first few differences (the values are long).
  static void assertSame(Map<String, String> actual, Map<String, String> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    List<String> diffs = new ArrayList<>();
    for (String k : new java.util.TreeSet<>(expected.keySet())) {
      if (!expected.get(k).equals(actual.get(k)) && diffs.size() < 3) {
        diffs.add(k + "\n  batch:     " + actual.get(k) + "\n  reference: " + expected.get(k));
      }
    }
    assertThat(diffs).as("values that differ").isEmpty();
  }

  @Test
  void countsAndWritesEveryBadInputWithItsReasonAndGoesOn() throws IOException {
    Map<String, String> reasons = new HashMap<>();
    for (JsonNode r : jsonl("rejects")) {
      String source = r.get("source").asText();
      reasons.put(source.substring(source.lastIndexOf('/') + 1), r.get("reason").asText());
    }
    assertThat(reasons)
        .containsOnlyKeys("broken.jsonl:2", "broken.jsonl:3", "empty.txt", "notes.bin", "missing");
    assertThat(reasons.get("broken.jsonl:2")).contains("JSON");
    assertThat(reasons.get("broken.jsonl:3")).contains("text");
    assertThat(reasons.get("notes.bin")).contains("unsupported file type '.bin'");
    assertThat(reasons.get("missing")).contains("no such file");
    assertThat(summary.rejected()).isEqualTo(5);
    // links-045 is links-044 again under another id (a wire story with the same text).
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.files()).isEqualTo(10); // 7 gold files + broken, empty, notes
    assertThat(jsonl("documents").stream().map(d -> d.get("id").asText())).contains("ok-1");
  }

  @Test
  void writesDocumentsThatIngestAndExtractReadBack() {
    List<ReadResult> read;
    try (Stream<ReadResult> results =
        new DocumentReader().read(out.resolve("jsonl").resolve("documents"))) {
      read = results.toList();
    }
    assertThat(read).allMatch(r -> r instanceof ReadResult.Read);
    assertThat(read).hasSize((int) summary.documents());
  }

  @Test
  void writesParquetThatSparkReadsBack() {
    var spark = LocalSpark.get();
    assertThat(spark.read().parquet(out.resolve("parquet/incidents").toString()).count())
        .isEqualTo(summary.incidents());
    assertThat(spark.read().parquet(out.resolve("parquet/documents").toString()).count())
        .isEqualTo(summary.documents());
    assertThat(Files.exists(out.resolve("summary.json"))).isTrue();
  }

  @Test
  void refusesAnOutputFolderThatHoldsAnotherRun() {
    BatchOptions o = new BatchOptions();
    o.inputs = List.of(input.toString());
    o.out = out.toString();
    assertThatThrownBy(() -> BatchJob.run(LocalSpark.get(), o))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--out")
        .hasMessageContaining("not an empty folder");
  }
}
