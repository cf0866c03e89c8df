package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generic words for an armed group's fighters, in reports of our own writing: they refer to the one
 * armed group the report names by name, and stay an unidentified group when it names none or two,
 * names a group only as present in the area, or when the words ("gunmen") name no group at all.
 */
class GroupReferenceTest {
  private static final RoleResolver ROLES = new RoleResolver(ActorDictionary.load());
  private static final String JNIM = "JNIM: Group for Support of Islam and Muslims";
  private static final String UNIDENTIFIED = CodingPolicy.UNIDENTIFIED;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The army has fought JNIM around Djibo for years.|" + JNIM,
        "L'armée combat le JNIM autour de Djibo depuis des années.|" + JNIM,
        // No group named.
        "Militants killed five farmers near Djibo on Sunday.|",
        // A group only said to be present in the area is not named as an actor.
        "JNIM is active in the area around Djibo.|",
        // Two groups named: which one is not told.
        "The army has fought JNIM and Ansarul Islam around Djibo for years.|",
      })
  void findsTheOneGroupAReportNames(String text, String group) {
    Actor found = ROLES.soleNamedGroup(text, "BF", 2022);
    assertThat(found == null ? null : found.name()).isEqualTo(group);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "insurgents|" + JNIM,
        "the insurgents|" + JNIM,
        "suspected militants|" + JNIM,
        "les terroristes|" + JNIM,
        "des jihadistes|" + JNIM,
        // Words that name no group keep the unidentified group.
        "gunmen|" + UNIDENTIFIED,
        "hommes armés|" + UNIDENTIFIED,
        "bandits|" + UNIDENTIFIED,
      })
  void readsGenericWordsAsThatGroup(String mention, String expected) {
    Map<String, Actor> role = new LinkedHashMap<>();
    role.put(UNIDENTIFIED, new Actor(UNIDENTIFIED, ActorType.UNKNOWN, mention));
    GroupReference.refer(role, () -> new Actor(JNIM, ActorType.REBEL_GROUP, "JNIM"));
    assertThat(role.keySet()).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"insurgents", "les terroristes"})
  void keepsTheUnidentifiedGroupWhenNoGroupIsNamed(String mention) {
    Map<String, Actor> role = new LinkedHashMap<>();
    role.put(UNIDENTIFIED, new Actor(UNIDENTIFIED, ActorType.UNKNOWN, mention));
    GroupReference.refer(role, () -> null);
    assertThat(role.keySet()).containsExactly(UNIDENTIFIED);
  }
}
