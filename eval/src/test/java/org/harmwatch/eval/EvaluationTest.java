package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  static final String Q = "'";

  /** An extractor that returns the base incident for every document and records what it saw. */
  static final class Recording implements Extractor {
    final List<String> seen = new ArrayList<>();

    @Override
    public List<Incident> extract(Document document) {
      seen.add(document.id());
      if (document.text().contains("boom")) {
        throw new IllegalStateException("boom");
      }
      return List.of(Fixtures.base());
    }

    @Override
    public String version() {
      return "test";
    }
  }

  static Document doc(String id, String language, String text) {
    Document d = Document.ofText(id, null, LocalDate.parse("2024-06-01"), text);
    return new Document(
        d.id(),
        d.sha256(),
        d.title(),
        d.url(),
        d.publisher(),
        d.published(),
        language,
        d.text(),
        d.contentType(),
        d.original(),
        d.capturedAt());
  }

  static GoldDocument gold(String id, String countryCode) {
    Incident i =
        Fixtures.with(
            "'location':{'name':'x','country_code':'" + countryCode + "','precision':'country'}");
    return GoldDocument.of(id, LocalDate.parse("2024-06-01"), List.of(i));
  }

  @Test
  void onlyDocumentsOfTheGoldAreExtracted() {
    Evaluation run = new Evaluation(List.of(gold("acled-1", "ML"), gold("hrw-2", "BF")));
    Recording x = new Recording();
    assertThat(run.add(doc("acled-1", "en", "a"), x)).isTrue();
    assertThat(run.add(doc("other-3", "en", "b"), x)).isFalse();
    assertThat(run.add(doc("acled-1", "en", "again"), x)).isFalse();
    assertThat(x.seen).containsExactly("acled-1");
    assertThat(run.skipped()).isEqualTo(1);
    assertThat(run.duplicates()).containsExactly("acled-1");
    assertThat(run.absent()).containsExactly("hrw-2");
    EvalReport r = run.report();
    assertThat(r.goldIncidents()).isEqualTo(2);
    assertThat(r.matchedIncidents()).isEqualTo(1);
  }

  @Test
  void aFailedExtractionPredictsNothingAndIsRethrown() {
    Evaluation run = new Evaluation(List.of(gold("acled-1", "ML")));
    assertThatThrownBy(() -> run.add(doc("acled-1", "en", "boom"), new Recording()))
        .hasMessage("boom");
    assertThat(run.failed()).containsExactly("acled-1");
    assertThat(run.absent()).isEmpty();
    assertThat(run.report().recall()).isZero();
  }

  @Test
  void groupsByCountryLanguageAndSource() {
    Evaluation run =
        new Evaluation(
            List.of(gold("acled-1", "ML"), gold("acled-2", "ml"), gold("lefaso-3", "BF")));
    Recording x = new Recording();
    run.add(doc("acled-1", "en", "a"), x);
    run.add(doc("acled-2", "en", "b"), x);
    run.add(doc("lefaso-3", "fr", "c"), x);
    Map<String, EvalReport> byCountry = run.report(Grouping.COUNTRY);
    assertThat(byCountry).containsOnlyKeys("ML", "BF");
    assertThat(byCountry.keySet()).first().isEqualTo("ML");
    assertThat(byCountry.get("ML").documents()).isEqualTo(2);
    assertThat(byCountry.get("ML").accuracy(Field.COUNTRY)).isEqualTo(1.0);
    assertThat(byCountry.get("BF").accuracy(Field.COUNTRY)).isZero();
    assertThat(run.report(Grouping.LANGUAGE)).containsOnlyKeys("en", "fr");
    assertThat(run.report(Grouping.SOURCE)).containsOnlyKeys("acled", "lefaso");
    String table = EvalReport.groupTable("country", byCountry);
    assertThat(table.lines().toList().get(1)).startsWith("ML").contains("1.000");
    assertThat(table.lines().toList().get(2)).startsWith("BF");
  }

  @Test
  void groupingNamesAreCheckedAndCountryFollowsTheMostFrequentGoldCountry() {
    assertThat(Grouping.fromCode("Country")).isEqualTo(Grouping.COUNTRY);
    assertThatThrownBy(() -> Grouping.fromCode("continent"))
        .hasMessageContaining("continent")
        .hasMessageContaining("country, language or source");
    Incident ne =
        Fixtures.with("'location':{'name':'x','country_code':'NE','precision':'country'}");
    GoldDocument two =
        GoldDocument.of("sfm-9", LocalDate.parse("2024-06-01"), List.of(Fixtures.base(), ne, ne));
    assertThat(Grouping.COUNTRY.key(two, null)).isEqualTo("NE");
    assertThat(Grouping.LANGUAGE.key(two, null)).isEqualTo("unknown");
    assertThat(Grouping.SOURCE.key(two, null)).isEqualTo("sfm");
    assertThat(Grouping.COUNTRY.key(GoldDocument.of("x", null, List.of()), "en")).isEqualTo("none");
  }

  @Test
  void goldOffsetsAreFilledFromTheDocumentsRead() {
    List<GoldDocument> g =
        GoldReader.read(
            "g.jsonl",
            List.of(
                "{\"doc\":\"d1\",\"incidents\":[{\"event_type\":\"battles\","
                    + "\"evidence\":[{\"start\":3,\"end\":9}]}]}"));
    Evaluation run = new Evaluation(g);
    run.add(doc("d1", "en", "At Gao, fighting."), List.of());
    assertThat(run.gold().get(0).incidents().get(0).evidence().get(0).text()).isEqualTo("Gao, f");
    assertThat(run.checkGold()).singleElement().asString().contains("cut a word");
  }
}
