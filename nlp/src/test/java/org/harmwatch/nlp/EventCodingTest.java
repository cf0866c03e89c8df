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
        // A side keeps its first role: its own dead later in the sentence make it no target.
        "JNIM fighters clashed with soldiers near Douentza on Sunday, killing 3 JNIM fighters."
            + "|ARMED_CLASH|JNIM: Group for Support of Islam and Muslims|Military Forces of Mali",
        // Counted with their dead or wounded, or among the dead, soldiers are victims.
        "Militants ambushed a convoy near Douentza on Sunday; 12 soldiers killed."
            + "|ARMED_CLASH|Unidentified Armed Group|Military Forces of Mali",
        "Militants attacked Douentza on Sunday, leaving 12 dead, including three soldiers."
            + "|ARMED_CLASH|Unidentified Armed Group|Military Forces of Mali",
        "Des hommes armés ont attaqué Djibo dimanche : trois gendarmes et sept assaillants ont"
            + " péri.|ARMED_CLASH|Unidentified Armed Group"
            + "|Police Forces of Burkina Faso (2015-) Gendarmerie",
        // A group named before the attack it made is its author, whatever harm comes first.
        "Nine villagers were killed in a JNIM attack on Bankass on Sunday."
            + "|ATTACK|JNIM: Group for Support of Islam and Muslims|Civilians",
        "Two traders were wounded during a police raid in Gao on Sunday."
            + "|ATTACK|Police Forces of Mali|Civilians",
        // Civilians of a people are its ethnic group among the victims, however far the verb.
        "Gunmen killed at least 12 Dogon villagers in Bankass on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians;Dogon Ethnic Group",
        "Dogon civilians were shot by gunmen in Bankass on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians;Dogon Ethnic Group",
        // A counted group that kills is the perpetrator.
        "Three attackers killed a trader in Douentza on Sunday.|ATTACK|Unidentified Armed Group"
            + "|Civilians",
        "20 February: Malian soldiers shot and killed 7 civilians in Douentza."
            + "|ATTACK|Military Forces of Mali|Civilians",
        // Two groups that "engaged in fighting" are the two sides, the second one actor 2.
        "MNLA and JNIM have engaged in heavy fighting near Douentza on Sunday."
            + "|ARMED_CLASH|MNLA: National Movement for the Liberation of Azawad"
            + "|JNIM: Group for Support of Islam and Muslims",
        // Two peoples named bare as the sides of a clash are their ethnic militias.
        "Clashes between the Bambara and Bozo near Douentza on Sunday left 4 dead."
            + "|ARMED_CLASH|Bambara Ethnic Militia|Bozo Ethnic Militia",
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
        // A camp of displaced people or herders is no military site: an attack on it targets
        // civilians, the displaced among them.
        "Gunmen attacked a camp of displaced people near Djibo on Sunday, killing five."
            + "|ATTACK|Unidentified Armed Group|Civilians;Refugees/IDPs",
        "Gunmen attacked an IDP camp near Djibo on Sunday, killing five."
            + "|ATTACK|Unidentified Armed Group|Civilians;Refugees/IDPs",
        // A group told harmed is named beside the civilians; one merely present is not.
        "Gunmen shot dead two farmers in their fields near Bankass on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians;Farmers",
        "Deux cultivateurs ont été tués par des hommes armés près de Djibo dimanche."
            + "|ATTACK|Unidentified Armed Group|Civilians;Farmers",
        "A woman was stabbed to death by gunmen in Gao on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians;Women",
        "Women and children fled after gunmen killed 3 villagers in Bankass on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians",
        // A telegraphic note: the event word of the first sentence types the incident whose
        // figure comes in the second.
        "Clashes between soldiers and JNIM fighters. 7 killed near Douentza."
            + "|ARMED_CLASH|Military Forces of Mali|JNIM: Group for Support of Islam and Muslims",
        // Police who arrest or report afterwards are not perpetrators.
        "Gunmen killed 4 villagers in Bankass on Sunday. Police arrested two suspects."
            + "|ATTACK|Unidentified Armed Group|Civilians",
        "Gunmen killed 4 villagers in Bankass on Sunday and the police intervened."
            + "|ATTACK|Unidentified Armed Group|Civilians",
        // A uniform or a disguise names no state force.
        "Gunmen in military uniforms killed 3 villagers in Bankass on Sunday."
            + "|ATTACK|Unidentified Armed Group|Civilians",
        "Gunmen dressed as soldiers robbed and shot dead a trader in Gao on Sunday."
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

  /** The sub-event type alone, where the sides' names are not what a row is about. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Armed men shot dead by soldiers fought them.
        "Six bandits were shot dead by soldiers near Bankass on Monday.|ARMED_CLASH",
        "Three park rangers were shot dead by poachers near Gao on Friday.|ARMED_CLASH",
        // The state's forces taking a base or a town from an armed group regain territory; an
        // armed group taking one overtakes it.
        "Malian soldiers captured a JNIM base near Douentza on Sunday."
            + "|GOVERNMENT_REGAINS_TERRITORY",
        "JNIM fighters took over the town of Niono on Sunday.|NON_STATE_ACTOR_OVERTAKES_TERRITORY",
        // A rebel movement named after the people is no civilian victim.
        "The Bankass People's Front said its fighters killed 13 soldiers on Sunday.|ARMED_CLASH",
        // A grenade's blast is a grenade attack, not a planted bomb.
        "A grenade explosion wounded 6 people at a bar in Gao on Friday.|GRENADE",
        // The telegraphic present of a coder's note.
        "Government jets bomb Douentza on Tuesday. No casualties.|AIR_DRONE_STRIKE",
        "Police beat a trader in Gao on Saturday.|ATTACK",
        // Armed victims told in a passive or a telegraphic clause: a battle.
        "A police sergeant was killed near a checkpoint in Gao on Saturday.|ARMED_CLASH",
        "Gunmen struck near Bankass on Sunday. Two soldiers dead, one wounded.|ARMED_CLASH",
        "Five policemen were shot dead at a roadblock in Gao on Friday.|ARMED_CLASH",
      })
  void codesType(String text, String type) {
    Incident i =
        EXTRACTOR.extract(Document.ofText("coding", null, LocalDate.of(2024, 10, 16), text)).get(0);
    assertThat(i.subEventType().name()).isEqualTo(type);
  }
}
