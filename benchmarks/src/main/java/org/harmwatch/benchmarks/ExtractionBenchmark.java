package org.harmwatch.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.event.Trigger;
import org.harmwatch.nlp.place.PlaceMentionFinder;
import org.harmwatch.nlp.text.Sentence;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.harmwatch.nlp.time.DateFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot steps of extraction on a ~600-word report: the whole extractor, place-phrase finding and
 * gazetteer resolution, and the per-sentence cue and date scans (regular expressions behind a
 * literal prefilter). Throughput in operations per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
  private RuleBasedExtractor extractor;
  private GazetteerPlaceResolver places;
  private PlaceMentionFinder finder;
  private Document report;
  private PlaceContext context;
  private List<PlaceMention> mentions;
  private List<String> sentences;
  private final EventCues cues = new EventCues();
  private final DateFinder dates = new DateFinder();

  /** Loads the bundled gazetteer and the bundled sample report once per trial. */
  @Setup
  public void setUp() {
    places = GazetteerPlaceResolver.loadDefault();
    extractor = new RuleBasedExtractor(places);
    finder = new PlaceMentionFinder(places);
    report = Document.ofText("bench", null, LocalDate.of(2024, 4, 2), sample());
    context = places.contextOf(report.text());
    mentions = finder.find(report.text(), 0);
    sentences = new SentenceSplitter().split(report.text()).stream().map(Sentence::text).toList();
  }

  private static String sample() {
    try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("report.txt")) {
      if (in == null) {
        throw new IllegalStateException("benchmark resource report.txt missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Extraction of every incident of the report. */
  @Benchmark
  public List<Incident> extractReport() {
    return extractor.extract(report);
  }

  /** Finding the place phrases of the report (extraction without resolution). */
  @Benchmark
  public List<PlaceMention> findPlacePhrases() {
    return finder.find(report.text(), 0);
  }

  /** Resolving the report's place phrases with the gazetteer. */
  @Benchmark
  public int resolvePlaces() {
    int found = 0;
    for (PlaceMention m : mentions) {
      if (places.resolve(m, context).isPresent()) {
        found++;
      }
    }
    return found;
  }

  /** The document's country context (a scan of the whole text). */
  @Benchmark
  public PlaceContext documentContext() {
    return places.contextOf(report.text());
  }

  /** The event trigger of every sentence of the report. */
  @Benchmark
  public int triggersOfSentences() {
    int found = 0;
    for (String s : sentences) {
      Trigger t = cues.trigger(s);
      if (t != null) {
        found++;
      }
    }
    return found;
  }

  /** The date phrases of every sentence of the report. */
  @Benchmark
  public int datesOfSentences() {
    int found = 0;
    for (String s : sentences) {
      found += dates.find(s, report.published()).size();
    }
    return found;
  }
}
