package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Document;
import org.harmwatch.store.Database;
import org.harmwatch.store.H2Files;
import org.harmwatch.testkit.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during {@code ingest}: the document in hand is finished, the command says "interrupted
 * after N; rerun to continue", N documents are stored with every incident linked and nothing is
 * reported rejected; a rerun completes the batch as an uninterrupted run would.
 */
class InterruptedIngestIT {
  private static final int DOCUMENTS = 400;
  private static final Pattern SAID =
      Pattern.compile("interrupted after (\\d+); rerun to continue");

  @TempDir Path tmp;

  @Test
  void sigtermFinishesTheDocumentInHandAndARerunContinues() throws Exception {
    Path corpus = tmp.resolve("corpus.jsonl");
    writeCorpus(corpus);
    Path data = tmp.resolve("data");
    Path log = tmp.resolve("ingest.log");
    Long stoppedAt = null;
    // The signal must land inside the batch: after the store opened, before the last document.
    for (int attempt = 0; attempt < 6 && stoppedAt == null; attempt++) {
      Process p = ingest(data, corpus, log);
      long waited = 0;
      while (p.isAlive() && waited < 120_000 && !Files.readString(log).contains("using H2")) {
        Thread.sleep(20);
        waited += 20;
      }
      Thread.sleep(500L << attempt);
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("the process ends").isTrue();
      String said = Files.readString(log);
      assertThat(said).doesNotContain("harmwatch: rejected").doesNotContain("Exception");
      Matcher m = SAID.matcher(said);
      if (m.find()) {
        assertThat(p.exitValue()).isEqualTo(130);
        long n = Long.parseLong(m.group(1));
        long[] now = counts(data);
        assertThat(now[0]).as("documents stored = N said").isEqualTo(n);
        assertThat(now[2]).as("incidents without their link").isZero();
        stoppedAt = n > 0 ? n : null;
      }
    }
    assertThat(stoppedAt).as("no SIGTERM landed inside the batch").isNotNull();

    Process rerun = ingest(data, corpus, log);
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    assertThat(Files.readString(log))
        .contains("ingested " + DOCUMENTS + " document(s)")
        .doesNotContain("harmwatch: rejected");
    long[] done = counts(data);
    assertThat(done[0]).isEqualTo(DOCUMENTS);
    assertThat(done[2]).isZero();
  }

  private void writeCorpus(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    List<Document> base = SampleReports.all();
    for (int n = 0; n < DOCUMENTS; n++) {
      Document b = base.get(n % base.size());
      String text = b.text() + "\n\nBulletin " + n + ".";
      var node = ExchangeJson.toJson(Document.ofText("doc-" + n, b.title(), b.published(), text));
      node.remove(List.of("sha256", "content_type", "captured_at"));
      lines.add(ExchangeJson.write(node));
    }
    Files.write(file, lines);
  }

  private static Process ingest(Path data, Path corpus, Path log) throws IOException {
    return AppProcess.start(
        log,
        "ingest",
        "--no-progress",
        "--db",
        "h2-file",
        "--data-dir",
        data.toString(),
        corpus.toString());
  }

  /** Documents, incidents, and incidents with no source row (not linked). */
  private static long[] counts(Path data) throws SQLException {
    if (!Files.exists(data.resolve("harmwatch.mv.db"))) {
      return new long[] {0, 0, 0};
    }
    try (Database db = Database.open(H2Files.settings(data));
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      return new long[] {
        one(s, "SELECT COUNT(*) FROM documents"),
        one(s, "SELECT COUNT(*) FROM incidents"),
        one(
            s,
            "SELECT COUNT(*) FROM incidents i WHERE NOT EXISTS"
                + " (SELECT 1 FROM incident_sources x WHERE x.source_id = i.id)")
      };
    }
  }

  private static long one(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
