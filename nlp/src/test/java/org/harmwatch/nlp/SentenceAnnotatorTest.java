package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmwatch.core.model.Location;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.quantity.CasualtyKind;
import org.harmwatch.nlp.text.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one sentence says: cue, figures, event dates (not report dates), places, sources. */
class SentenceAnnotatorTest {
  private static final FakePlaces PLACES = new FakePlaces();
  private final SentenceAnnotator annotator = new SentenceAnnotator(PLACES, new EventCues());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed 17 villagers in Bankass on Sunday, local officials said.|17|2024-06-09|Bankass|local officials",
        "BAMAKO, June 11 - Gunmen killed 17 villagers in Bankass.|17||Bankass|",
        "Des hommes armés ont tué 12 civils à Djibo jeudi, selon des sources locales.|12|2024-06-06|Djibo|local sources",
        // A town's dateline before an agency's name in brackets dates the dispatch.
        "Djibo, 11 juin 2024(AIB)-Des hommes armés ont tué 12 civils à Djibo dans la nuit du dimanche 9 au lundi 10 juin 2024, a appris l'AIB.|12|2024-06-09|Djibo|AIB",
      })
  void annotatesOneSentence(String text, int killed, String date, String place, String source) {
    Sentence s = new Sentence(0, text.length(), text, 0);
    SentenceFacts f =
        annotator.annotate(
            s, annotator.trigger(s), LocalDate.of(2024, 6, 12), PLACES.contextOf(text));
    assertThat(f.trigger()).isNotNull();
    assertThat(f.casualties())
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(CasualtyKind.KILLED);
              assertThat(c.count().min()).isEqualTo(killed);
            });
    if (date == null) {
      // the dateline dates the report, not the event
      assertThat(f.dates()).isEmpty();
    } else {
      assertThat(f.dates().get(0).date().start()).isEqualTo(LocalDate.parse(date));
    }
    assertThat(f.locations()).extracting(Location::name).contains(place);
    if (source == null) {
      assertThat(f.sources()).isEmpty();
    } else {
      assertThat(f.sources()).extracting(SourceMention::name).contains(source);
    }
  }
}
