package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.store.IncidentStore;
import org.harmwatch.store.Database;
import org.harmwatch.store.H2Files;
import org.harmwatch.store.JdbcIncidentStore;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch ingest killed with SIGKILL part-way and run again ends with every document stored once
 * and every incident once, exactly as an uninterrupted run.
 */
class CrashSafeIngestIT {
  private static final int DOCUMENTS = 600;

  @TempDir Path tmp;

  @Test
  void aKilledIngestRunAgainStoresEverythingExactlyOnce() throws IOException, InterruptedException {
    Path corpus = tmp.resolve("corpus.jsonl");
    writeCorpus(corpus);

    Path clean = tmp.resolve("clean");
    assertThat(ingest(clean, corpus).waitFor()).isZero();
    long[] expected = counts(clean);
    assertThat(expected[0]).isEqualTo(DOCUMENTS);
    assertThat(expected[1]).isGreaterThan(DOCUMENTS / 2);

    Path crashed = tmp.resolve("crashed");
    long[] partial = null;
    // The kill lands at a different moment each attempt; keep going until it hit mid-batch. The
    // delay doubles each time: on a loaded machine the first commit can come seconds after the
    // store opens (cold JIT), and a fixed short delay then never lands inside the batch.
    for (int attempt = 0; attempt < 9 && partial == null; attempt++) {
      Process p = ingest(crashed, corpus);
      Path log = tmp.resolve("ingest-crashed.log");
      long waited = 0;
      // The store is open (and migrated) once the app logs which database it uses.
      while (p.isAlive() && waited < 120_000 && !logSays(log, "using H2")) {
        Thread.sleep(20);
        waited += 20;
      }
      Thread.sleep(100L << attempt);
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      long[] now = counts(crashed);
      if (now[0] > 0 && now[0] < DOCUMENTS) {
        partial = now;
      }
    }
    assertThat(partial).as("no kill landed in the middle of the batch").isNotNull();

    assertThat(ingest(crashed, corpus).waitFor()).isZero();
    assertThat(counts(crashed)).containsExactly(expected);
  }

  private static boolean logSays(Path log, String words) throws IOException {
    return Files.exists(log) && Files.readString(log).contains(words);
  }

  private void writeCorpus(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    List<Document> base = SampleReports.all();
    for (int n = 0; n < DOCUMENTS; n++) {
      Document b = base.get(n % base.size());
      // A distinct closing line makes each document a distinct original.
      String text = b.text() + "\n\nDispatch " + n + ".";
      var node = ExchangeJson.toJson(Document.ofText("doc-" + n, b.title(), b.published(), text));
      node.remove(List.of("sha256", "content_type", "captured_at"));
      lines.add(ExchangeJson.write(node));
    }
    Files.write(file, lines);
  }

  private Process ingest(Path dataDir, Path corpus) throws IOException {
    return AppProcess.start(
        tmp.resolve("ingest-" + dataDir.getFileName() + ".log"),
        "ingest",
        "--no-progress",
        "--data-dir",
        dataDir.toString(),
        corpus.toString());
  }

  private static long[] counts(Path dataDir) {
    if (!Files.exists(dataDir.resolve("harmwatch.mv.db"))) {
      return new long[] {0, 0};
    }
    try (IncidentStore store = new JdbcIncidentStore(Database.open(H2Files.settings(dataDir)))) {
      return new long[] {store.documentCount(), store.incidentCount()};
    }
  }
}
