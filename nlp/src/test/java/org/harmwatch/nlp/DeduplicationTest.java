package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One event told twice within a document is one incident. */
class DeduplicationTest {
  private static final FakePlaces PLACES = new FakePlaces();
  private final Segmenter segmenter = new Segmenter(new SentenceAnnotator(PLACES, new EventCues()));

  private List<IncidentDraft> drafts(String text) {
    Document d = Document.ofText("d", null, LocalDate.of(2024, 6, 12), text);
    return segmenter.segment(d, new SentenceSplitter().split(text), PLACES.contextOf(text));
  }

  @Test
  void theSameDayToldTwiceIsMergedIntoTheFirstTelling() {
    List<IncidentDraft> got =
        drafts(
            "Gunmen killed 17 villagers in Bankass on Sunday.\n\n"
                + "On Sunday, attackers also killed 17 people in Bankass.");
    assertThat(got).hasSize(2);
    Deduplication.mergeRetellings(got);
    assertThat(got).hasSize(1);
    assertThat(got.get(0).facts).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // A lead with the town but not the day, then the account with the day.
        "The army said its troops killed four militiamen in Bankass.\n\n"
            + "On March 17, a patrol was attacked by the militia at a junction in Bankass, killing"
            + " four of the attackers.",
        // The account with the day first, then the town again without one.
        "Le 17 mars, des hommes armés ont attaqué le marché de Bankass.\n\n"
            + "Des assaillants ont tué trois commerçants à Bankass, selon un habitant.",
      })
  void anUndatedTellingAtTheSameTownIsMergedIntoTheOther(String text) {
    List<IncidentDraft> got = drafts(text);
    assertThat(got).hasSize(2);
    Deduplication.mergeRetellings(got);
    assertThat(got).hasSize(1);
  }

  @Test
  void anUndatedTellingWithAnotherTollStaysApart() {
    List<IncidentDraft> got =
        drafts(
            "Gunmen killed 4 villagers in Bankass.\n\n"
                + "On March 17, gunmen killed 9 traders in Bankass.");
    Deduplication.mergeRetellings(got);
    assertThat(got).hasSize(2);
  }

  @Test
  void differentDaysStayApart() {
    List<IncidentDraft> got =
        drafts(
            "Gunmen killed 17 villagers in Bankass on Sunday.\n\n"
                + "On Monday, a drone strike killed 5 herders near Djibo.");
    Deduplication.mergeRetellings(got);
    assertThat(got).hasSize(2);
  }

  @Test
  void aKeptIncidentToldAgainIsADuplicate() {
    RuleBasedExtractor extractor = new RuleBasedExtractor(PLACES);
    List<Incident> one =
        extractor.extract(
            Document.ofText(
                "d",
                null,
                LocalDate.of(2024, 6, 12),
                "Gunmen killed 17 villagers in Bankass on Sunday."));
    IncidentDraft again = new IncidentDraft(3, null, false);
    again.built = one.get(0);
    assertThat(Deduplication.duplicate(again, one)).isTrue();
    IncidentDraft another = new IncidentDraft(3, null, true);
    another.built = one.get(0);
    assertThat(Deduplication.duplicate(another, one)).isFalse();
  }
}
