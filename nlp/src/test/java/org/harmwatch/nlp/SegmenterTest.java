package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Which sentences tell which incident. */
class SegmenterTest {
  private static final FakePlaces PLACES = new FakePlaces();
  private final Segmenter segmenter = new Segmenter(new SentenceAnnotator(PLACES, new EventCues()));

  private List<IncidentDraft> segment(String title, String text) {
    Document d = Document.ofText("s", title, LocalDate.of(2024, 6, 12), text);
    return segmenter.segment(d, new SentenceSplitter().split(text), PLACES.contextOf(text));
  }

  private static List<String> sentences(IncidentDraft d) {
    return d.facts.stream().map(f -> f.sentence().text()).toList();
  }

  @Test
  void followUpSentencesJoinTheOpenIncident() {
    List<IncidentDraft> got =
        segment(
            null,
            "Gunmen killed 17 villagers in Bankass on Sunday. They also burned granaries.\n\n"
                + "Separately, a drone strike killed 5 herders near Djibo on Monday.");
    assertThat(got).hasSize(2);
    assertThat(sentences(got.get(0)))
        .containsExactly(
            "Gunmen killed 17 villagers in Bankass on Sunday.", "They also burned granaries.");
    assertThat(sentences(got.get(1))).hasSize(1);
    assertThat(got.get(1).previous).isSameAs(got.get(0));
  }

  @Test
  void backgroundOpensNoIncident() {
    assertThat(
            segment(
                null, "Violence has killed more than 500 civilians in the region since January."))
        .isEmpty();
  }

  @Test
  void aHeadlineIsNotTheIncidentItAnnounces() {
    List<IncidentDraft> got =
        segment(
            "Gunmen kill 17 in Bankass",
            "Gunmen kill 17 in Bankass\n\nGunmen killed 17 villagers in Bankass on Sunday.");
    assertThat(got).hasSize(1);
    assertThat(sentences(got.get(0)))
        .containsExactly("Gunmen killed 17 villagers in Bankass on Sunday.");
  }

  @Test
  void aClaimInTheNextParagraphIsKeptBesideTheIncidentEvenWhenItNamesThePlace() {
    List<IncidentDraft> got =
        segment(
            null,
            "Gunmen killed 17 villagers in Bankass on Sunday.\n\n"
                + "JNIM claimed the attack near Bankass in a statement.");
    assertThat(got).hasSize(1);
    assertThat(got.get(0).claimFacts).hasSize(1);
  }

  @Test
  void aBriefsLeadIsItsIncidentEvenWithoutFigureDateOrPlace() {
    // A coder's note or a news flash opens with the event it reports.
    assertThat(segment(null, "Rebels attack an army convoy.")).hasSize(1);
    assertThat(
            sentences(
                segment(null, "Militiamen attack a village. The residents fled to the hills.")
                    .get(0)))
        .containsExactly("Militiamen attack a village.");
    // Not when the event is only mentioned later, nor in a longer report.
    assertThat(segment(null, "The council met on Monday. Residents fear an attack.")).isEmpty();
    assertThat(
            segment(
                null,
                "Rebels attack an army convoy.\n\nThe council met on Monday.\n\n"
                    + "Talks resume next week."))
        .isEmpty();
  }
}
