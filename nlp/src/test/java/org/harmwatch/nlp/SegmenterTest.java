package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** The incidents a bulleted list tells: "place date" of each, joined by " | "; "-" for none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // each item under an event sentence is an incident, one per place it names
        "Des hommes armés ont attaqué des postes du cercle, dont :\\n• Bankass, le 3 juin 2024 ;"
            + "\\n• Douentza et Niono, le 5 juin 2024."
            + "#Bankass 2024-06-03 | Douentza 2024-06-05 | Niono 2024-06-05",
        "Armed groups raided army posts again.\\n\\nThey struck these towns:\\n\\n• Djibo, on 3 June 2024;"
            + "\\n\\n• Kaya, on 5 June 2024.#Djibo 2024-06-03 | Kaya 2024-06-05",
        // two days named apart in an item: the first place on the first day, the second on the
        // second; one place on each day; a span stays one incident over its days
        "Des rebelles ont attaqué des positions de l'armée, dont :\\n• Douentza et Niono, les 4 et 6"
            + " juin 2024 ;\\n• Bankass, le 5 juin 2024."
            + "#Douentza 2024-06-04 | Niono 2024-06-06 | Bankass 2024-06-05",
        "Armed groups raided army posts again.\\n\\nThey struck these towns:\\n\\n• Djibo, on 3 and 7 June 2024;"
            + "\\n\\n• Kaya, on 5 June 2024.#Djibo 2024-06-03 | Djibo 2024-06-07 | Kaya 2024-06-05",
        "Armed groups raided army posts again.\\n\\nThey struck these towns:\\n\\n• Djibo, from 3 to 7 June 2024;"
            + "\\n\\n• Kaya, on 5 June 2024.#Djibo 2024-06-03 | Kaya 2024-06-05",
        // a sentence that lists places each with its own day, after an event sentence
        "Des rebelles ont attaqué des positions de l'armée. Ce fut le cas à Douentza le 3 juin"
            + " 2024, à Niono le 5 juin 2024 et à Bankass le 7 juin 2024."
            + "#Douentza 2024-06-03 | Niono 2024-06-05 | Bankass 2024-06-07",
        "Gunmen raided villages of the area, in Djibo on 3 June 2024, in Kaya on 5 June 2024 and"
            + " in Bankass on 7 June 2024.#Djibo 2024-06-03 | Kaya 2024-06-05 | Bankass 2024-06-07",
        // the same day twice is a summary and its detail, not a list
        "Gunmen killed six people in Djibo on 3 June 2024, 5 June 2024 and 7 June 2024,"
            + " including two in Djibo on 3 June 2024.#Djibo 2024-06-03",
        // a list after no event sentence, or whose items give no date, tells no incident
        "The minister visited these towns:\\n\\n• Djibo, on 3 June 2024;\\n\\n• Kaya, on 5 June 2024.#-",
        "Gunmen raided villages of the area:\\n\\n• Djibo;\\n\\n• Kaya.#-",
      })
  void aListUnderAnEventSentenceTellsOneIncidentPerItemPlace(String text, String expected) {
    List<IncidentDraft> got = segment(null, text.replace("\\n", "\n"));
    String places =
        String.join(
            " | ",
            got.stream()
                .map(
                    d ->
                        d.first().locations().get(0).name()
                            + " "
                            + d.first().dates().get(0).date().start())
                .toList());
    assertThat(got.isEmpty() ? "-" : places).isEqualTo(expected);
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
    // Its lead comes first; the brief's other sentences tell the same event.
    assertThat(
            sentences(
                segment(null, "Militiamen attack a village. The residents fled to the hills.")
                    .get(0)))
        .containsExactly("Militiamen attack a village.", "The residents fled to the hills.");
    // Not when the event is only mentioned later, nor in a longer report.
    assertThat(segment(null, "The council met on Monday. Residents fear an attack.")).isEmpty();
    assertThat(
            segment(
                null,
                "Rebels attack an army convoy.\n\nThe council met on Monday.\n\n"
                    + "Talks resume next week."))
        .isEmpty();
  }

  /**
   * A brief whose event word comes after a scene-setting sentence, or whose anchor comes after an
   * event sentence with none of its own: one incident, led by the sentence with the plain event
   * word. Rows: the brief, then its lead.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The scene first, the deed second.
        "Farmers marched through Bankass to protest a new tax. Soldiers shot at the marchers."
            + "|Soldiers shot at the marchers.",
        "The corpse of a trader lay near the Gao market. He had been stabbed."
            + "|He had been stabbed.",
        // The event first with no anchor, a figure next: the event word leads.
        "Fighting between herders and a militia near Bankass. 4 killed."
            + "|Fighting between herders and a militia near Bankass.",
        "Rebels clash with the army. Seven dead, many injured.|Rebels clash with the army.",
      })
  void aBriefIsOneIncidentLedByItsEventWord(String text, String lead) {
    List<IncidentDraft> got = segment(null, text);
    assertThat(got).hasSize(1);
    assertThat(got.get(0).first().sentence().text()).isEqualTo(lead);
  }

  /** A coder's note with a second toll, from another source or said plainly: one incident. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Gunmen stormed a market in Bankass, killing 9 traders. A radio station reports 14 deaths.",
        "Soldiers clashed with rebels near Kaya on 3 May, killing 6. Eleven deaths reported.",
        "Militiamen raided a village near Djibo. Other sources give 20 dead.",
        "Des hommes armés ont attaqué le marché de Kaya le 3 mai. Une radio locale fait état de 12"
            + " morts.",
      })
  void aSecondTollInANoteIsNoSecondIncident(String text) {
    assertThat(segment(null, text)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // An event only feared, threatened or planned in a brief is no incident.
        "Traders closed their shops in Gao. They fear an attack by bandits.",
        "The mayor spoke on the radio. He warned that militias could raid the villages.",
      })
  void aBriefWithOnlyAnUnrealEventHasNoIncident(String text) {
    assertThat(segment(null, text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Photo captions and image credits are no evidence.
        "Click to expand Image Soldiers patrol a market in Djibo after fighting on May 3, 2024."
            + " © 2024 Photo Agency\n\nThe ministry published its budget on Monday.",
        "Residents gather in Kaya after the attack of March 2, 2024, in which 12 died. © 2024"
            + " Private\n\nThe council met on Monday.",
        "File Photo: troops on parade in Kaya, 2019, after clashes that killed 5.\n\n"
            + "The council met on Monday.",
        // Arrests by the authorities, with no abduction or violence, are no incident.
        "The council met on Monday in Ouagadougou.\n\nOn March 3, police arrested a journalist"
            + " in Ouagadougou over a post on social media.\n\nHe appears in court next week.",
        "Le conseil s'est réuni lundi.\n\nLe 3 mars, un journaliste a été interpellé à"
            + " Ouagadougou pour un message publié en ligne.\n\nIl comparaît la semaine prochaine.",
        // Background, aggregates, and periods that span months.
        "In recent weeks, gunmen attacked villages around Djibo.",
        "Soldiers have committed abuses against civilians in Kaya.",
        "A new wave of attacks hit the area of Djibo.",
        "Between March 2017 and January 2018, about 90 people were shot dead in Kaya.",
        "It will be recalled that gunmen killed 12 people in Djibo on a Sunday.",
        "Entre juillet et août 2022, plus de 80 civils ont été tués autour de Djibo.",
        "L'état-major a publié un démenti après des rumeurs sur la mort de 25 soldats à Djibo.",
        // A state of things over time.
        "Near Kaya, soldiers and rebels are constantly reported to clash.",
        "Autour de Kaya, des combats opposent sans cesse l'armée et les rebelles.",
        "Raids on farms had escalated under the former governor of Kaya in 2021.",
        "Two years of unrest in Kaya, with shootings by the police, left the town divided.",
        "Some of the worst killings took place in villages around Djibo.",
        "Statistics from a local group show that 9 people were killed in Kaya on 2 May 2024 and"
            + " 4 in Djibo on 9 May 2024.",
      })
  void captionsArrestsAndBackgroundOpenNoIncident(String text) {
    assertThat(segment(null, text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The council met on Monday.\n\nOn March 3, soldiers arrested and beat 11 students in"
            + " Kaya.\n\nThey were released the next week.",
        "The council met on Monday.\n\nSoldiers arrested about 30 men at the market in Kaya on"
            + " Friday. The bodies of 12 of them were found the next morning.\n\nTalks resume.",
        "Le conseil s'est réuni lundi.\n\nDes militaires ont arrêté une vingtaine d'hommes au"
            + " marché de Kaya le 18 janvier. Les corps de neuf d'entre eux ont été retrouvés.\n\n"
            + "Les discussions reprennent.",
        "The council met on Monday.\n\nOn March 3, gunmen abducted a teacher and two of his"
            + " children in Kaya.\n\nTalks resume next week.",
        "Le conseil s'est réuni lundi.\n\nLe 3 mars, des hommes armés ont enlevé trois"
            + " commerçants à Kaya.\n\nLes discussions reprennent la semaine prochaine.",
      })
  void abductionsAndArrestsWithViolenceStillOpenAnIncident(String text) {
    assertThat(segment(null, text)).hasSize(1);
  }
}
