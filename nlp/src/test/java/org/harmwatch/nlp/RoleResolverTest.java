package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.event.EventCues;
import org.harmwatch.nlp.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The actor-role slot on one-sentence drafts (our own sentences): who did it and who suffered it,
 * by the words around each mention, the counted groups' words coming from the packs' {@code
 * counted-groups.tsv}.
 */
class RoleResolverTest {
  private static final FakePlaces PLACES = new FakePlaces();
  private static final SentenceAnnotator ANNOTATOR = new SentenceAnnotator(PLACES, new EventCues());
  private static final RoleResolver ROLES = new RoleResolver(ActorDictionary.load());
  private static final String MALI_ARMY = "Military Forces of Mali";

  private static RoleResolver.Roles roles(String text) {
    Sentence s = new Sentence(0, text.length(), text, 0);
    SentenceFacts f =
        ANNOTATOR.annotate(
            s, ANNOTATOR.trigger(s), LocalDate.of(2024, 6, 12), PLACES.contextOf(text));
    IncidentDraft d = new IncidentDraft(0, null, false);
    d.facts.add(f);
    return ROLES.resolve(d, "ML", 2024, new EvidenceMarks(d.facts));
  }

  @Test
  void theAgentOfAPassiveIsThePerpetrator() {
    RoleResolver.Roles r = roles("Five soldiers were killed by JNIM fighters near the river.");
    assertThat(r.perpetrators().keySet()).anySatisfy(n -> assertThat(n).contains("JNIM"));
    assertThat(r.targets()).containsKey(MALI_ARMY);
  }

  @Test
  void aCountedGroupToldDeadIsATargetInEitherLanguage() {
    assertThat(roles("Gunmen attacked the post and two soldiers were killed.").targets())
        .containsKey(MALI_ARMY);
    assertThat(roles("Des hommes armés ont attaqué le poste : deux militaires tués.").targets())
        .containsKey(MALI_ARMY);
  }

  @Test
  void aCountedGroupThatKillsIsNotATarget() {
    RoleResolver.Roles r = roles("Ten soldiers killed two herders near the market.");
    assertThat(r.targets()).doesNotContainKey(MALI_ARMY);
    assertThat(r.perpetrators()).containsKey(MALI_ARMY);
  }
}
