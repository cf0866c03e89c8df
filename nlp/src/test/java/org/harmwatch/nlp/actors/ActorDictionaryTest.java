package org.harmwatch.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actor mentions → canonical names and types, in a Mali context unless the case says otherwise. */
class ActorDictionaryTest {
  private static final ActorDictionary DICT = ActorDictionary.load();

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "FAMa soldiers entered the village.|ML|Military Forces of Mali:state_forces",
        "The Malian army said it killed militants.|ML|Military Forces of Mali:state_forces+Unidentified Armed Group:unknown",
        "the army entered a village|ML|Military Forces of Mali:state_forces",
        "the army entered a village|BF|Military Forces of Burkina Faso:state_forces",
        "the army entered a village|-|",
        "Russian-backed government forces raided the market.|ML|Military Forces of Mali:state_forces+Wagner Group:external_forces",
        "Wagner fighters were seen.|ML|Wagner Group:external_forces",
        "des instructeurs russes ont participé|ML|Wagner Group:external_forces",
        "Africa Corps units|ML|Wagner Group:external_forces",
        "Des éléments du GSIM ont attaqué|ML|JNIM:rebel_group",
        "Katiba Macina fighters|ML|JNIM:rebel_group",
        "l'État islamique au Grand Sahara a revendiqué|NE|Islamic State Sahel Province:rebel_group",
        "ISGS attacked|NE|Islamic State Sahel Province:rebel_group",
        "Les VDP ont riposté.|BF|Volunteers for the Defense of the Homeland:state_forces",
        "Volunteers for the Defence of the Homeland|BF|Volunteers for the Defense of the Homeland:state_forces",
        "Dan Na Ambassagou militiamen|ML|Dan Na Ambassagou:identity_militia",
        "Dozo hunters burned the hamlet|ML|Dozo Militia:identity_militia",
        "unidentified armed men arrived on motorbikes|ML|Unidentified Armed Group:unknown",
        "des hommes armés non identifiés|BF|Unidentified Armed Group:unknown",
        "des terroristes présumés|BF|Unidentified Armed Group:unknown",
        "l'armée malienne a annoncé|ML|Military Forces of Mali:state_forces",
        "Nigerien troops|NE|Military Forces of Niger:state_forces",
        "a fan of football|ML|",
        "Ansarul Islam claimed it|BF|Ansarul Islam:rebel_group",
      })
  void resolvesMentions(String text, String country, String expected) {
    String got =
        DICT.find(text, country).stream()
            .flatMap(m -> m.actors().stream())
            .map(a -> a.name() + ":" + a.type().code())
            .collect(Collectors.joining("+"));
    assertThat(got).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void hasAVersion() {
    assertThat(DICT.version()).startsWith("actors-");
  }

  @Test
  void rejectsALineWithoutType() {
    assertThatThrownBy(() -> ActorDictionary.parse("version\tv1\nJNIM\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JNIM");
  }
}
