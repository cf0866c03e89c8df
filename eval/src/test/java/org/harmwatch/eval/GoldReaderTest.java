package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
  static String q(String s) {
    return s.replace('\'', '"');
  }

  @Test
  void readsIncidentsAndEventKeys() {
    List<GoldDocument> docs =
        GoldReader.read(
            "g.jsonl",
            List.of(
                q(
                    "{'doc':'d1','published':'2024-06-01','incidents':["
                        + Fixtures.BASE.replace("{'event_type'", "{'event_key':'S1','event_type'")
                        + ","
                        + "{'event_type':'violence_against_civilians','sub_event_type':'attack'}]}"),
                "",
                q("{'doc':'d2','published':'2024-06-02','incidents':[]}")));
    assertThat(docs).hasSize(2);
    GoldDocument d1 = docs.get(0);
    assertThat(d1.docId()).isEqualTo("d1");
    assertThat(d1.published()).hasToString("2024-06-01");
    assertThat(d1.incidents()).hasSize(2);
    assertThat(d1.eventKey(0)).isEqualTo("S1");
    assertThat(d1.eventKey(1)).isNull();
    assertThat(d1.incidents().get(0).perpetrators())
        .extracting(a -> a.name())
        .containsExactly("Military Forces of Mali", "Wagner Group");
    assertThat(docs.get(1).incidents()).isEmpty();
    assertThat(LinkScorer.goldKeys(docs)).containsOnlyKeys(new IncidentRef("d1", 0));
  }

  @Test
  void errorsNameFileAndLine() {
    assertThatThrownBy(
            () -> GoldReader.read("g.jsonl", List.of(q("{'doc':'d1','incidents':[]}"), "{oops")))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("g.jsonl:2:");
    assertThatThrownBy(
            () ->
                GoldReader.read(
                    "g.jsonl", List.of(q("{'doc':'d1','incidents':[{'event_type':'picnic'}]}"))))
        .hasMessageContaining("g.jsonl:1: incident 0")
        .hasMessageContaining("picnic");
    assertThatThrownBy(() -> GoldReader.read("g.jsonl", List.of(q("{'incidents':[]}"))))
        .hasMessageContaining("g.jsonl:1")
        .hasMessageContaining("doc");
    assertThatThrownBy(
            () ->
                GoldReader.read(
                    "g.jsonl",
                    List.of(q("{'doc':'d1','incidents':[]}"), q("{'doc':'d1','incidents':[]}"))))
        .hasMessageContaining("g.jsonl:2")
        .hasMessageContaining("twice");
  }

  @Test
  void readsTheSeedGold() {
    var docs = GoldReader.read(java.nio.file.Path.of("/work/shared/eval/seed-gold.jsonl"));
    assertThat(docs).isNotEmpty();
    assertThat(docs.get(0).incidents()).hasSizeGreaterThanOrEqualTo(4);
  }
}
