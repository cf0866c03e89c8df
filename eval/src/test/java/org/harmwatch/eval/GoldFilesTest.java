package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.Test;

/**
 * Checks the development gold sets in eval/gold: every line parses, refers to a document, quotes
 * it.
 */
class GoldFilesTest {
  static final Path GOLD = Path.of("gold");

  @Test
  void everyGoldFileMatchesItsDocuments() throws IOException {
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(GOLD)) {
      goldFiles =
          s.filter(p -> p.getFileName().toString().endsWith("-gold.jsonl")).sorted().toList();
    }
    assertThat(goldFiles).isNotEmpty();
    for (Path goldFile : goldFiles) {
      String name = goldFile.getFileName().toString();
      Path docsFile = GOLD.resolve(name.replace("-gold.jsonl", "-docs.jsonl"));
      assertThat(docsFile).as("documents of " + name).exists();
      Map<String, JsonNode> docs = new HashMap<>();
      for (String line : Files.readAllLines(docsFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode d = ExchangeJson.parse(line);
          ExchangeJson.documentFromJson(d);
          assertThat(docs.put(d.get("id").asText(), d)).as("duplicate id").isNull();
        }
      }
      List<GoldDocument> gold = GoldReader.read(goldFile);
      assertThat(gold).as(name).hasSameSizeAs(docs.values());
      for (GoldDocument g : gold) {
        JsonNode d = docs.get(g.docId());
        assertThat(d).as(name + ": document " + g.docId()).isNotNull();
        assertThat(d.get("published").asText())
            .as(g.docId())
            .isEqualTo(String.valueOf(g.published()));
        String text = d.get("text").asText();
        for (int i = 0; i < g.incidents().size(); i++) {
          Incident inc = g.incidents().get(i);
          String where = g.docId() + " incident " + i;
          assertThat(inc.eventType()).as(where).isNotNull();
          assertThat(inc.evidence()).as(where + " evidence").isNotEmpty();
          assertThat(g.eventKey(i)).as(where + " event_key").isNotBlank();
          for (Evidence e : inc.evidence()) {
            assertThat(text).as(where + " evidence").contains(e.text());
          }
        }
      }
    }
  }

  @Test
  void goldScoredAgainstItselfIsPerfect() {
    List<GoldDocument> gold = GoldReader.read(GOLD.resolve("dev-a-gold.jsonl"));
    Map<String, List<Incident>> predicted = new HashMap<>();
    gold.forEach(g -> predicted.put(g.docId(), g.incidents()));
    EvalReport r = Scorer.score(gold, predicted);
    assertThat(r.documents()).isEqualTo(35);
    assertThat(r.goldIncidents()).isGreaterThanOrEqualTo(35);
    assertThat(r.f1()).isEqualTo(1.0);
    assertThat(r.misses()).isEmpty();
    var keys = LinkScorer.goldKeys(gold);
    assertThat(keys).hasSize(r.goldIncidents());
    var link = LinkScorer.score(keys, keys);
    assertThat(link.goldPairs()).isPositive();
    assertThat(link.f1()).isEqualTo(1.0);
  }

  @Test
  void emptyPredictionsScoreZeroRecall() {
    List<GoldDocument> gold = GoldReader.read(GOLD.resolve("dev-a-gold.jsonl"));
    EvalReport r = Scorer.score(gold, Map.of());
    assertThat(r.recall()).isZero();
    assertThat(r.misses("unmatched_gold")).hasSize(r.goldIncidents());
  }
}
