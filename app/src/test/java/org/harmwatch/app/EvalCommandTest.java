package org.harmwatch.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.harmwatch.app.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.harmwatch.core.json.ExchangeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmwatch eval} on small gold sets written here, with the real extractor. */
class EvalCommandTest {
  static final String TEXT =
      "Gunmen killed 12 civilians in the village of Dablo, Burkina Faso, on 12 May 2019.";
  static final String DOC =
      "{'id':'lefaso-1','published':'2019-05-14','language':'fr','text':'" + TEXT + "'}";
  static final String OTHER =
      "{'id':'cdnews-2','published':'2019-05-14','language':'fr','text':'Rien.'}";
  static final String GOLD =
      "{'doc':'lefaso-1','published':'2019-05-14','incidents':[{"
          + "'event_type':'violence_against_civilians','sub_event_type':'attack',"
          + "'date':{'start':'2019-05-12','end':'2019-05-12','precision':'day'},"
          + "'location':{'name':'Dablo','country_code':'BF','admin1':'Centre-Nord',"
          + "'precision':'place','lat':13.65,'lon':-1.13},"
          + "'casualties':{'killed':{'min':12,'max':12}},"
          + "'evidence':[{'start':0,'end':80}]}]}";

  private static Path write(Path file, String... lines) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.replace('\'', '"')).append('\n');
    }
    if (file.toString().endsWith(".gz")) {
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
        o.write(b.toString().getBytes(UTF_8));
      }
    } else {
      Files.writeString(file, b, UTF_8);
    }
    return file;
  }

  @Test
  void readsGzipFilesSkipsDocumentsOutsideTheGoldAndSplitsByGroup(@TempDir Path dir)
      throws IOException {
    Path gold = write(dir.resolve("g.jsonl.gz"), GOLD);
    Path docs = write(dir.resolve("d.jsonl.gz"), OTHER, DOC);
    CliRun r =
        run(
            "eval",
            "--gold",
            gold.toString(),
            "--docs",
            docs.toString(),
            "--by",
            "source",
            "--confusion");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("extracted 1 documents").contains("1 not in the gold skipped");
    assertThat(r.out())
        .contains("documents 1  gold 1")
        .contains("event_type confusion")
        .contains("also scored:")
        .containsPattern("(?m)^lefaso +1 +1 ");
  }

  @Test
  void jsonCarriesFieldsGroupsAndConfusion(@TempDir Path dir) throws IOException {
    Path gold = write(dir.resolve("g.jsonl"), GOLD);
    Path docs = write(dir.resolve("d.jsonl"), DOC);
    CliRun r =
        run(
            "eval",
            "--gold",
            gold.toString(),
            "--docs",
            docs.toString(),
            "--by",
            "language",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = ExchangeJson.parse(r.out().trim());
    assertThat(json.get("gold_incidents").asInt()).isEqualTo(1);
    assertThat(json.at("/fields/killed/scored").asInt()).isEqualTo(1);
    assertThat(json.at("/by/language/fr/documents").asInt()).isEqualTo(1);
    assertThat(json.at("/confusion/event_type/labels").isArray()).isTrue();
  }

  @Test
  void goldOffsetsOutsideTheirDocumentAreAnErrorNamingFileAndLine(@TempDir Path dir)
      throws IOException {
    Path gold = write(dir.resolve("g.jsonl"), GOLD.replace("'end':80", "'end':800"));
    Path docs = write(dir.resolve("d.jsonl"), DOC);
    CliRun r = run("eval", "--gold", gold.toString(), "--docs", docs.toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err())
        .contains(gold + ":1: document lefaso-1 incident 0 evidence 0: offsets [0, 800)");
  }

  @Test
  void checkGoldListsProblemsWithoutExtracting(@TempDir Path dir) throws IOException {
    Path gold = write(dir.resolve("g.jsonl"), GOLD.replace("'end':80", "'end':5"));
    Path docs = write(dir.resolve("d.jsonl"), DOC);
    CliRun r = run("eval", "--check-gold", "--gold", gold.toString(), "--docs", docs.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(gold + ":1: document lefaso-1").contains("cut a word");
    assertThat(r.out()).contains("1 gold documents checked, 1 problems");
  }

  @Test
  void badOptionsAreNamed(@TempDir Path dir) throws IOException {
    Path gold = write(dir.resolve("g.jsonl"), GOLD);
    CliRun by = run("eval", "--gold", gold.toString(), "--docs", gold.toString(), "--by", "region");
    assertThat(by.exit()).isEqualTo(2);
    assertThat(by.err()).contains("region").contains("country, language or source");
    CliRun absent = run("eval", "--gold", gold.toString(), "--docs", dir.resolve("no.jsonl") + "");
    assertThat(absent.exit()).isEqualTo(2);
    assertThat(absent.err()).contains("no such file").contains("no.jsonl");
  }
}
