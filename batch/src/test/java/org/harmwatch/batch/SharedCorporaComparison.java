package org.harmwatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch job on local[2] against {@code extract} + {@link org.harmwatch.link.Linker} on the
 * development corpora of the shared folder (the real news texts and the ACLED coder notes), as
 * {@link BatchJobTest} does on the bundled ones. Opt-in, as these corpora are not in the repository
 * and the ACLED notes take many minutes: {@code -Dharmwatch.batch.shared=DIR} names the shared
 * folder, and {@code -Dharmwatch.batch.corpora=real,acled} picks the corpora (default: real).
 */
@EnabledIfSystemProperty(named = "harmwatch.batch.shared", matches = ".+")
class SharedCorporaComparison {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"real", "acled"})
  void givesTheSameIncidentsAndLinksAsExtractAndTheLinker(String corpus) throws IOException {
    List<String> chosen = List.of(System.getProperty("harmwatch.batch.corpora", "real").split(","));
    org.junit.jupiter.api.Assumptions.assumeTrue(chosen.contains(corpus), corpus + " not chosen");
    Path shared = Path.of(System.getProperty("harmwatch.batch.shared"));
    Path gz =
        corpus.equals("real")
            ? shared.resolve("corpora/real-news.jsonl.gz")
            : shared.resolve("eval/acled-dev/docs.jsonl.gz");
    // Unpacked into this test's temporary folder only: the job reads .jsonl, not .jsonl.gz.
    Path input = Files.createDirectories(tmp.resolve("in"));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      Files.copy(in, input.resolve(corpus + ".jsonl"));
    }
    BatchOptions o = new BatchOptions();
    o.inputs = List.of(input.toString());
    o.out = tmp.resolve("out").toString();
    BatchSummary summary = BatchJob.run(LocalSpark.get(), o);
    System.out.println("SharedCorporaComparison " + corpus + ": " + summary);

    BatchJobTest.Reference ref = BatchJobTest.reference(input);
    assertThat(ref.incidents()).hasSizeGreaterThan(100);
    assertThat(summary.rejected()).isZero();
    BatchJobTest.assertSameAnswers(tmp.resolve("out"), summary, ref, 10);
  }
}
