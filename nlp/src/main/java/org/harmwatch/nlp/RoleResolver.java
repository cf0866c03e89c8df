package org.harmwatch.nlp;

import static org.harmwatch.nlp.DiscourseCues.BLAME;
import static org.harmwatch.nlp.DiscourseCues.CLAIM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The actor-role slot resolver: which of the actors the dictionary finds in an incident's sentences
 * did it (perpetrators) and which suffered it (targets), by the words around each mention, plus the
 * groups later sentences say claimed it or are blamed for it.
 */
final class RoleResolver {
  // Number words and verbs of counted groups (counted-groups.tsv), from every bundled pack for
  // every
  // document, as when they were written here.
  private static final Map<String, List<String>> COUNTED =
      LanguagePacks.bundled().keyed("counted-groups.tsv");

  private static String counted(String key) {
    return LanguagePacks.anyOf(COUNTED, key);
  }

  private static final PrefilteredPattern TARGET_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:killed|killing|kills|kill|attacked|attacking|attacks|attack|targeted|targeting|targets|target|ambushed|ambushing|ambushes|ambush|encountered|encounters|encounter|cleared|clears|clear(?=\\s+(?:a|an|the|out)\\s)|dislodged|dislodges|dislodge|pursued|pursues|pursue|repulsed|repulses|repulse|repels|repel|engages|engage|battled|battles|battle|shelled|shelling|shells|bombed|bombing|bombs|overruns|overrun|storms|storm|raid|abducted|abducting|abducts|kidnapped|kidnapping|kidnaps|executed|executing|shot|shooting|shoots|shoot|raided|raiding|raids|stormed|storming|overran|assassinated|murdered|hacked|stabbed|beheaded|lynched|wounded|wounding|injured|injuring|tortured|raped|assaulted|assaulting|tué|tuant|tuer|attaqué|attaquant|ciblant|ciblé|visant|enlevé|enlevant|embuscade contre|against|contre|clashed with|clashes with|clash with|fought|fighting|engaged|repelled|repoussé|affronté|affrontant|combattu|combattant)|\\b(?:attacks?|assault|raids?|attaques?|assaut)\\s+(?:on|against|contre)|\\b(?:battles?|battled|battling|fight|fighting|fought|engaged(?:\\s+in\\s+(?:a\\s+)?\\S+)?|exchanged\\s+(?:gun)?fire|gun\\s?battles?|shoot-?outs?|skirmish(?:es|ed)?|confrontations?|encounters?)\\s+with)\\s+(?:(?!(?:when|as|after|while|before|between|among|to|of|by|from|for|lorsque|quand|alors|après|entre|parmi|par)\\b)\\S+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Mentions that neither act nor suffer: "a convoy escorted by the army", "collaborators of the
  // army", "accused of collaborating with the FAMa".
  private static final PrefilteredPattern NEUTRAL_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:escorted|escorting|guarded|protected|backed|supported|helped|helping|informing|informed|collaborating|collaborate|colluding|supplying|working|travelling|escortée?s?|protégée?s?|soutenue?s?|informer|renseigner|collaborer|collaboré|aidé|aider)\\s+(?:(?:by|with|for|to|par|avec|pour|les|la|le|l['’]|des|the)\\s*)?(?:\\S+\\s+)?|\\b(?:before|until|avant|jusqu['’]à)\\s+(?:the\\s+)?|\\b(?:according\\s+to|selon|communiqué\\s+(?:de|du)|statement\\s+(?:by|from|of)|spokes(?:man|person|woman)\\s+(?:for|of)|porte-parole\\s+(?:de|du))\\s+(?:\\S+\\s+)?|\\b(?:collaborators?|collaborateurs?|informants?|informateurs?|complices?|accomplices?)[\"”»]?\\s+(?:of|de|du|des)\\s+(?:the\\s+|l['’]|la\\s+|les\\s+)?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "clashes between the army and JNIM", "fighting between Dinka and Nuer youths": the second side
  // of a clash is ACLED's actor 2, its target.
  private static final PrefilteredPattern SECOND_SIDE =
      PrefilteredPattern.compile(
          "\\b(?:between|entre|pitting|opposant)\\s+[^,.;:()]{1,70}?\\s+(?:and|et)\\s+(?:the\\s+|les\\s+|l['’]|la\\s+|le\\s+|des\\s+|du\\s+)?(?:\\S+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "police said", "soldiers intervened": state forces that report or come after the deed are
  // neither its perpetrators nor its targets.
  private static final PrefilteredPattern REPORTS_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:have|has|had|later|then|also|quickly|reportedly|subsequently|ont|a|sont|est)\\s+)?(?:said|says|say|stated|reported|reports|confirmed|confirms|announced|announces|told|intervened|intervene|intervenes|responded|respond|arrived|rushed|recovered|rescued|investigat\\w*|launched\\s+(?:an?\\s+)?(?:investigation|manhunt|search)|opened\\s+an\\s+investigation|are\\s+investigating|is\\s+investigating|were\\s+deployed|was\\s+deployed|blamed|accused|suspect|suspects|suspected|believe|believes|dit|déclaré|annoncé|confirmé|intervenu|enquête)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "Police arrested two suspects" after the incident is told: an arrest, not the deed.
  private static final PrefilteredPattern ARRESTS_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:have|has|had|later|then|also|subsequently|ont|a)\\s+)?(?:arrested|arrest|arrests|detained|apprehended|arrêté|interpellé)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "SPLA-IO and government forces clashed", "les FDS et les assaillants se sont affrontés": the
  // second of two sides joined by "and" before a verb of fighting is actor 2, as after "between".
  private static final PrefilteredPattern CONJOINED_BEFORE =
      PrefilteredPattern.compile(
          "\\S\\s+(?:and|et)\\s+(?:the\\s+|les\\s+|l['’]|la\\s+|le\\s+|des\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern CLASH_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:\\S+\\s+){0,2}?(?:(?:have|had|reportedly|se\\s+sont|sont)\\s+)?(?:clash|clashed|clashes|clashing|fought|fight|battle|battled|affrontés|affrontées|opposés|accrochés|exchanged\\s+(?:gun)?fire|engaged\\s+in\\s+(?:\\S+\\s+)?(?:fighting|clashes|battle))\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "the government" names the state's forces only as a side of a fight ("between government and
  // SPLA-IO forces", "government and rebel forces battle"), never as a building or an office.
  private static final PrefilteredPattern GOVERNMENT_SIDE_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:between|and|with|against|entre|et|contre)\\s+(?:the\\s+|le\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern GOVERNMENT_SIDE_AFTER =
      PrefilteredPattern.compile(
          "^\\s+(?:and|et)\\s+(?:the\\s+)?\\S+\\s+(?:forces|troops|fighters|rebels|militias?|clash|clashed|fought|battle|battled)\\b|^\\s+(?:and|et)\\s+(?:the\\s+)?[A-Z]",
          Pattern.UNICODE_CASE);
  // "gunmen in military uniforms", "men dressed as soldiers", "déguisés en militaires": a
  // disguise, not the state's forces.
  private static final PrefilteredPattern DISGUISE_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:uniforms?|fatigues|attire|outfits?|clothing|clothes|gear|tenues?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern DISGUISE_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:dressed|disguised|posing|masquerading|pretending\\s+to\\s+be|habillés|déguisés|se\\s+faisant\\s+passer\\s+pour)\\s+(?:as|like|en|pour)?\\s*(?:the\\s+|des\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern AGENT_BEFORE =
      PrefilteredPattern.compile("\\b(?:by|par)\\s+(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE);
  // "injured in an LRA rebel attack", "during a police raid": a group named right before the
  // attack it made is its author, whatever harm the sentence tells first.
  private static final PrefilteredPattern ATTACK_NOUN_AFTER =
      PrefilteredPattern.compile(
          "^(?:\\s+(?:rebel|militia|militant|insurgent|jihadist|rebelle|jihadiste)s?)?\\s+(?:attacks?|raids?|ambush|ambushes|assaults?|offensive|incursions?|attaques?|embuscades?|assauts?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "repelled a terrorist attack", "repoussé une attaque jihadiste": a mention whose own words
  // name an attack is that attack's author, whatever verb governs the attack.
  private static final PrefilteredPattern ATTACK_IN_MENTION =
      PrefilteredPattern.compile(
          "\\b(?:attacks?|raids?|ambush(?:es)?|attaques?|attentats?|embuscades?|assauts?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "a military post", "un détachement militaire": a site of the state's forces cannot act; it is
  // named only as what was attacked.
  private static final PrefilteredPattern SITE_MENTION =
      PrefilteredPattern.compile(
          "\\b(?:posts?|outposts?|bases?|camps?|barracks|checkpoints?|postes?|détachements?|casernes?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern SITE_AFTER =
      PrefilteredPattern.compile(
          "^\\s+(?:posts?|outposts?|bases?|camps?|barracks|checkpoints?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "attacked on Saturday a detachment of the Burkinabe army", "ont attaqué le poste militaire
  // des FAMa": the unit attacked is the target, however far the verb.
  private static final PrefilteredPattern UNIT_ATTACKED =
      PrefilteredPattern.compile(
          "\\b(?:attacked|attacking|ambushed|targeted|overran|stormed|attaqué|attaquant|ciblé|visé|pris\\s+d['’]assaut|assailli|attacks?|attaques?|assault|assaut)\\b[^.;]{0,40}?\\b(?:detachment|post|outpost|base|position|camp|convoy|patrol|unit|checkpoint|barracks|détachement|poste|base|position|camp|convoi|patrouille|unité|caserne)s?\\s+(?:militaires?\\s+)?(?:of|de|du|des)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "The army says it repelled the assault", "L'armée affirme avoir repoussé l'assaut".
  private static final PrefilteredPattern DEFENDER_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:said|says|claimed|claims|affirme|a\\s+affirmé|dit|a\\s+dit|assure)\\s+(?:it\\s+|that\\s+it\\s+|to\\s+have\\s+|avoir\\s+)?)?(?:had\\s+|has\\s+|a\\s+)?(?:repelled|repulsed|fought\\s+off|repoussé|riposté)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern TARGET_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:were|was|have been|had been|ont été|a été|sont|auraient été|aurait été)\\s+(?:\\S+\\s+)?(?:killed|attacked|ambushed|wounded|injured|abducted|kidnapped|targeted|tués|attaqués|blessés|enlevés|ciblés|pris)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "the post of X was the target of an attack", "le détachement de X, dans la province de Y, a été
  // la
  // cible d'une attaque", "the patrol came under fire", "les policiers tombés": a unit said to be
  // the
  // target, to have been attacked, to have repelled an attack or to have fallen suffers the deed
  // ("troops on patrol near X were
  // attacked by gunmen"), a few words of place or time between it and the verb.
  private static final PrefilteredPattern TARGETED_OR_FALLEN_AFTER =
      PrefilteredPattern.compile(
          "^[^.;]{0,80}?(?:\\b(?:a|ont)\\s+été\\s+(?:la|les)\\s+cibles?\\b|\\b(?:was|were|has\\s+been|have\\s+been)\\s+the\\s+targets?\\s+of\\b|\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been|ont\\s+été|a\\s+été)\\s+(?:attacked|ambushed|attaquée?s?|pris\\s+(?:pour\\s+cible|à\\s+partie|en\\s+embuscade))\\b|\\b(?:(?:a|ont|has|have|had)\\s+)?(?:repoussé|repelled|repulsed|fought\\s+off)\\s+(?:une|des|l['’]|an?|the)\\s*(?:attaques?|assauts?|attacks?|assaults?|raids?|incursions?)\\b|\\bcame\\s+under\\s+(?:attack|fire)\\b|\\b(?:a|ont)\\s+subi\\s+(?:une|des|plusieurs)\\s+attaques?\\b)|^\\s*(?:(?:sont|est|ont\\s+été|a\\s+été)\\s+)?tombée?s?\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "28 gendarmes morts", "two soldiers and ten militants killed", "dont 49 gendarmes": a counted
  // group told with its dead or wounded is among the victims, whatever verb comes first.
  private static final PrefilteredPattern COUNTED_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b\\d+|\\(\\d+\\)|\\b(?:" + counted("COUNT") + "))\\s+(?:[\\p{L}'’-]+\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // The harm told right after the group, or after a second counted group joined to it ("two
  // gendarmes and ten terrorists killed").
  private static final PrefilteredPattern COUNTED_HARM_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:and|et)\\s+[^.;:,]{1,30}?\\s+)?(?:(?:were|was|have\\s+been|had\\s+been|ont\\s+été|a\\s+été"
              + "|sont|also|reportedly|allegedly|été|auraient|aurait|seraient|serait|\\p{L}{4,}ment)\\s+)*"
              + "(?:killed|dead|died|injured|wounded|missing|morts?|tués?|blessés?|décédés?|disparus?|tombés?"
              + "|ont\\s+(?:\\p{L}{4,}ment\\s+)?(?:péri|perdu\\s+la\\s+vie)|lost\\s+their\\s+lives)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "53 morts, dont 49 gendarmes", "12 dead, including three policemen": counted among the dead.
  private static final PrefilteredPattern INCLUDED_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:dont|including|among\\s+them|parmi\\s+eux|parmi\\s+lesquels)\\s+(?:\\d+|\\S+)\\s+(?:\\S+\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "ten gunmen killed two herders": the counted group is the subject of an active verb.
  private static final PrefilteredPattern COUNTED_ACTIVE_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:"
              + counted("ACTIVE_HARM")
              + ")\\s+(?:\\d|"
              + counted("ACTIVE_OBJECT")
              + "|\\p{Lu})",
          Pattern.UNICODE_CASE);
  private static final PrefilteredPattern CLAIMED_BY =
      PrefilteredPattern.compile(
          "\\b(?:claimed by|revendiquée? par)\\s+(?:the\\s+|l['’]|le\\s+|la\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The country the actors named in {@code text} point to, or null. */
  String impliedCountry(String text) {
    return actors.impliedCountry(text);
  }

  /**
   * The one armed group {@code text} names by name ({@link GroupReference}), or null; a group only
   * placed in the background ("JNIM is active in the area") is not named as an actor.
   */
  Actor soleNamedGroup(String text, String country, Integer year) {
    return GroupReference.soleNamedGroup(
        actors.find(text, country, year).stream()
            .filter(m -> !actors.isBackground(text, m))
            .toList());
  }

  /** The civilian victims as named in {@code country} (may be null). */
  Actor civilians(String country) {
    return actors.civilians(country, null);
  }

  /** The actors of one incident by role, by canonical name, in the order first named. */
  record Roles(Map<String, Actor> perpetrators, Map<String, Actor> targets) {}

  private final ActorDictionary actors;

  RoleResolver(ActorDictionary actors) {
    this.actors = actors;
  }

  /**
   * The perpetrators and targets of {@code d} in {@code country} about an event of {@code year}
   * (may be null: actors' current names), which picks the name an actor went by then.
   */
  Roles resolve(IncidentDraft d, String country, Integer year, EvidenceMarks marks) {
    Map<String, Actor> perpetrators = new LinkedHashMap<>();
    Map<String, Actor> targets = new LinkedHashMap<>();
    boolean symmetric = false;
    for (SentenceFacts f : d.facts) {
      String st = f.sentence().text();
      for (ActorDictionary.Match m : actors.find(st, country, year)) {
        String before = st.substring(Math.max(0, m.start() - 40), m.start());
        // "were killed by JNIM fighters": the agent of a passive is the perpetrator.
        if (NEUTRAL_BEFORE.matcher(before).find() || disguise(m, before, st)) {
          continue;
        }
        boolean agent =
            AGENT_BEFORE.matcher(before).find()
                || ATTACK_NOUN_AFTER.matcher(st.substring(m.end())).find()
                || ATTACK_IN_MENTION.matcher(m.text()).find();
        if (!agent && bystander(m, st.substring(m.end()), f != d.first())) {
          continue;
        }
        if (!governmentAsSide(m, st)) {
          continue;
        }
        boolean second =
            !agent
                && (SECOND_SIDE
                        .matcher(st.substring(Math.max(0, m.start() - 100), m.start()))
                        .find()
                    || CONJOINED_BEFORE.matcher(before).find()
                        && CLASH_AFTER.matcher(st.substring(m.end())).find());
        boolean counted = !agent && countedVictims(before, st.substring(m.end()));
        boolean told =
            !agent
                && (second
                    || TARGET_BEFORE.matcher(before).find()
                    || TARGET_AFTER.matcher(st.substring(m.end())).find()
                    || TARGETED_OR_FALLEN_AFTER.matcher(st.substring(m.end())).find()
                    || DEFENDER_AFTER.matcher(st.substring(m.end())).find()
                    || UNIT_ATTACKED
                        .matcher(st.substring(Math.max(0, m.start() - 90), m.start()))
                        .find());
        boolean target = told || counted;
        if (!target
            && (SITE_MENTION.matcher(m.text()).find()
                || SITE_AFTER.matcher(st.substring(m.end())).find())) {
          continue;
        }
        symmetric |= second;
        for (Actor a : m.actors()) {
          // An actor keeps the role it was first named in ("JNIM fighters clashed with soldiers,
          // killing 3 JNIM fighters"); unnamed groups may be two sides ("villagers fought back;
          // three
          // attackers were killed"), but not by a mere count of their dead.
          boolean keepsFirstRole = a.type() != ActorType.UNKNOWN || counted && !told;
          if (!keepsFirstRole || !(target ? perpetrators : targets).containsKey(a.name())) {
            (target ? targets : perpetrators).putIfAbsent(a.name(), a);
          }
        }
        marks.mark(f, target ? "targets" : "perpetrators");
      }
    }
    if (symmetric) {
      stateFirst(perpetrators, targets);
    }
    for (SentenceFacts f : d.claimFacts) {
      List<Actor> named = claimedOrBlamed(f.sentence().text(), country, year);
      if (!named.isEmpty()) {
        perpetrators.remove(CodingPolicy.UNIDENTIFIED);
        named.forEach(a -> perpetrators.putIfAbsent(a.name(), a));
        marks.markAround(f, "perpetrators");
      }
    }
    return new Roles(perpetrators, targets);
  }

  // A counted group told with its dead or wounded ("two gendarmes killed"), or counted among the
  // dead ("including three soldiers"), unless it is the subject of an active verb.
  private static boolean countedVictims(String before, String after) {
    return INCLUDED_BEFORE.matcher(before).find()
        || COUNTED_BEFORE.matcher(before).find()
            && COUNTED_HARM_AFTER.matcher(after).find()
            && !COUNTED_ACTIVE_AFTER.matcher(after).find();
  }

  // State forces named only as a disguise ("in military uniform", "dressed as soldiers").
  private static boolean disguise(ActorDictionary.Match m, String before, String sentence) {
    boolean state = m.actors().stream().allMatch(a -> a.type() == ActorType.STATE_FORCES);
    return state
        && (DISGUISE_AFTER.matcher(sentence.substring(m.end())).find()
            || DISGUISE_BEFORE.matcher(before).find());
  }

  // A bare "government" mention counts only as a side of a fight.
  private static boolean governmentAsSide(ActorDictionary.Match m, String sentence) {
    String word = m.text().toLowerCase(java.util.Locale.ROOT);
    if (!word.equals("government") && !word.equals("the government")) {
      return true;
    }
    String before = sentence.substring(Math.max(0, m.start() - 20), m.start());
    return GOVERNMENT_SIDE_BEFORE.matcher(before).find()
        || GOVERNMENT_SIDE_AFTER.matcher(sentence.substring(m.end())).find();
  }

  // State forces that report the deed, come after it or, in a later sentence, arrest suspects.
  private static boolean bystander(ActorDictionary.Match m, String after, boolean later) {
    boolean state = m.actors().stream().allMatch(a -> a.type() == ActorType.STATE_FORCES);
    return state
        && (REPORTS_AFTER.matcher(after).find() || later && ARRESTS_AFTER.matcher(after).find());
  }

  /**
   * In a clash whose words name no attacker ("clashes between X and the army"), ACLED lists the
   * state forces as actor 1: the sides swap when the state's forces are only among the targets.
   */
  static void stateFirst(Map<String, Actor> perpetrators, Map<String, Actor> targets) {
    boolean stateActs =
        perpetrators.values().stream().anyMatch(a -> a.type() == ActorType.STATE_FORCES);
    boolean stateSuffers =
        targets.values().stream().anyMatch(a -> a.type() == ActorType.STATE_FORCES);
    if (stateSuffers && !stateActs && !perpetrators.isEmpty()) {
      Map<String, Actor> first = new LinkedHashMap<>(targets);
      targets.clear();
      targets.putAll(perpetrators);
      perpetrators.clear();
      perpetrators.putAll(first);
    }
  }

  // The named groups a claim or blame sentence says did it: the claimant, or who is blamed
  // ("blamed the attack on JNIM", "attribuée à l'EI"); never generic or state mentions.
  private List<Actor> claimedOrBlamed(String sentence, String country, Integer year) {
    List<ActorDictionary.Match> found = actors.find(sentence, country, year);
    List<Actor> out = new ArrayList<>();
    for (String name : claimants(sentence, country, year)) {
      found.stream()
          .flatMap(m -> m.actors().stream())
          .filter(a -> a.name().equals(name))
          .findFirst()
          .ifPresent(out::add);
    }
    if (out.isEmpty() && BLAME.matcher(sentence).find()) {
      for (ActorDictionary.Match m : found) {
        for (Actor a : m.actors()) {
          if (a.type() != ActorType.UNKNOWN && a.type() != ActorType.STATE_FORCES) {
            out.add(a);
          }
        }
      }
    }
    return out;
  }

  /**
   * The named groups that claim the event told in {@code sentence}: the subject of "claimed" or the
   * agent of "claimed by"; never an unnamed group or the state.
   */
  List<String> claimants(String sentence, String country) {
    return claimants(sentence, country, null);
  }

  private List<String> claimants(String sentence, String country, Integer year) {
    Matcher cm = CLAIM.matcher(sentence);
    boolean claim = cm.find();
    List<String> out = new ArrayList<>();
    for (ActorDictionary.Match m : actors.find(sentence, country, year)) {
      boolean subject =
          claim
              && m.end() <= cm.start()
              && cm.start() - m.end() <= 40
              && sentence.substring(m.end(), cm.start()).indexOf(',') < 0;
      boolean agent =
          CLAIMED_BY.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find();
      if (subject || agent) {
        for (Actor a : m.actors()) {
          if (a.type() != ActorType.UNKNOWN && a.type() != ActorType.STATE_FORCES) {
            out.add(a.name());
          }
        }
      }
    }
    return out;
  }
}
