package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.Test;

/** Runs the shared seed document, when it is there, and compares with its gold field by field. */
class SeedGoldTest {
  private static final Path DOCS = Path.of("../../shared/eval/seed-docs.jsonl");
  private static final Path GOLD = Path.of("../../shared/eval/seed-gold.jsonl");

  @Test
  void seedArticleMatchesGold() throws IOException {
    Path docs = DOCS.toAbsolutePath().normalize();
    Path docsAlt = Path.of("/work/shared/eval/seed-docs.jsonl");
    Path d = Files.exists(docs) ? docs : docsAlt;
    Path g = Files.exists(docs) ? GOLD : Path.of("/work/shared/eval/seed-gold.jsonl");
    assumeTrue(Files.exists(d) && Files.exists(g), "shared seed files absent");
    Document doc = ExchangeJson.documentFromJson(ExchangeJson.parse(Files.readAllLines(d).get(0)));
    JsonNode gold = ExchangeJson.parse(Files.readAllLines(g).get(0));
    List<Incident> got = new RuleBasedExtractor(new FakePlaces()).extract(doc);
    List<String> mismatches = new ArrayList<>();
    JsonNode golds = gold.get("incidents");
    assertThat(got).hasSize(golds.size());
    for (int i = 0; i < golds.size(); i++) {
      JsonNode e = golds.get(i);
      JsonNode a = ExchangeJson.toJson(got.get(i));
      for (String f : List.of("event_type", "sub_event_type", "weapons", "reported_by")) {
        compare(i, f, e.get(f), a.get(f), mismatches);
      }
      compare(
          i, "date.start", e.path("date").path("start"), a.path("date").path("start"), mismatches);
      compare(
          i,
          "date.precision",
          e.path("date").path("precision"),
          a.path("date").path("precision"),
          mismatches);
      for (String f : List.of("name", "country_code", "admin1", "precision")) {
        compare(
            i, "location." + f, e.path("location").path(f), a.path("location").path(f), mismatches);
      }
      compare(i, "perpetrators", e.get("perpetrators"), names(a.get("perpetrators")), mismatches);
      compare(i, "targets", e.get("targets"), names(a.get("targets")), mismatches);
      for (String k : List.of("killed", "injured", "detained", "missing")) {
        JsonNode ec = e.path("casualties").path(k);
        JsonNode ac = a.path("casualties").path(k);
        compare(i, k + ".min", ec.path("min"), ac.path("min"), mismatches);
        compare(i, k + ".max", ec.path("max"), ac.path("max"), mismatches);
      }
      compare(
          i,
          "children_killed",
          e.path("casualties").path("children_killed"),
          a.path("casualties").path("children_killed"),
          mismatches);
    }
    assertThat(mismatches).isEmpty();
  }

  private static JsonNode names(JsonNode actors) {
    var arr = ExchangeJson.mapper().createArrayNode();
    actors.forEach(x -> arr.add(x.get("name").asText()));
    return arr;
  }

  private static void compare(
      int i, String field, JsonNode expected, JsonNode actual, List<String> out) {
    String e =
        expected == null || expected.isMissingNode() || expected.isNull()
            ? "null"
            : expected.toString();
    String a =
        actual == null || actual.isMissingNode() || actual.isNull() ? "null" : actual.toString();
    if (!e.equals(a)) {
      out.add("incident " + i + " " + field + ": expected " + e + " got " + a);
    }
  }
}
