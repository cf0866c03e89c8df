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
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The actor-role slot resolver: which of the actors the dictionary finds in an incident's sentences
 * did it (perpetrators) and which suffered it (targets), by the words around each mention, plus the
 * groups later sentences say claimed it or are blamed for it.
 */
final class RoleResolver {
  private static final PrefilteredPattern TARGET_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:killed|killing|kill|attacked|attacking|targeted|targeting|ambushed|ambushing|abducted|kidnapped|executed|shot|tué|tuant|tuer|attaqué|attaquant|ciblant|ciblé|visant|enlevé|enlevant|embuscade contre|against|contre|clashed with|clashes with|clash with|fought|fighting|engaged|repelled|repoussé|affronté|affrontant|combattu|combattant)|\\b(?:attacks?|assault|raids?|attaques?|assaut)\\s+(?:on|against|contre))\\s+(?:(?!(?:when|as|after|while|before|lorsque|quand|alors|après)\\b)\\S+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Mentions that neither act nor suffer: "a convoy escorted by the army", "collaborators of the
  // army", "accused of collaborating with the FAMa".
  private static final PrefilteredPattern NEUTRAL_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:escorted|escorting|guarded|protected|backed|supported|helped|helping|informing|informed|collaborating|collaborate|colluding|supplying|working|travelling|escortée?s?|protégée?s?|soutenue?s?|informer|renseigner|collaborer|collaboré|aidé|aider)\\s+(?:(?:by|with|for|to|par|avec|pour|les|la|le|l['’]|des|the)\\s*)?(?:\\S+\\s+)?|\\b(?:before|until|avant|jusqu['’]à)\\s+(?:the\\s+)?|\\b(?:according\\s+to|selon|communiqué\\s+(?:de|du)|statement\\s+(?:by|from|of)|spokes(?:man|person|woman)\\s+(?:for|of)|porte-parole\\s+(?:de|du))\\s+(?:\\S+\\s+)?|\\b(?:collaborators?|collaborateurs?|informants?|informateurs?|complices?|accomplices?)[\"”»]?\\s+(?:of|de|du|des)\\s+(?:the\\s+|l['’]|la\\s+|les\\s+)?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern AGENT_BEFORE =
      PrefilteredPattern.compile("\\b(?:by|par)\\s+(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE);
  // "attacked on Saturday a detachment of the Burkinabe army", "ont attaqué le poste militaire
  // des FAMa": the unit attacked is the target, however far the verb.
  private static final PrefilteredPattern UNIT_ATTACKED =
      PrefilteredPattern.compile(
          "\\b(?:attacked|attacking|ambushed|targeted|overran|stormed|attaqué|attaquant|ciblé|visé|pris\\s+d['’]assaut|assailli)\\b[^.;]{0,40}?\\b(?:detachment|post|outpost|base|position|camp|convoy|patrol|unit|checkpoint|barracks|détachement|poste|base|position|camp|convoi|patrouille|unité|caserne)s?\\s+(?:militaires?\\s+)?(?:of|de|du|des)\\s+(?:the\\s+|l['’]|la\\s+|le\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "The army says it repelled the assault", "L'armée affirme avoir repoussé l'assaut".
  private static final PrefilteredPattern DEFENDER_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:said|says|claimed|claims|affirme|a\\s+affirmé|dit|a\\s+dit|assure)\\s+(?:it\\s+|that\\s+it\\s+|to\\s+have\\s+|avoir\\s+)?)?(?:had\\s+|has\\s+|a\\s+)?(?:repelled|repulsed|fought\\s+off|repoussé|riposté)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern TARGET_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:were|was|have been|had been|ont été|a été|sont)\\s+(?:\\S+\\s+)?(?:killed|attacked|ambushed|wounded|injured|abducted|kidnapped|targeted|tués|attaqués|blessés|enlevés|ciblés|pris)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final PrefilteredPattern CLAIMED_BY =
      PrefilteredPattern.compile(
          "\\b(?:claimed by|revendiquée? par)\\s+(?:the\\s+|l['’]|le\\s+|la\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The actors of one incident by role, by canonical name, in the order first named. */
  record Roles(Map<String, Actor> perpetrators, Map<String, Actor> targets) {}

  private final ActorDictionary actors;

  RoleResolver(ActorDictionary actors) {
    this.actors = actors;
  }

  /**
   * The perpetrators and targets of {@code d} in {@code country}, named as of the event's {@code
   * year} (may be null: the current names).
   */
  Roles resolve(IncidentDraft d, String country, Integer year, EvidenceMarks marks) {
    Map<String, Actor> perpetrators = new LinkedHashMap<>();
    Map<String, Actor> targets = new LinkedHashMap<>();
    for (SentenceFacts f : d.facts) {
      String st = f.sentence().text();
      for (ActorDictionary.Match m : actors.find(st, country, year)) {
        String before = st.substring(Math.max(0, m.start() - 40), m.start());
        // "were killed by JNIM fighters": the agent of a passive is the perpetrator.
        if (NEUTRAL_BEFORE.matcher(before).find()) {
          continue;
        }
        boolean agent = AGENT_BEFORE.matcher(before).find();
        boolean target =
            !agent
                && (TARGET_BEFORE.matcher(before).find()
                    || TARGET_AFTER.matcher(st.substring(m.end())).find()
                    || DEFENDER_AFTER.matcher(st.substring(m.end())).find()
                    || UNIT_ATTACKED
                        .matcher(st.substring(Math.max(0, m.start() - 90), m.start()))
                        .find());
        for (Actor a : m.actors()) {
          (target ? targets : perpetrators).putIfAbsent(a.name(), a);
        }
        marks.mark(f, target ? "targets" : "perpetrators");
      }
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

  // The named groups a claim or blame sentence says did it: the claimant, or who is blamed
  // ("blamed the attack on JNIM", "attribuée à l'EI"); never generic or state mentions.
  private List<Actor> claimedOrBlamed(String sentence, String country, Integer year) {
    List<ActorDictionary.Match> found = actors.find(sentence, country, year);
    List<Actor> out = new ArrayList<>();
    for (String name : claimants(sentence, country)) {
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
    Matcher cm = CLAIM.matcher(sentence);
    boolean claim = cm.find();
    List<String> out = new ArrayList<>();
    for (ActorDictionary.Match m : actors.find(sentence, country)) {
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
