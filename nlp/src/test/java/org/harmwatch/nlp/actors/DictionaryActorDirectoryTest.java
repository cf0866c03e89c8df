package org.harmwatch.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.junit.jupiter.api.Test;

class DictionaryActorDirectoryTest {
  private static final String TSV =
      "version\ttest-1\n"
          + "Military Forces of Uganda\tstate_forces\tUPDF|Uganda People's Defence Force\n"
          + "Wagner Group\texternal_forces\tWagner|Russian mercenaries\n"
          + "Forces Armées Ugandaises Test\trebel_group\tFAUT\n";

  private final DictionaryActorDirectory directory =
      new DictionaryActorDirectory(ActorDictionary.parse(TSV));

  @Test
  void anAliasFindsItsCanonicalActorWithItsType() {
    assertThat(directory.search("UPDF", null, 5))
        .first()
        .isEqualTo(new Actor("Military Forces of Uganda", ActorType.STATE_FORCES, null));
    assertThat(directory.search("russian mercenaries", null, 5))
        .extracting(Actor::name)
        .startsWith("Wagner Group");
  }

  @Test
  void partOfACanonicalNameFindsItIgnoringCaseAndAccentsStartingWordsFirst() {
    assertThat(directory.search("forces armees", null, 5))
        .extracting(Actor::name)
        .containsExactly("Forces Armées Ugandaises Test");
    assertThat(directory.search("wag", null, 5))
        .extracting(Actor::name)
        .containsExactly("Wagner Group");
    assertThat(directory.search("ug", null, 1)).hasSize(1);
    assertThat(directory.search(" ", null, 5)).isEmpty();
  }
}
