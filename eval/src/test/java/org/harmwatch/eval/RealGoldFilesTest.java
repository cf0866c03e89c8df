package org.harmwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the real-report gold sets in eval/gold/real (held-out files too: checking is not scoring):
 * they quote no third-party words (evidence is offsets only; no "text" in dates, places, actors or
 * counts), and, when the shared corpus is present ({@code ../shared} next to the repository, or
 * {@code -Dharmwatch.shared=DIR}), every offset lies inside its document on word boundaries.
 */
class RealGoldFilesTest {
  static final Path REAL = Path.of("gold/real");

  @TestFactory
  Stream<DynamicTest> realGold() throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(REAL)) {
      try (Stream<Path> s = Files.list(REAL)) {
        s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      }
    }
    return files.stream()
        .flatMap(
            f ->
                Stream.of(
                    DynamicTest.dynamicTest(f + " quotes no words", () -> quotesNoWords(f)),
                    DynamicTest.dynamicTest(f + " offsets fit", () -> offsetsFit(f))));
  }

  private static void quotesNoWords(Path file) {
    List<String> quoting = new ArrayList<>();
    for (GoldDocument g : GoldReader.read(file)) {
      for (int i = 0; i < g.incidents().size(); i++) {
        Incident inc = g.incidents().get(i);
        List<String> texts = new ArrayList<>();
        inc.evidence().stream().map(Evidence::text).forEach(texts::add);
        texts.add(inc.date() == null ? null : inc.date().text());
        texts.add(inc.location() == null ? null : inc.location().text());
        Stream.concat(inc.perpetrators().stream(), inc.targets().stream())
            .map(Actor::text)
            .forEach(texts::add);
        Casualties c = inc.casualties();
        Stream.of(c.killed(), c.injured(), c.detained(), c.missing())
            .map(n -> n == null ? null : n.text())
            .forEach(texts::add);
        if (texts.stream().anyMatch(t -> t != null && !t.isEmpty())) {
          quoting.add(g.where() + "incident " + i);
        }
      }
    }
    assertThat(quoting)
        .as("real-report gold quotes no words of the texts: evidence is {start, end} only, no text")
        .isEmpty();
  }

  private static void offsetsFit(Path file) throws IOException {
    String dir = System.getProperty("harmwatch.shared");
    Path corpus =
        (dir == null || dir.isBlank() ? Path.of("../../shared") : Path.of(dir))
            .resolve("corpora/real-news.jsonl.gz");
    assumeTrue(Files.exists(corpus), "the shared corpus is absent: " + corpus.toAbsolutePath());
    List<GoldDocument> gold = GoldReader.read(file);
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(InputFiles.open(corpus.toString()), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          Document d = ExchangeJson.documentFromJson(ExchangeJson.parse(line));
          texts.put(d.id(), d.text());
        }
      }
    }
    assertThat(GoldEvidence.check(gold, texts)).as("evidence of " + file).isEmpty();
  }
}
