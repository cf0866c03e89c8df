package org.harmwatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who did it and who suffered it in press wording, one written sentence a row: an attack named with
 * its author's adjective ("a terrorist attack") is that author's, and a unit said to be the target
 * of an attack, or to have fallen, is among the targets; a military site never acts.
 */
class RoleCuesTest {
  private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new FakePlaces());

  private static String names(List<Actor> actors) {
    return String.join(";", actors.stream().map(Actor::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The author of an attack named by its adjective, whatever verb governs the attack.
        "The army repelled a terrorist attack near Djibo on Sunday."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
        "L'armée a repoussé une attaque terroriste à Djibo dimanche."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
        // A unit said to be the target of an attack, a few words of place after it.
        "The army post of Djibo, in the north, was the target of an attack by gunmen on Sunday."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
        "An army post near Djibo came under fire from gunmen on Sunday, killing two soldiers."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
        // A site of the state's forces near which others act is no actor.
        "Gunmen killed 9 villagers near the military camp of Djibo on Sunday."
            + "|Unidentified Armed Group|Civilians",
        // A unit attacked in the passive, with its duty and place between it and the verb.
        "Soldiers on patrol near Djibo on Sunday were attacked by gunmen, two of them were killed."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
        // A unit that repelled an attack was attacked, however far its verb.
        "The army post of Djibo, in the north of the country, repelled an attack by gunmen on"
            + " Sunday.|Unidentified Armed Group|Military Forces of Burkina Faso",
        // Policemen or soldiers who fell in an attack are its victims.
        "Des hommes armés ont attaqué Djibo dimanche et trois policiers sont tombés."
            + "|Unidentified Armed Group|Police Forces of Burkina Faso",
        "Des hommes armés ont attaqué Djibo dimanche; deux militaires et trois civils sont tombés."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
        // Victims told in the conditional of hearsay are victims all the same.
        "Selon un habitant, trois policiers auraient été tués dimanche par des hommes armés près"
            + " de Djibo.|Unidentified Armed Group|Police Forces of Burkina Faso",
        // Soldiers who perished, an adverb between the verb and its auxiliary.
        "Des hommes armés ont attaqué Djibo dimanche; deux soldats ont malheureusement péri."
            + "|Unidentified Armed Group|Military Forces of Burkina Faso",
      })
  void assignsRoles(String text, String perpetrators, String targets) {
    Incident i =
        EXTRACTOR.extract(Document.ofText("roles", null, LocalDate.of(2022, 6, 16), text)).get(0);
    assertThat(names(i.perpetrators())).as("perpetrators").isEqualTo(perpetrators);
    assertThat(names(i.targets())).as("targets").isEqualTo(targets);
  }
}
