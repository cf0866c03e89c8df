package org.harmwatch.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event words of the language packs, one written sentence a row: the telegraphic present of
 * coders' notes ("jets bomb", "police beat"), the verbs of beatings, lynchings and stonings, the
 * devices of explosions, territory taken, and the words that only look like events (unit names,
 * conventions, a house fire).
 */
class EventCuesTest {
  private final EventCues cues = new EventCues();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The telegraphic present of a coder's note.
        "Government jets bomb two hamlets east of the river.|AIR_DRONE_STRIKE",
        "Army aircraft strike a rebel depot at dawn.|AIR_DRONE_STRIKE",
        "Troops shell rebel lines south of the lake.|SHELLING_ARTILLERY_MISSILE_ATTACK",
        "Rebel mortars landed on the airport road.|SHELLING_ARTILLERY_MISSILE_ATTACK",
        "A missile hit a clinic on the edge of town.|SHELLING_ARTILLERY_MISSILE_ATTACK",
        // a vehicle that strikes a mine is the mine's explosion, not an air strike
        "A supply truck strikes a landmine on the dirt road.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "Rebels strike the convoy with landmines.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "Jets strike a fuel depot north of the town.|AIR_DRONE_STRIKE",
        "Herders and farmers exchange fire near the wells.|ARMED_CLASH",
        "The villagers fought back against the cattle thieves.|ARMED_CLASH",
        "Rebels captured the district headquarters after a siege.|ARMED_CLASH",
        "A youth militia took over two villages on the plateau.|ARMED_CLASH",
        // Beatings, lynchings, stonings and other violence against a person.
        "Police beat a street vendor outside the bus station.|ATTACK",
        "A crowd lynches a man accused of stealing a goat.|ATTACK",
        "A woman was stoned by a mob in the market.|ATTACK",
        "Militiamen raiding the hamlet wounded four herders.|ATTACK",
        "Guards fired live bullets at the marchers.|ATTACK",
        "The bodies of two traders were found by a roadside.|ATTACK",
        "A detainee died in police custody on Friday.|ATTACK",
        "Unknown men set the chief's house on fire.|ATTACK",
        // Words of injury give way to the deed that caused it.
        "Nine were injured when soldiers shelled the market.|SHELLING_ARTILLERY_MISSILE_ATTACK",
        // Explosions by their device.
        "A vehicle-borne device, a VBIED, went off at the gate.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "A bus struck an anti-tank mine on the northern road.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "An explosion tore through a bar in the port.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "A man wearing a PBIED blew himself up at the mosque.|SUICIDE_BOMB",
        "Two herders died after their cart was struck by a mine.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "A youth threw a homemade bomb into the crowded bar.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "A bomb attack on the bus depot left three dead.|REMOTE_EXPLOSIVE_LANDMINE_IED",
        "Government planes dropped several bombs on the hamlet.|AIR_DRONE_STRIKE",
        // Fights between groups, and the operations of an army, are clashes.
        "A fight between two clans over a well left five dead.|ARMED_CLASH",
        "The army launched a clearance operation in the forest.|ARMED_CLASH",
        "The militia ambushes a supply convoy on the ridge road.|ATTACK",
        // The forces' own words for fighters killed or routed.
        "Les soldats ont neutralisé une dizaine d'assaillants au nord du village.|ARMED_CLASH",
        "Une vingtaine de combattants ont été neutralisés près du pont.|ARMED_CLASH",
        "Les volontaires ont mis en déroute une colonne de motos à l'aube.|ARMED_CLASH",
      })
  void namesTheEvent(String sentence, String type) {
    Trigger t = cues.trigger(sentence);
    assertThat(t).as("trigger").isNotNull();
    assertThat(t.hint().name()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // Units, schools and companies named after weapons are no events.
        "The 21 Artillery Brigade held a parade for the new commander.",
        "He trained at the School of Artillery before his posting.",
        "Shell reported higher profits from its oil fields.",
        // Conventions against torture, a kitchen fire and a plan are no events either.
        "The country ratified the convention against torture.",
        "A fire at the bakery was put out by neighbours.",
        "The council plans to take its case to the regional court.",
        // Operations in general and the fight against a scourge are no event.
        "The governor praised the internal security operations of the region.",
        "She is known for her fight against corruption in the ministry.",
      })
  void namesNoEvent(String sentence) {
    assertThat(cues.trigger(sentence)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Le poste militaire de la commune, au nord de la ville, a été attaqué dans la nuit.",
        "Un convoi de ravitaillement a été la cible d'hommes armés sur la route.",
        "Le bilan fait état de neuf gendarmes tués et de trois blessés.",
        "Le sergent est tombé au front la semaine dernière.",
        // The post named by the attack, or far from its verb; forces who died.
        "L'attaque jihadiste de la caserne a duré deux heures.",
        "Une embuscade contre la patrouille a eu lieu à l'aube.",
        "La position militaire, installée depuis deux ans près du marché et du fleuve, à la sortie"
            + " du bourg, a été attaquée mardi.",
        "Trois policiers de la brigade mobile ont perdu la vie dans l'assaut.",
        "Quatre pandores ont péri pendant les combats.",
        // Lives lost by the forces, and a unit's members killed far from their noun.
        "L'embuscade a coûté la vie à un sergent et à deux soldats.",
        "Les trois éléments de la brigade mobile de la ville voisine tués dimanche ont été"
            + " inhumés.",
      })
  void tellsArmedVictimsInFrench(String sentence) {
    assertThat(cues.battleSigns(sentence).armedVictims()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Selon le bilan mensuel de l'état-major, quarante combattants ont été tués.",
        "Les opérations menées sur la période du 1er au 30 mars ont fait vingt morts.",
      })
  void tellsPeriodicTollsAsAggregates(String sentence) {
    assertThat(cues.isGeneric(sentence)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // A camp of displaced people is no military site; villagers who died are no forces.
        "L'attaque du camp de déplacés a fait dix morts.",
        "Six villageois ont perdu la vie dans l'incendie.",
        "L'attaque a coûté la vie à trois commerçants.",
      })
  void tellsNoArmedVictimsInFrench(String sentence) {
    assertThat(cues.battleSigns(sentence).armedVictims()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A taking of people, and nothing more, is an abduction.
        "Gunmen abducted four travellers on the highway.|true",
        "Des hommes armés ont enlevé trois commerçants.|true",
        "Gunmen stopped the lorry and took away about thirty passengers.|true",
        // Violence beyond the taking, arrests alone and goods taken away make an attack.
        "Raiders burnt the huts and abducted six women.|false",
        "Soldiers beat the youths before they were kidnapped.|false",
        "Police arrested twelve traders at the market.|false",
        "The fighters took away the cattle and the grain.|false",
        // A killing told beside the taking makes an attack; a killing in the background does not.
        "Bandits kidnapped a herder and killed his brother.|false",
        "Two hostages were later found dead in the forest.|false",
        "Des hommes armés ont enlevé puis tué un chef de village.|false",
        "Gunmen kidnapped a nurse suspected of reporting the killing of a trader.|true",
      })
  void tellsATakingOnly(String text, boolean expected) {
    assertThat(cues.takingOnly(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The raiders were pushed back by soldiers after an hour.|true",
        "Troops repulsed the assault on the camp.|true",
        "The police returned fire and the gang fled.|true",
        "An attempt to rob the depot was foiled by the guards.|true",
        "Les militaires ont repoussé l'attaque.|true",
        "Un échange de tirs a opposé les assaillants aux gendarmes.|true",
        // a killing, an arrest or a suspicion tells no fight
        "Soldiers shot a trader they suspected of helping the rebels.|false",
        "Police arrested two men accused of supporting the insurgents.|false",
        "Les soldats ont arrêté un berger soupçonné de complicité.|false",
      })
  void tellsFightingBack(String text, boolean expected) {
    assertThat(cues.battleSigns(text).fightBack()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the forces' dead told by the manner of death, and their posts attacked
        "A police reservist was shot dead while guarding the depot.|true",
        "Two soldiers were reportedly hacked to death near the river.|true",
        "A gendarme is stabbed outside the barracks at night.|true",
        "An army post near the border town was attacked by armed men.|true",
        "The police station in the market town was stormed at dawn.|true",
        // civilians killed in the same ways are not the forces' dead
        "A trader was shot dead while closing his shop.|false",
        "Police said a herder was hacked to death by raiders.|false",
        // soldiers who shot others dead are the killers, not the dead
        "Soldiers shot dead five herders near the well.|false",
        "A police reservist shot dead while patrolling the market.|true",
      })
  void tellsTheForcesDeadAndTheirPostsAttacked(String text, boolean expected) {
    assertThat(cues.battleSigns(text).armedVictims()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> armed {1}, civilians {2}, fight back {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a commander is an armed death, hideouts and strongholds are armed sites
        "Troops killed a senior rebel commander in the hills.|true|false|false",
        "The militia commander was shot dead at a checkpoint.|true|false|false",
        "Soldiers cleared three insurgent hideouts along the river.|true|false|false",
        "Raiders overpower the guards and free the prisoners.|true|false|false",
        // resistance met is fighting back
        "The gang met stiff resistance from the local vigilantes.|false|false|true",
        // civilian clothes and civilian property name no civilian victims
        "Gunmen in civilian clothes killed two soldiers.|true|false|false",
        "The fighters looted civilian property in the market.|false|false|false",
        "Gunmen killed three civilians and a soldier.|true|true|false",
        // a community chief killed is no commander
        "Raiders killed the village chief in his home.|false|false|false",
      })
  void tellsCommandersHideoutsAndResistance(
      String text, boolean armed, boolean civilians, boolean fightBack) {
    BattleSigns signs = cues.battleSigns(text);
    assertThat(signs.armedVictims()).isEqualTo(armed);
    assertThat(signs.civilianVictims()).isEqualTo(civilians);
    assertThat(signs.fightBack()).isEqualTo(fightBack);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the state's posts and units attacked, in either voice
        "Raiders stormed the police post at the crossroads before dawn.|true",
        "A band of fighters attacked an army checkpoint on the ridge road.|true",
        "The gendarmerie station was attacked overnight and set alight.|true",
        "Militants ambushed a group of soldiers escorting the trucks.|true",
        "Unknown men opened fire on police officers at the bridge.|true",
        // their men killed, civilians beside them or not
        "The raid killed at least one soldier and two herders.|true",
        "Three gendarmes were killed when the camp came under fire.|true",
        "Five police officers are feared dead after the night raid.|true",
        // the forces as the attackers, and sites that are not theirs
        "Two traders were attacked by soldiers at the market.|false",
        "Soldiers attacked a hamlet and burned the granaries.|false",
        "Gunmen attacked a camp for displaced families.|false",
        // French: the post, the unit, the men
        "Des hommes armés ont attaqué le détachement de gendarmerie du village.|true",
        "L'embuscade contre une patrouille militaire a fait trois blessés.|true",
        "Le bilan fait état de douze soldats tués et de deux civils.|true",
        "L'attaque a coûté la vie à un berger et à un gendarme.|true",
        "Des soldats ont été accusés d'avoir battu un commerçant.|false",
      })
  void tellsTheStatesForcesAttacked(String text, boolean expected) {
    assertThat(cues.battleSigns(text).forcesAttacked()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> civilians {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the Civilian JTF is an armed side of its own, not a word for civilian victims
        "Members of the Civilian JTF repelled the raid.|false",
        "The Civilian-JTF killed four insurgents near the river.|false",
        "The militants killed two civilians at the market.|true",
      })
  void namesTheCivilianJtfNoCivilians(String text, boolean civilians) {
    assertThat(cues.battleSigns(text).civilianVictims()).isEqualTo(civilians);
    assertThat(cues.mentionsCivilians(text)).isEqualTo(civilians);
  }
}
