package org.harmwatch.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void readsOffsetOnlyEvidenceAndCiviliansKilled() {
    GoldDocument d =
        GoldReader.read(
                "g.jsonl",
                List.of(
                    q(
                        "{'doc':'d1','incidents':[{'event_type':'battles',"
                            + "'casualties':{'killed':{'min':19},'civilians_killed':{'min':7,'max':7}},"
                            + "'evidence':[{'start':4,'end':10},'quoted words']}]}")))
            .get(0);
    assertThat(d.incidents().get(0).evidence())
        .extracting(e -> e.start() + ":" + e.end() + ":" + e.text())
        .containsExactly("4:10:", "0:0:quoted words");
    assertThat(d.civiliansKilled().get(0).min()).isEqualTo(7);
    assertThat(d.scored(0).civiliansKilled().max()).isEqualTo(7);
    assertThat(d.source()).isEqualTo("g.jsonl:1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'start':5,'end':5}",
        "{'start':5}",
        "{'start':'5','end':'9'}",
        "{'fields':['date']}",
        "''"
      })
  void evidenceNeedsTextOrASpanOfOffsets(String evidence) {
    assertThatThrownBy(
            () ->
                GoldReader.read(
                    "g.jsonl",
                    List.of(
                        "",
                        q(
                            "{'doc':'d1','incidents':[{'event_type':'battles','evidence':["
                                + evidence
                                + "]}]}"))))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("g.jsonl:2: incident 0: evidence 0");
  }

  @Test
  void readsGzipFiles(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("g.jsonl.gz");
    try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(q("{'doc':'d1','incidents':[{'event_type':'battles'}]}\n").getBytes(UTF_8));
    }
    assertThat(GoldReader.read(gz)).extracting(GoldDocument::docId).containsExactly("d1");
    assertThat(GoldReader.read(gz).get(0).source()).isEqualTo(gz + ":1");
  }

  @Test
  void readsTheSeedGold() {
    String shared = System.getProperty("harmwatch.shared", "../../shared");
    Path seed = Path.of(shared).resolve("eval/seed-gold.jsonl");
    assumeTrue(Files.exists(seed), "the shared seed gold is absent: " + seed.toAbsolutePath());
    var docs = GoldReader.read(seed);
    assertThat(docs).isNotEmpty();
    assertThat(docs.get(0).incidents()).hasSizeGreaterThanOrEqualTo(4);
  }
}
