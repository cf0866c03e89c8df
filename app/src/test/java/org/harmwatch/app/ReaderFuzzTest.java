package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.ingest.DocumentReader;
import org.harmwatch.ingest.ReadResult;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the document readers (HTML, PDF, RSS/Atom, JSON Lines and arrays, plain text, sniffed from
 * the bytes) and the extractor with {@link MutationFuzzer} over the committed corpus in {@code
 * src/test/resources/fuzz/}: no input may throw out of the reader or the extractor, hang (each
 * input has {@value #PER_INPUT_SECONDS} s), or expand into text much larger than itself (entity
 * expansion, decompression). Bounded in CI by {@value #DEFAULT_ITERATIONS} inputs or {@value
 * #DEFAULT_SECONDS} s, whichever comes first; run longer with {@code
 * -Dharmwatch.fuzz.iterations=100000 -Dharmwatch.fuzz.seconds=3600} (and another {@code
 * -Dharmwatch.fuzz.seed}). A failing input is written to {@code target/fuzz-failures/}: add it to
 * the corpus once fixed.
 */
class ReaderFuzzTest {
  static final int DEFAULT_ITERATIONS = 400;
  static final int DEFAULT_SECONDS = 25;
  static final int PER_INPUT_SECONDS = 30;
  private static final int MAX_INPUT_BYTES = 64 * 1024;

  private static Extractor extractor;
  private static ExecutorService worker;

  @BeforeAll
  static void load() {
    extractor = new RuleBasedExtractor(GazetteerPlaceResolver.loadDefault());
    worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "fuzz-input"));
  }

  @AfterAll
  static void stop() {
    worker.shutdownNow();
  }

  @Test
  void noInputCrashesHangsOrExpands() throws Exception {
    List<byte[]> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(10);
    int iterations = Integer.getInteger("harmwatch.fuzz.iterations", DEFAULT_ITERATIONS);
    long budget = TimeUnit.SECONDS.toNanos(Long.getLong("harmwatch.fuzz.seconds", DEFAULT_SECONDS));
    long seed = Long.getLong("harmwatch.fuzz.seed", 20261207L);
    MutationFuzzer fuzzer = new MutationFuzzer(corpus, seed, MAX_INPUT_BYTES);
    long started = System.nanoTime();
    int done = 0;
    for (byte[] input : corpus) {
      run(input);
      done++;
    }
    while (done < iterations && System.nanoTime() - started < budget) {
      run(fuzzer.next());
      done++;
    }
    assertThat(done).isGreaterThan(corpus.size());
  }

  /**
   * The inputs issue 18 names, each kept in the corpus under this file name, with a fragment that
   * keeps it what it stands for.
   */
  static final Map<String, byte[]> ISSUE_INPUTS =
      Map.ofEntries(
          Map.entry("long-line.txt", "killing".getBytes(StandardCharsets.US_ASCII)),
          Map.entry(
              "long-fields.jsonl", "xxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("same-id.jsonl", "\"id\": \"same\"".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("lucene-syntax.txt", "~ village~".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("binary-nul.txt", new byte[] {0, 1, 2}),
          Map.entry("binary-title.html", "Raid\u0000".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("bad-utf8.txt", new byte[0]),
          Map.entry("xxe.xml", "SYSTEM".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("entities.xml", "<!ENTITY".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("article.html", "<script>".getBytes(StandardCharsets.US_ASCII)),
          Map.entry("tiny.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)));

  @Test
  void theCorpusKeepsTheInputsOfIssue18() throws Exception {
    Path dir = Path.of(ReaderFuzzTest.class.getResource("/fuzz").toURI());
    for (Map.Entry<String, byte[]> e : ISSUE_INPUTS.entrySet()) {
      byte[] input = Files.readAllBytes(dir.resolve(e.getKey()));
      assertThat(indexOf(input, e.getValue())).as(e.getKey()).isGreaterThanOrEqualTo(0);
    }
    byte[] line = Files.readAllBytes(dir.resolve("long-line.txt"));
    assertThat(line.length).isGreaterThan(10_000);
    assertThat(indexOf(line, new byte[] {'\n'})).isIn(-1, line.length - 1);
    byte[] badUtf8 = Files.readAllBytes(dir.resolve("bad-utf8.txt"));
    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(badUtf8)))
        .isInstanceOf(CharacterCodingException.class);
  }

  private static int indexOf(byte[] in, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= in.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (in[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private void run(byte[] input) throws Exception {
    Future<?> f = worker.submit(() -> check(input));
    try {
      f.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("hang: no answer in " + PER_INPUT_SECONDS + " s for " + keep(input));
    } catch (ExecutionException e) {
      throw new AssertionError("crash on " + keep(input) + ": " + e.getCause(), e.getCause());
    }
  }

  private static void check(byte[] input) {
    try (Stream<ReadResult> results =
        new DocumentReader().read(new ByteArrayInputStream(input), "fuzz")) {
      results
          .limit(10_000)
          .forEach(
              r -> {
                if (r instanceof ReadResult.Read read) {
                  Document d = read.document();
                  long size = d.text().length() + (d.title() == null ? 0 : d.title().length());
                  if (size > 8L * input.length + 10_000) {
                    throw new IllegalStateException(
                        "expansion: " + input.length + " bytes read as " + size + " characters");
                  }
                  extractor.extract(d);
                }
              });
    }
  }

  private static String keep(byte[] input) {
    try {
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      String name =
          HexFormat.of()
              .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(input))
              .substring(0, 16);
      Path file = dir.resolve(name + ".bin");
      Files.write(file, input);
      return file.toAbsolutePath().toString();
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      return input.length + " bytes (not saved: " + e + ")";
    }
  }

  private static List<byte[]> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(ReaderFuzzTest.class.getResource("/fuzz").toURI());
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
    }
    return out;
  }
}
