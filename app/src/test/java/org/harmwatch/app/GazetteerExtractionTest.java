package org.harmwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extraction with the bundled gazetteer, as the product runs it: each row is a short report and
 * where and when the one incident it tells happened. Rows are inputs that once went wrong.
 */
class GazetteerExtractionTest {
  private static RuleBasedExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new RuleBasedExtractor(GazetteerPlaceResolver.loadDefault());
  }

  private static Incident only(String published, String text) {
    Document doc =
        Document.ofText("t-" + Math.abs(text.hashCode()), null, LocalDate.parse(published), text);
    List<Incident> got = extractor.extract(doc);
    assertThat(got).as(text).hasSize(1);
    return got.get(0);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A namesake 110 km away is not "the village 15 km from Djibo".
        "2024-02-19|Des hommes armés ont attaqué le village de Dibilou, à une quinzaine de"
            + " kilomètres de Djibo, faisant au moins 30 morts.|Djibo|Sahel",
        "2024-03-05|Gunmen attacked the village of Dibilou near Djibo on 18 February, killing"
            + " at least 32 civilians.|Djibo|Sahel",
        "2023-11-08|Des éléments de l'EIGS ont fait irruption dans un village situé à une"
            + " trentaine de kilomètres de Tillabéri, tuant une dizaine d'habitants.|Tillabéri"
            + "|Tillabéri",
        // The Malian border says where the place is not.
        "2025-01-13|Une vingtaine de femmes ont été enlevées par des hommes armés aux abords de"
            + " Titao, dans la province du Loroum. Les ravisseurs sont partis vers la frontière"
            + " malienne.|Titao|Nord",
        // Niamey tells the country of a Torodi that exists in three countries.
        "2024-06-10|Des hommes armés ont enlevé une quinzaine de passagers à une vingtaine de"
            + " kilomètres de Torodi, sur l'axe Niamey-Torodi.|Torodi|Tillabéri",
        // Benin's Karimama (GeoNames Benin), never its Niger namesake.
        "2025-02-11|Des hommes armés ont tué trois agriculteurs mardi à Karimama, dans le"
            + " département de l'Alibori, au Bénin. Les assaillants seraient venus du Niger"
            + " voisin, selon un élu.|Karimama|Alibori",
        // Two Tangaye in the Yatenga, 45 km apart: the one near the town the report names.
        "2024-03-08|Des militaires ont tué au moins douze civils le 3 mars dans le village de"
            + " Tangaye, dans la province du Yatenga. L'armée a fait état d'une opération"
            + " dans la zone de Ouahigouya.|Tangaye|Nord",
        // ... and without such a town, the province: never a guess.
        "2024-03-08|Des militaires ont tué au moins douze civils le 3 mars dans le village de"
            + " Tangaye, dans la province du Yatenga.|province du Yatenga|Nord",
      })
  void resolvesWhere(String published, String text, String name, String admin1) {
    Incident i = only(published, text);
    assertThat(i.location()).as("location").isNotNull();
    assertThat(i.location().name()).isEqualTo(name);
    assertThat(i.location().admin1()).isEqualTo(admin1);
  }

  @Test
  void codersNoteFieldsDateAndPlaceTheIncident() {
    Incident i =
        only(
            "2024-04-15",
            "Incident note ML-2024-0411-BOU\n\nDate: 11 April 2024. Location: about 25 km north"
                + " of Bourem, Gao region.\nEvent: ISSP fighters attacked a herders' camp,"
                + " killing 8 civilians.\nSources: local sources.");
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 4, 11));
    assertThat(i.location().name()).isEqualTo("Bourem");
    assertThat(i.location().countryCode()).isEqualTo("ML");
    assertThat(i.evidence())
        .anySatisfy(
            e -> {
              assertThat(e.text()).startsWith("Date:");
              assertThat(e.fields()).contains("date");
            })
        .anySatisfy(
            e -> {
              assertThat(e.text()).startsWith("Location:");
              assertThat(e.fields()).contains("location");
            });
  }

  @Test
  void nightOfSaturdayToSundayIsTwoDays() {
    Incident i =
        only(
            "2024-12-02",
            "Des individus armés ont incendié dans la nuit de samedi à dimanche un village situé"
                + " à une quinzaine de kilomètres de Gayéri, tuant six personnes.");
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 11, 30));
    assertThat(i.date().end()).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(i.location().name()).isEqualTo("Gayéri");
  }

  @Test
  void wireDatelineWithAgencyInBracketsDatesTheReportNotTheEvent() {
    Incident i =
        only(
            "2024-09-18",
            "BAMAKO, Sept 18 (Sahel Wire) - Gunmen killed at least 17 civilians in the village"
                + " of Dinangourou, in Mali's Mopti region, on Monday, local officials said.");
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 9, 16));
  }

  @Test
  void aLaterClaimNamesThePerpetratorAndTheClaimant() {
    Incident i =
        only(
            "2024-05-22",
            "Une quinzaine de civils ont été tués dimanche lors de l'attaque d'un campement de"
                + " nomades à Tillia, dans la région de Tahoua, a indiqué un responsable local.\n\n"
                + "Dans un communiqué diffusé mardi, l'État islamique au Sahel a revendiqué"
                + " l'attaque.");
    assertThat(i.perpetrators()).extracting(a -> a.name()).containsExactly("Islamic State");
    assertThat(i.reportedBy()).contains("Islamic State");
  }

  @Test
  void theUnitAttackedIsTheTargetAndTheFightABattle() {
    Incident i =
        only(
            "2024-08-27",
            "Des combattants du JNIM ont attaqué samedi un détachement de l'armée burkinabè à"
                + " Barsalogho, selon un communiqué de l'armée publié lundi. L'armée affirme avoir"
                + " repoussé l'assaut.");
    assertThat(i.perpetrators())
        .extracting(a -> a.name())
        .containsExactly("JNIM: Group for Support of Islam and Muslims");
    assertThat(i.subEventType().name()).isEqualTo("ARMED_CLASH");
  }
}
