package org.harmwatch.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Casualty figures, read like a specification: sentence → "KIND min max [children] [women]". */
class CasualtyFinderTest {
  private final CasualtyFinder finder = new CasualtyFinder();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gunmen killed 12 villagers near the well.|KILLED 12 12 civilians=12..12",
        // Deaths on every side add up; the civilians among them are told apart.
        "Cinq civils et deux soldats ont été tués mardi lors d'une attaque.|KILLED 7 7 civilians=5..5",
        "Ils ont attaqué le poste, tuant 12 soldats et au moins 7 civils.|KILLED 19 null civilians=7..null",
        "The attack killed 12 soldiers and several civilians.|KILLED 14 null civilians=2..null",
        "12 soldiers and at least 7 civilians were killed.|KILLED 19 null civilians=7..null",
        "Troops killed 5 militants, losing 2 soldiers.|KILLED 7 7",
        "One Chadian soldier and 3 French soldiers were also killed.|KILLED 4 4 ALSO",
        // Groups joined by "and" or "as well as" under one verb: one toll.
        "Fighting left 30 herders and 4 farmers dead.|KILLED 34 34 civilians=34..34",
        "The raid killed six guards, as well as two drivers.|KILLED 8 8",
        "Three rangers and one of the poachers were killed.|KILLED 4 4",
        "Two border guards and one young herder died in the exchange.|KILLED 3 3",
        // A range, a vague second figure or a count of things is no second group: the figures
        // stay apart (the incident keeps a sentence's first).
        "At least 20 and as many as 30 fighters were killed.|KILLED 20 null; KILLED 1 30",
        "The clash left one dead and several with gunshot wounds.|KILLED 1 1; KILLED 2 null",
        "The rebels said they lost nine men and four trucks.|KILLED 9 9; KILLED 4 4",
        "Medics counted two deaths and five injuries.|KILLED 2 2; INJURED 5 5",
        // Two of the attackers were "also" killed: more deaths, added when the incident is
        // assembled.
        "Three soldiers were killed in the ambush, and two of the attackers were also killed.|KILLED 3 3; KILLED 2 2 ALSO",
        "Another 4 villagers died in hospital.|KILLED 4 4 civilians=4..4 ALSO",
        "An IED killed about a dozen civilians near the town.|KILLED 12 null civilians=12..null",
        "Gunmen abducted 12 passengers on the road.|DETAINED 12 12",
        "The bomber blew up her vest, killing herself and 4 traders.|KILLED 5 5",
        "A bomber blew up his vest at the gate, killing himself.|KILLED 1 null",
        // The wounded who died later are more deaths.
        "Raiders shot four farmers dead and wounded another who died later.|KILLED 4 4 civilians=4..4; KILLED 1 1 ALSO",
        "The bomb killed 3 traders; one of the wounded succumbed overnight.|KILLED 3 3 civilians=3..3; KILLED 1 1 ALSO",
        "Des hommes armés ont enlevé 8 élèves.|DETAINED 8 8",
        // A coder's count for the event stands.
        "Many people were killed (unknown fatalities coded as 10).|KILLED 10 10 CODED",
        "19 fatalities split between 3 events.|KILLED 6 7 CODED",
        "Gunmen raided the post [unspecified fatalities, coded: 3].|KILLED 3 3 CODED",
        "Fatalities: 6 soldiers, 3 raiders.|KILLED 9 9 CODED",
        "24 fatalities coded across 8 events.|KILLED 3 3 CODED",
        "Fatalities divided between three events.|KILLED null null SPLIT",
        "They abducted a councilman, then killed him.|KILLED 1 null",
        "Dozens killed [13 fatalities recorded].|KILLED 24 null; KILLED 13 13 CODED",
        "Twenty-seven people, most of them women and children, were killed.|KILLED 27 27",
        "At least 13 civilians were killed.|KILLED 13 null civilians=13..null",
        "More than 20 people died in the attack.|KILLED 21 null",
        "Between 5 and 7 herders were killed, residents said.|KILLED 5 7 civilians=5..7",
        "Dozens of villagers were killed.|KILLED 24 null civilians=24..null",
        "Hundreds of people were abducted.|DETAINED 200 null",
        "Up to 12 people were killed.|KILLED 1 12",
        "Several villagers were killed.|KILLED 2 null civilians=2..null",
        "The attackers killed twenty-five men.|KILLED 25 25",
        "Some 30 people were killed.|KILLED 30 null",
        "Nearly 40 people were killed.|KILLED 40 null",
        "the deaths of at least 13 civilians, including seven children aged 2 to 17|KILLED 13 null children=7 civilians=13..null",
        "killed at least seven individuals, including two boys|KILLED 7 null children=2",
        "Soldiers arrested 25 individuals, including four children.|DETAINED 25 25 children=4",
        "killed between 14 and 21 civilians, at least six of them children|KILLED 14 21 children=6 civilians=14..21",
        "trois civils, dont un enfant, ont été tués par des balles perdues.|KILLED 3 3 children=1 civilians=3..3",
        "un engin explosif a tué deux enfants qui gardaient des chèvres|KILLED 2 2 children=2 civilians=2..2",
        "tuant six personnes, dont un nourrisson, selon des sources|KILLED 6 6 children=1",
        "Le lendemain, deux enseignants ont été abattus à la sortie de la ville.|KILLED 2 2",
        "Nine people were killed and 14 wounded.|KILLED 9 9; INJURED 14 14",
        "The blast killed 4 and injured 11 others.|KILLED 4 4; INJURED 11 11 ALSO",
        "Militants abducted 18 women from the village.|DETAINED 18 18",
        "Soldiers detained 18 men at the market.|DETAINED 18 18",
        "Fifty people are still missing after the raid.|MISSING 50 50",
        "The toll rose to 31 dead, including 6 women.|KILLED 31 31 women=6",
        "soldiers killed 21 civilians, including five women and seven children, in a village"
            + "|KILLED 21 21 children=7 women=5 civilians=21..21",
        "Au moins 13 civils ont été tués.|KILLED 13 null civilians=13..null",
        "Plus de 20 personnes ont été tuées.|KILLED 21 null",
        "L'attaque a fait vingt-cinq morts et dix blessés.|KILLED 25 25; INJURED 10 10",
        "Une dizaine de villageois ont été tués.|KILLED 10 null civilians=10..null",
        "Des dizaines de civils ont été enlevés.|DETAINED 24 null",
        "Entre 5 et 7 bergers ont été tués.|KILLED 5 7 civilians=5..7",
        "Les assaillants ont tué 17 personnes, dont 3 enfants.|KILLED 17 17 children=3",
        "Quatre-vingt-dix personnes ont été tuées.|KILLED 90 90",
        "Le drone a tué 6 civils et blessé 4 autres.|KILLED 6 6 civilians=6..6; INJURED 4 4 ALSO",
        "NIAMEY, Sept 10 - Gunmen killed at least 30 civilians.|KILLED 30 null civilians=30..null",
        "the bodies of at least 21 of them were found|KILLED 21 null",
        "Armed men took away around 50 passengers.|DETAINED 50 null",
        "At least 14 civilians, including five children, were killed.|KILLED 14 null children=5 civilians=14..null",
        // A day written with a slash is no count: only the figure of the verb stands.
        "Raiders struck the hamlet on 21/04, killing 9 herders.|KILLED 9 9 civilians=9..9",
        "The militia attacked on 6/11/2019, killing four.|KILLED 4 4",
        // A figure that counts the killers of an active verb is no toll.
        "Three gunmen murdered two shopkeepers in the square.|KILLED 2 2",
        "Two soldiers reportedly executed five herders at the well.|KILLED 5 5 civilians=5..5",
        "Four were killed and 10 injured.|KILLED 4 4; INJURED 10 10",
        "Border clash: two guards killed 3 smugglers killed.|KILLED 2 2; KILLED 3 3",
        // The word of the toll told once for two groups.
        "Le poste a été attaqué : 9 policiers tués et 3 civils.|KILLED 12 12 civilians=3..3",
        "The raid left 6 rangers dead and 2 herders.|KILLED 8 8 civilians=2..2",
        "The raid left 6 rangers dead and 2 herders wounded.|KILLED 6 6; INJURED 2 2",
        "The raid left one ranger killed and three captured near Gao.|KILLED 1 1",
        // A coder's share per day or per place.
        "Fighting went on for three days (coded as two fatalities per day).|KILLED 2 2 CODED",
        "Fatalities spread over four villages.|KILLED null null SPLIT",
      })
  void findsFigures(String sentence, String expected) {
    assertThat(describe(finder.find(sentence))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The village lies 30 km from Djibo.",
        "Violence has escalated since 2021.",
        "Children aged 2 to 17 were among the survivors.",
        "Two drone strikes hit the area in March.",
        "The attack happened on 17 March.",
        "Le village est situé à 30 km de Djibo.",
        "NIAMEY, Sept 10 - The army said it was investigating.",
        "L'armée a neutralisé 15 terroristes.",
        "Today, almost no one lives there.",
        "The army said it had killed several \"terrorists\" in the area.",
        "The incident was coded as two separate events.",
        "The militia killed 30 cattle and burned 12 houses.",
        "Gunmen raided the market on 14/02 and looted shops.",
      })
  void ignoresNumbersThatCountNobody(String sentence) {
    assertThat(finder.find(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a pregnant woman injured in the bombing|INJURED 1 null",
        "A civilian was killed by a stray bullet.|KILLED 1 null",
        "Un enfant a été blessé.|INJURED 1 null",
        "Gunmen shot dead a prison officer returning home.|KILLED 1 null",
        "Fulani men killed a Haoussa farmer at his home.|KILLED 1 null",
        "Unknown assailants assassinated a griot in the market.|KILLED 1 null",
        "They abducted a councilman, then killed him.|DETAINED 1 null",
        "Des hommes armés ont abattu un conseiller municipal.|KILLED 1 null",
        // Headline style, a known person, a victim taken and then killed.
        "A crowd attacks and kills a shoemaker near the market.|KILLED 1 null",
        "Gunmen shot dead the chairman of a traders' union at his shop.|KILLED 1 null",
        "Unknown men killed his bodyguard and fled.|KILLED 1 null",
        "A trader was kidnapped and killed on the highway.|KILLED 1 null",
        // A named victim described between commas.
        "Moussa Keita, a retired schoolteacher, was shot dead outside his house.|KILLED 1 null",
        "On Friday, Awa Sidibe, the head of a women's cooperative, was murdered in her shop.|KILLED 1 null",
        // One person as the subject of a singular verb of death, without an article to count by.
        "The mayor of the district was shot dead outside his office.|KILLED 1 null",
        "A driver working for the charity in the northern town was killed.|KILLED 1 null",
        "The deputy headmaster was beaten to death by a crowd.|KILLED 1 null",
        "Police said the suspect was shot and killed while fleeing.|KILLED 1 null",
        "He later died of his wounds in hospital.|KILLED 1 null",
        "The body of a herder was found dead near the well.|KILLED 1 null",
        // Headlines name a lone victim without an article.
        "Gunmen kill policeman at market|KILLED 1 null",
        "Unknown men shoot dead missionary near the mission|KILLED 1 null",
        "Soldier killed in roadside ambush|KILLED 1 null",
        // Beaten to death, a body found.
        "Guards beat a young detainee to death in the cells.|KILLED 1 null",
        "The body of a fisherman was found on the shore.|KILLED 1 null",
        "Gunmen kill police reservist on patrol|KILLED 1 null",
      })
  void findsLoneVictims(String sentence, String expected) {
    assertThat(describe(List.of(finder.loneVictim(sentence)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Soldiers killed the villagers who resisted.",
        "Bandits shot dead the chairman and his driver near the bridge.",
        "Police interviewed the mother of the suspect.",
        "Gunmen killed the headman of the hamlet and his two sons.",
        "Gunmen abducted the headman of the hamlet on Sunday.",
        "No one was killed in the raid.",
        "It is not known whether anyone was killed.",
        "A soldier and his brother were killed.",
        "The attack was killed off by the rains.",
        "Gunmen kill policeman and his wife at home",
        "Two killed by gunman in the market",
        "The commander was wounded in the fighting.",
        "The fighter was found hiding in a barn.",
      })
  void findsNoLoneVictimInGroupsOrWithoutHarm(String sentence) {
    assertThat(finder.loneVictim(sentence)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A passive first verb joined to a verb of killing: the figure counts the dead.
        "Four herders were shot and killed near the river.|KILLED 4 4 civilians=4..4",
        "Two traders were abducted and killed on the highway.|KILLED 2 2 civilians=2..2",
        "3 guards beaten and killed by a mob at the depot.|KILLED 3 3",
        // In the active voice the figure counts the killers, not the dead.
        "Two gunmen shot and killed a shopkeeper.|",
        // Without a verb of killing after "and" the first verb still governs.
        "Five farmers were abducted and released later.|DETAINED 5 5",
        // One more person joined by "and a": one more death under the same verb.
        "Raiders attacked the post, killing two guards and a civilian.|KILLED 3 3",
        "The bandits killed 4 men and an elderly woman.|KILLED 5 5",
        // ... unless another fate is told of that person.
        "Gunmen killed three farmers and a boy was wounded.|KILLED 3 3 civilians=3..3",
        // An age written with a hyphen is no count.
        "A 15-year-old girl was wounded by a stray bullet.|",
      })
  void readsTwoVerbsJoinedByAnd(String sentence, String expected) {
    assertThat(describe(finder.find(sentence))).isEqualTo(expected == null ? "" : expected);
  }

  private static String describe(List<CasualtyMention> mentions) {
    return mentions.stream()
        .map(
            m ->
                m.kind()
                    + " "
                    + (m.count() == null ? "null null" : m.count().min() + " " + m.count().max())
                    + (m.children() == null ? "" : " children=" + m.children())
                    + (m.women() == null ? "" : " women=" + m.women())
                    + (m.civilians() == null
                        ? ""
                        : " civilians=" + m.civilians().min() + ".." + m.civilians().max())
                    + (m.note() == CasualtyMention.Note.PLAIN ? "" : " " + m.note()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ambush killed 11 soldiers near the border.|true",
        "Two gendarmes were shot dead at the checkpoint.|true",
        "The blast killed 30 people, among them 6 policemen.|true",
        "L'attaque a fait 20 morts, dont 12 soldats.|true",
        "Soldiers killed 14 villagers in the raid.|false",
        "Police shot dead eight protesters near the bridge.|false",
        "Gunmen killed more than 40 people at the market.|false",
        "Troops arrived two hours after the killings.|false",
      })
  void tellsWhetherArmedPeopleAreAmongTheDead(String sentence, boolean armed) {
    assertThat(finder.armedAmongDead(sentence)).isEqualTo(armed);
  }
}
