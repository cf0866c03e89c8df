package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Report-level failure classes of real news and NGO texts: a retrospective's narrative year, a
 * state source the whole report retells, arrests read as abductions, undated allusions to abuses
 * and world-page stories about conflicts outside Africa. Each text is a report of two paragraphs or
 * more (not a brief), as the real pages are.
 */
class ReportLevelRegressionTest {
  private final RuleBasedExtractor extractor = new RuleBasedExtractor(new FakePlaces());

  private List<Incident> extract(String text, LocalDate published) {
    return extractor.extract(Document.ofText("r", null, published, text));
  }

  @Test
  void aRetrospectiveDatesItsEventsInTheYearItTells() {
    List<Incident> out =
        extract(
            "Ten years on, the victims still wait for justice.\n\n"
                + "In March 2014, our researchers spent a week in Burkina Faso, speaking with"
                + " survivors.\n\n"
                + "On February 5, militiamen killed at least 30 villagers in Djibo.",
            LocalDate.of(2024, 6, 20));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date().start()).isEqualTo(LocalDate.of(2014, 2, 5));
  }

  @Test
  void aYearRightAfterTwoDaysDatesTheFirstToo() {
    List<Incident> out =
        extract(
            "The court opened its trial this week.\n\n"
                + "Militiamen killed at least 40 men in Djibo on February 1 and 5, 2014, witnesses"
                + " said.",
            LocalDate.of(2024, 6, 20));
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).date().start().getYear()).isEqualTo(2014);
  }

  @Test
  void lastYearsEventsDoNotMoveThisYearsDates() {
    List<Incident> out =
        extract(
            "Violence rose sharply in December 2021 across the north.\n\n"
                + "On March 3, gunmen killed five traders in Kaya.",
            LocalDate.of(2022, 6, 13));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date().start()).isEqualTo(LocalDate.of(2022, 3, 3));
  }

  @Test
  void theArmyStatementThatTheReportRetellsReportsItsIncidents() {
    List<Incident> out =
        extract(
            "Troops clear hideouts\n\n"
                + "The army said on Tuesday that its troops had cleared several hideouts in the"
                + " north.\n\n"
                + "On Monday, troops killed 12 fighters near Djibo during a raid on a camp.",
            LocalDate.of(2022, 6, 15));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).reportedBy()).containsExactly("Military Forces of Burkina Faso");
  }

  @Test
  void aStateSourceFarDownALongReportTellsOnlyItsOwnStory() {
    List<Incident> out =
        extract(
            "Market traders count their losses\n\n"
                + "Prices have doubled since the road closed.\n\n"
                + "Gunmen killed four traders near Djibo on Monday.\n\n"
                + "Farmers say the harvest is poor.\n\n"
                + "Elsewhere, the police said they had opened an inquiry into a fraud case.",
            LocalDate.of(2022, 6, 15));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).reportedBy()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Arrests, however the charge is worded.
        "Police arrested 23 suspected robbers in Kaya on Friday for kidnapping and theft.\n\n"
            + "They will appear in court next week.",
        "Les gendarmes ont interpellé 14 trafiquants à Kaya le vendredi 10 juin 2022.\n\n"
            + "Ils seront présentés au parquet.",
        // An allusion to abuses with no date, no figure and no place below the country.
        "Rights groups say some of the worst abuses took place in Burkina Faso, where armed"
            + " groups attacked villages.\n\nThe report calls for inquiries.",
        // A world-page story: its conflict is outside Africa, whatever place the gazetteer finds.
        "Le Burkina Faso suit la crise de près.\n\n"
            + "Des soldats israéliens ont tué cinq Palestiniens à Gao le mardi 7 juin 2022.",
      })
  void reportsThatTellNoIncidentOfTheRecord(String text) {
    assertThat(extract(text, LocalDate.of(2022, 6, 13))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gunmen abducted 12 travellers near Djibo on Friday.\n\nTheir families have no news.",
        "Armed men stopped a bus near Djibo on Friday and took away 30 passengers.\n\n"
            + "The company has suspended its trips.",
        "Police arrested 30 protesters in Kaya on Friday and beat several of them.\n\n"
            + "Lawyers denounced the arrests.",
        "Le Burkina Faso a acquis de nouveaux appareils.\n\n"
            + "Une frappe d'un drone de fabrication israélienne a tué cinq personnes à Djibo le"
            + " mardi 7 juin 2022.",
      })
  void theIncidentsBesideThemStay(String text) {
    assertThat(extract(text, LocalDate.of(2022, 6, 13))).hasSize(1);
  }
}
