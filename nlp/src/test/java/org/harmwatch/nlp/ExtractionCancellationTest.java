package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.pipeline.Cancellation;
import org.junit.jupiter.api.Test;

/**
 * The extractor polls its cancellation while it reads a document, sentence by sentence, and stops
 * at the first poll after it was set: a long document whose requester has gone is not read to its
 * end.
 */
class ExtractionCancellationTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  // Forty sentences, each one an attack report in our own words.
  private static Document longReport() {
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 40; n++) {
      text.append("Gunmen attacked a village near Gao on 3 March 2024, killing ")
          .append(n)
          .append(" civilians, a local official said. ");
    }
    return Document.ofText("long", "Attacks near Gao", LocalDate.of(2024, 3, 5), text.toString());
  }

  @Test
  void aCancellationSetMidwayStopsTheReadingAtTheNextSentence() {
    AtomicInteger polls = new AtomicInteger();
    // Set at the fifth poll, as a disconnect noticed while the document is being read would be.
    Cancellation cancellation = new Cancellation(() -> polls.incrementAndGet() >= 5);
    assertThatThrownBy(() -> extractor.extract(longReport(), cancellation))
        .isInstanceOf(Cancellation.Cancelled.class);
    assertThat(polls.get()).isEqualTo(5);
  }

  @Test
  void aCancellationNeverSetIsPolledOnceASentenceAndChangesNothing() {
    AtomicInteger polls = new AtomicInteger();
    Cancellation watched = new Cancellation(() -> polls.incrementAndGet() < 0);
    Document d = longReport();
    assertThat(extractor.extract(d, watched)).isEqualTo(extractor.extract(d));
    // At least once per sentence: the loop, not only the ends, looks at it.
    assertThat(polls.get()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void aCancellationSetBeforehandReadsNothing() {
    Cancellation cancelled = new Cancellation();
    cancelled.cancel("the client closed the connection");
    assertThatThrownBy(() -> extractor.extract(longReport(), cancelled))
        .isInstanceOf(Cancellation.Cancelled.class)
        .hasMessageContaining("the client closed the connection");
  }
}
