package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.harmwatch.nlp.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportersTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Une frappe a fait neuf morts parmi les invités, a indiqué un élu local.|local officials",
        "17 villageois ont été tués, selon le gouverneur de la région.|local officials",
        "Nine guests were killed, said a local official.|local officials",
        "Gunmen killed 12 people, residents said.|residents",
        "Quatre voyageurs ont été blessés, selon des sources sécuritaires.|security sources",
        // A coder's "Sources:" line lists sources, whatever follows each one.
        "Sources: local sources (3 calls), humanitarian sources (1 partner).|humanitarian sources",
        // The verb before its subject: "a annoncé le ministère".
        "Sept civils ont été tués, a annoncé le ministère de l'Intérieur.|@GOVERNMENT",
        // A participle between the source and its verb.
        "Residents reached by telephone put the toll at more than 20.|residents",
        "Des habitants joints par téléphone ont fait état de 9 morts.|residents",
        // The army, the police and the government by their titles and offices.
        "The Nigerian Army said its troops repelled an attack on a base in Kaya.|@STATE",
        "Twelve fighters were killed, the army spokesman said on Sunday.|@STATE",
        "Douze assaillants ont été tués, selon un communiqué de l'Etat-major des armées.|@STATE",
        "Selon un premier communiqué de la direction de la communication et des relations"
            + " publiques des armées, le convoi a été attaqué.|@STATE",
        "The police spokesman said five people died in the blast.|@POLICE",
        "Police told reporters that 20 officers were injured.|@POLICE",
        "Le bilan donné par le gouvernement fait état de 50 morts.|@GOVERNMENT",
        // Local sources, media and national news agencies.
        "Deux civils sont morts, a confirmé une source locale contactée par nos soins.|local sources",
        "According to media reports, police beat the students.|media reports",
        "Kaya, (AIB) - Des hommes armés ont tué trois commerçants.|AIB",
        "Selon l'Agence d'information du Burkina, la base a été attaquée.|AIB",
        // A commander's title, the national armed forces, a date or a verb of disclosure.
        "The General Officer Commanding has revealed that 14 gunmen were killed near Kaya.|@STATE",
        "Les forces armées nationales informent que huit assaillants ont été neutralisés.|@STATE",
        "The Nigerian Army on Friday said soldiers had overrun a hideout close to Kaya.|@STATE",
        // An official toll is the government's; a website or paper named as the source.
        "L'attaque a fait douze morts selon le bilan officiel.|@GOVERNMENT",
        "Twenty people died, according to the official toll.|@GOVERNMENT",
        "Le poste a été attaqué mardi, selon le site Veille Sahel.|Veille Sahel",
        "Le convoi a été pris pour cible, nous apprend Kaya info.|Kaya info",
        "Un communiqué de l'état major des armées fait cas de cinq assaillants tués.|@STATE",
        // An army's short name, accusing the group it fights.
        "Les FARDC accusent, ce lundi, les rebelles d'attaquer leurs positions.|@STATE",
        "Dans un communiqué, les Forces armées de la République démocratique du Congo (FARDC) accusent un groupe armé de pillages.|@STATE",
        "La gendarmerie nationale (GN) a confirmé la mort de deux agents.|@POLICE",
        // The presidency speaks for the government; its communication office signs a communiqué.
        "La présidence du Faso a annoncé la mort de trois gendarmes.|@GOVERNMENT",
        "Direction de la communication de la Présidence du Faso|@GOVERNMENT",
      })
  void findsWhoStatesTheFacts(String sentence, String source) {
    assertThat(Reporters.sources(sentence)).extracting(SourceMention::name).contains(source);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed 12 residents and burned their homes.",
        "Le maire a été enlevé.",
        "Des tirs ont visé la présidence de la République.",
        "La direction de la communication de la présidence du Faso a déménagé.",
      })
  void victimsAreNotSources(String sentence) {
    assertThat(Reporters.sources(sentence)).isEmpty();
  }

  @Test
  void anArmyAccusingTheGroupStatesTheFacts() {
    assertThat(Reporters.stateSource("Les FARDC accusent, ce mardi, les rebelles d'attaquer."))
        .extracting(SourceMention::name)
        .isEqualTo(Reporters.STATE_FORCES);
    assertThat(Reporters.stateSource("Les FARDC ont repris la localité.")).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A signature line closing the text names who reports all of it.
        "Trois gendarmes ont été tués lundi à Kaya.|Service de communication du ministère de la"
            + " Sécurité|@GOVERNMENT",
        "Trois gendarmes ont été tués lundi à Kaya.|Direction de la communication de l'état-major"
            + " des armées|@STATE",
        // A commander's disclosure in the lead, with a verb of saying that dates nothing.
        "Gunmen attacked a base near Kaya.|A regional commander of the army has revealed that"
            + " nine assailants died.|@STATE",
      })
  void findsTheSourceThatTheWholeReportRetells(String first, String second, String source) {
    List<Sentence> sentences =
        List.of(new Sentence(0, first.length(), first, 0), new Sentence(0, 1, second, 1));
    assertThat(Reporters.leadStateSource(sentences, Set.of()))
        .extracting(SourceMention::name)
        .isEqualTo(source);
  }

  @Test
  void aSignatureFarDownStillSignsButAPlainLineDoesNot() {
    List<Sentence> signed =
        List.of(
            new Sentence(0, 1, "Trois gendarmes ont été tués lundi à Kaya.", 0),
            new Sentence(0, 1, "Le bilan est lourd.", 1),
            new Sentence(0, 1, "Direction de la communication de la présidence du Faso", 4));
    assertThat(Reporters.leadStateSource(signed, Set.of())).isNotNull();
    List<Sentence> plain =
        List.of(
            new Sentence(0, 1, "Trois gendarmes ont été tués lundi à Kaya.", 0),
            new Sentence(0, 1, "Le bilan est lourd.", 1),
            new Sentence(0, 1, "La présidence du Faso a été visitée en mai.", 4));
    assertThat(Reporters.leadStateSource(plain, Set.of())).isNull();
  }

  @Test
  void aLeadRetellingAStatementTakesItsAuthorFromFurtherDown() {
    List<Sentence> retold =
        List.of(
            new Sentence(0, 1, "D'après ce communiqué, deux positions ont été attaquées lundi.", 0),
            new Sentence(0, 1, "Le calme est revenu mardi.", 1),
            new Sentence(0, 1, "Les FARDC préviennent qu'elles riposteront.", 3));
    assertThat(Reporters.leadStateSource(retold, Set.of()))
        .extracting(SourceMention::name)
        .isEqualTo(Reporters.STATE_FORCES);
    // Without a retold statement in the lead, a source far down tells only its own story.
    List<Sentence> told =
        List.of(
            new Sentence(0, 1, "Deux positions ont été attaquées lundi.", 0),
            new Sentence(0, 1, "Le calme est revenu mardi.", 1),
            new Sentence(0, 1, "Les FARDC préviennent qu'elles riposteront.", 3));
    assertThat(Reporters.leadStateSource(told, Set.of())).isNull();
  }

  @Test
  void theMediaToldAreAChannelNotASource() {
    assertThat(Reporters.sources("Survivors told the media that the attackers came at dawn."))
        .extracting(SourceMention::name)
        .containsExactly("witnesses");
  }

  @Test
  void aChannelIsNotASource() {
    assertThat(Reporters.sources("Source: community leaders via partner NGO."))
        .extracting(SourceMention::name)
        .containsExactly("community leaders");
  }

  @Test
  void aSourceKeepsTheWordsThatNameItWithTheirOffsets() {
    String sentence = "Gunmen killed 12 people in Djibo, Human Rights Watch said on Monday.";
    SourceMention hrw =
        Reporters.sources(sentence).stream()
            .filter(m -> m.name().equals("Human Rights Watch"))
            .findFirst()
            .orElseThrow();
    assertThat(sentence.substring(hrw.start(), hrw.end())).isEqualTo(hrw.text());
    assertThat(hrw.text()).isEqualTo("Human Rights Watch");
  }
}
