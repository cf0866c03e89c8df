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
 * ACLED's coding conventions for event types and roles, one written sentence a row: an attack on
 * armed people is a battle, violence against civilians needs unarmed victims, clashes name two
 * sides, explosions by their device, territory by who takes it; forces that only report, arrest or
 * respond are no actors.
 */
class EventCodingTest {
  private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new FakePlaces());

  private static String names(List<Actor> actors) {
    return String.join(";", actors.stream().map(Actor::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An attack on soldiers, police or their posts is a battle.
        "Gunmen attacked an army post in Bankass on Sunday, killing four soldiers."
            + "|ARMED_CLASH|Unidentified Armed Group|Military Forces of Mali",
        "JNIM attacks Malian soldiers near Bankass on Sunday."
            + "|ARMED_CLASH|JNIM: Group for Support of Islam and Muslims|Military Forces of Mali",
        "Jihadists ambushed a gendarmerie patrol near Djibo on Monday, killing two gendarmes."
            + "|ARMED_CLASH|Unidentified Armed Group|Police Forces of Burkina Faso (2015-) Gendarmerie",
        "Des hommes armés ont attaqué un poste de gendarmerie à Djibo dimanche, tuant trois"
            + " gendarmes.|ARMED_CLASH|Unidentified Armed Group"
            + "|Police Forces of Burkina Faso (2015-) Gendarmerie",
        // State forces killing militants fight a battle.
        "Soldiers killed 12 militants in Bankass on Sunday."
            + "|ARMED_CLASH|Military Forces of Mali|Unidentified Armed Group",
        // Violence against civilians targets unarmed civilians.
        "Gunmen killed 9 villagers in Bankass on Sunday.|ATTACK|Unidentified Armed Group|Civilians",
        "Unknown assailants shot dead a trader in Gao on Sunday, police said."
            + "|ATTACK|Unidentified Armed Group|Civilians",
        // Villagers who fight back make an armed clash.
        "Villagers fought back when gunmen raided Bankass on Sunday; three attackers were killed."
            + "|ARMED_CLASH|Unidentified Armed Group|Unidentified Armed Group",
        // A clash between two sides: the state's forces are actor 1 when no attacker is named.
        "Clashes between the army and JNIM fighters near Douentza on Sunday left 8 dead."
            + "|ARMED_CLASH|Military Forces of Mali|JNIM: Group for Support of Islam and Muslims",
        "Clashes between JNIM fighters and the army near Douentza on Sunday left 8 dead."
            + "|ARMED_CLASH|Military Forces of Mali|JNIM: Group for Support of Islam and Muslims",
        "Des affrontements entre l'armée et des jihadistes ont fait 10 morts près de Djibo dimanche."
            + "|ARMED_CLASH|Military Forces of Burkina Faso|Unidentified Armed Group",
        // Explosions by their device.
        "A man threw a grenade into a bar in Gao on Friday, wounding six civilians."
            + "|GRENADE||Civilians",
        // Territory changes hands.
        "The army retook the town of Douentza on Sunday after fighting with jihadists."
            + "|GOVERNMENT_REGAINS_TERRITORY|Military Forces of Mali|Unidentified Armed Group",
        "JNIM fighters seized control of Niono on Sunday after clashes with soldiers."
            + "|NON_STATE_ACTOR_OVERTAKES_TERRITORY|JNIM: Group for Support of Islam and Muslims"
            + "|Military Forces of Mali",
        // A group of civilians among the victims is named beside them.
        "Gunmen shot dead two journalists in Gao on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians;Journalists",
        // Police who arrest or report afterwards are not perpetrators.
        "Gunmen killed 4 villagers in Bankass on Sunday. Police arrested two suspects."
            + "|ATTACK|Unidentified Armed Group|Civilians",
        "Gunmen killed 4 villagers in Bankass on Sunday and the police intervened."
            + "|ATTACK|Unidentified Armed Group|Civilians",
      })
  void codesTypeAndSides(String text, String type, String perpetrators, String targets) {
    Incident i =
        EXTRACTOR.extract(Document.ofText("coding", null, LocalDate.of(2024, 10, 16), text)).get(0);
    assertThat(i.subEventType().name()).as("type").isEqualTo(type);
    assertThat(names(i.perpetrators()))
        .as("perpetrators")
        .isEqualTo(perpetrators == null ? "" : perpetrators);
    assertThat(names(i.targets())).as("targets").isEqualTo(targets == null ? "" : targets);
  }
}
