package org.harmwatch.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.harmwatch.core.model.ActorType;
import org.junit.jupiter.api.Test;

/** How the catalog ranks actors for what an analyst typed. */
class ActorCatalogTest {
  private static final ActorCatalog CATALOG =
      ActorCatalog.of(
          List.of(
              new ActorName("River Front", ActorType.REBEL_GROUP, List.of("RF", "Front du Fleuve")),
              new ActorName("Frontier Guards", ActorType.STATE_FORCES, List.of("FG")),
              new ActorName("Riverside Militia", ActorType.IDENTITY_MILITIA, List.of()),
              new ActorName("Aside", ActorType.UNKNOWN, List.of()),
              new ActorName("Alpha Side", ActorType.UNKNOWN, List.of())));

  @Test
  void exactAliasBeatsPrefixAndSubstring() {
    List<ActorSuggestion> got = CATALOG.suggest("rf", 5);
    assertThat(got).extracting(s -> s.actor().name()).containsExactly("River Front");
    assertThat(got.get(0).matched()).isEqualTo("RF");
  }

  @Test
  void prefixesComeBeforeWordStartsAndAccentsAreIgnored() {
    assertThat(CATALOG.suggest("side", 5))
        .extracting(s -> s.actor().name())
        .containsExactly("Alpha Side", "Aside", "Riverside Militia");
    assertThat(CATALOG.suggest("riv", 5))
        .extracting(s -> s.actor().name())
        .containsExactly("River Front", "Riverside Militia");
    assertThat(CATALOG.suggest("FLEUVE", 5).get(0).matched()).isEqualTo("Front du Fleuve");
    assertThat(CATALOG.suggest("rivérside", 5))
        .extracting(s -> s.actor().name())
        .containsExactly("Riverside Militia");
  }

  @Test
  void eachActorIsOfferedOnceAndTheListIsCut() {
    assertThat(CATALOG.suggest("r", 5)).extracting(s -> s.actor().name()).doesNotHaveDuplicates();
    assertThat(CATALOG.suggest("r", 1)).hasSize(1);
    assertThat(CATALOG.suggest("  ", 5)).isEmpty();
    assertThatThrownBy(() -> CATALOG.suggest("r", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
