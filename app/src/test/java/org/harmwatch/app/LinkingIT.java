package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.pipeline.Pipeline;
import org.harmwatch.core.store.IncidentQuery;
import org.harmwatch.link.Linking;
import org.harmwatch.store.Database;
import org.harmwatch.store.DatabaseSettings;
import org.harmwatch.store.JdbcCorroboration;
import org.harmwatch.store.JdbcIncidentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Linking on the multi-source development set: its score, and relinking in any ingest order. */
class LinkingIT {
  private static final String DOCS = "../eval/gold/links-docs.jsonl";
  private static final String GOLD = "../eval/gold/links-gold.jsonl";

  private static Components components;

  @BeforeAll
  static void load() {
    components = new Components();
  }

  @AfterAll
  static void close() {
    components.close();
  }

  @Test
  void evalReportsPairwiseLinkingPrecisionAndRecallOnTheMultiSourceSet() {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int exit = cl.execute("eval", "--links", "--gold", GOLD, "--docs", DOCS);
    assertThat(exit).isZero();
    Matcher m =
        Pattern.compile("precision ([0-9.]+)  recall ([0-9.]+)  F1 ([0-9.]+)")
            .matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    System.out.println("links set: " + m.group());
    assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(0.95);
    assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void relinkGivesTheSameIncidentsWhateverOrderTheReportsCameIn() {
    List<Document> docs = new ArrayList<>();
    Inputs.forEach(List.of(DOCS), null, new PrintWriter(new StringWriter()), docs::add);
    Extractor extractor = components.extractor();
    Set<Set<String>> first = null;
    Set<String> firstIds = null;
    for (long seed = 1; seed <= 3; seed++) {
      Database db =
          Database.open(
              DatabaseSettings.h2Memory("l" + UUID.randomUUID().toString().replace("-", "")));
      try (JdbcIncidentStore store = new JdbcIncidentStore(db)) {
        JdbcCorroboration corroboration = new JdbcCorroboration(db, new Linking());
        Pipeline pipeline = new Pipeline(extractor, store, corroboration);
        List<Document> order = new ArrayList<>(docs);
        Collections.shuffle(order, new Random(seed));
        order.forEach(pipeline::ingest);
        corroboration.relink("system");
        Set<Set<String>> clusters = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Incident i : store.search(IncidentQuery.all(1000)).items()) {
          // By content hash: which of two identical reprints is stored depends on the order.
          Set<String> hashes = new HashSet<>();
          for (String d : store.documentsOfIncident(i.id())) {
            hashes.add(store.document(d).orElseThrow().sha256());
          }
          clusters.add(hashes);
          ids.add(i.id());
        }
        if (first == null) {
          first = clusters;
          firstIds = ids;
          Set<String> covered = new HashSet<>();
          clusters.forEach(covered::addAll);
          // Two documents of the set are the same wire text, stored once (the same SHA-256).
          assertThat(covered).hasSize((int) store.documentCount());
          assertThat(store.documentCount())
              .isEqualTo(docs.stream().map(Document::text).distinct().count());
          assertThat(clusters.size()).isLessThan(docs.size() / 2);
        } else {
          assertThat(clusters).isEqualTo(first);
          assertThat(ids).isEqualTo(firstIds);
        }
      }
    }
  }
}
