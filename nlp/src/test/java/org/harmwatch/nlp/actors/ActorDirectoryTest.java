package org.harmwatch.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmwatch.core.actors.ActorDirectory;
import org.harmwatch.core.actors.ActorSuggestion;
import org.harmwatch.core.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled dictionary as the directory behind the actor filter's suggestions. */
class ActorDirectoryTest {
  private static final ActorDirectory DIRECTORY = ActorDictionary.load().directory();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EIGS|Islamic State",
        "ISSP|Islamic State",
        "eigs|Islamic State",
        "VDP|VDP: Volunteers for the Defense of the Homeland",
        "JNIM|JNIM: Group for Support of Islam and Muslims",
        "FAMa|Military Forces of Mali",
      })
  void anAliasSuggestsItsCanonicalActorFirst(String typed, String canonicalPrefix) {
    List<ActorSuggestion> got = DIRECTORY.suggest(typed, 5);
    assertThat(got).isNotEmpty();
    assertThat(got.get(0).actor().name()).startsWith(canonicalPrefix);
  }

  @Test
  void anActorIsFoundByItsCanonicalNameWithTypeAndAliases() {
    assertThat(DIRECTORY.actor("Islamic State"))
        .hasValueSatisfying(
            a -> {
              assertThat(a.type()).isEqualTo(ActorType.REBEL_GROUP);
              assertThat(a.aliases()).contains("EIGS", "ISSP");
            });
    assertThat(DIRECTORY.actor("No Such Group")).isEmpty();
  }

  @Test
  void pseudoNamesOfTheDocumentsCountryAreNotOffered() {
    assertThat(DIRECTORY.suggest("@STATE", 5)).isEmpty();
  }
}
