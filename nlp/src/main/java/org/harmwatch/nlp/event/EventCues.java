package org.harmwatch.nlp.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The lexical cues of events in English and French: trigger words and their sub-event types,
 * weapons, words for civilian victims and markers of background or aggregate statements. All
 * patterns are compiled once; stateless and thread-safe.
 */
public final class EventCues {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private record Cue(PrefilteredPattern pattern, SubEventType type) {}

  // Order matters: the more specific cue wins where cues overlap.
  private static final List<Cue> CUES =
      List.of(
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:suicide[\\s-]bomb(?:ing|ings|er|ers)?|suicide attacks?|kamikazes?|attentats?[\\s-]suicides?)\\b",
                  CI),
              SubEventType.SUICIDE_BOMB),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:drone[\\s-](?:strikes?|attacks?|bombings?)|air[\\s-]?strikes?|air raids?|aerial (?:bombardments?|bombings?|strikes?)"
                      + "|frappes? (?:de drones?|aériennes?|a[ée]riennes?)|bombardements? a[ée]riens?|bombing|bombings|bombed|bombard(?:ed|ment)"
                      + "|strikes?|frappes?"
                      + "|(?:drones?|aircraft|warplanes?|helicopters?|hélicoptères?|avions?)\\s+(?:\\S+\\s+){0,2}?(?:struck|hit|targeted|bombed|a frappé|ont frappé|a visé|ont visé|a bombardé|ont bombardé))\\b",
                  CI),
              SubEventType.AIR_DRONE_STRIKE),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:shelling|shelled|mortar (?:fire|rounds?|shells?)|artillery fire|tirs? d['’]obus|obus|roquettes?|rockets?)\\b",
                  CI),
              SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:IEDs?|improvised explosive devices?|roadside bombs?|land ?mines?|explosive devices?|engins? explosifs?(?: improvisés?)?|mines? artisanales?|explosion"
                      // "a bomb planted on the road exploded", "une bombe a explosé"
                      + "|(?:planted|hidden|buried) (?:an? )?(?:bombs?|explosives?)|bombs? (?:had been |was |were )?(?:planted|hidden|buried)"
                      + "|bombs? (?:\\S+\\s+){0,6}?(?:exploded|went off|detonated)|bombes? (?:\\S+\\s+){0,6}?(?:a|ont) explosé)\\b",
                  CI),
              SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:raped|rape|sexual violence|sexually assaulted|violées?|viols?|violences sexuelles)\\b",
                  CI),
              SubEventType.SEXUAL_VIOLENCE),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:clash(?:es|ed)?|fighting|fought|gunbattle|affrontements?|combats?|accrochages?|s['’]est affronté|se sont affrontés|(?:ont|a) affronté|clashed|engaged in fighting)\\b",
                  CI),
              SubEventType.ARMED_CLASH),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:abducted|kidnapped|arrested|detained|rounded up|took away|led away|emmenés?|arrêtés?|interpellés?|abductions?|kidnappings?|enlevés?|enlevées?|enlèvements?|kidnappés?|pris en otage|taken hostage)\\b",
                  CI),
              SubEventType.ABDUCTION_FORCED_DISAPPEARANCE),
          new Cue(
              PrefilteredPattern.compile(
                  "\\b(?:attack(?:ed|s)?|raid(?:s|ed)?|massacre(?:d|s)?|killed|killings?|deaths|executed|executions?|shot dead|ambush(?:ed)?|stormed|opened fire|set fire|torched|burned"
                      + "|attaqu[ée]e?s?|attaques?|tués?|tuées?|massacres?|massacrés?|exécutés?|exécutions?|incendiés?|embuscades?|assaut|ont ouvert le feu|tuant|abattue?s?)\\b",
                  CI),
              SubEventType.ATTACK));

  private static final PrefilteredPattern ANOTHER =
      PrefilteredPattern.compile(
          "(?:another|a second|a third|a new|a further|une autre|un autre|une nouvelle|un nouvel|un nouveau)\\s+(?:\\S+\\s+)?$",
          CI);
  private static final PrefilteredPattern DEFINITE =
      PrefilteredPattern.compile(
          "(?:\\bthe|\\bthis|\\bthese|\\bthose|\\bl['’]|\\bcette|\\bces|\\bcet|\\bla|\\ble|\\bles|\\bits|\\bdu)\\s*(?:(?!(?:two|three|four|five|six|deux|trois|quatre|cinq)\\b)[\\p{L}'’-]+\\s+){0,2}$",
          CI);
  private static final PrefilteredPattern GENERIC =
      PrefilteredPattern.compile(
          "\\b(?:an? (?:series|wave|spate) of|une (?:série|vague) d['’]|could not be (?:independently )?(?:confirmed|verified)|unconfirmed|n['’]a pas pu être (?:confirmé|vérifié)e?s?|non confirmée?s?|several times|many times|repeatedly|regularly|frequently|à plusieurs reprises|plusieurs fois|régulièrement|since (?:the |20\\d\\d|19\\d\\d|january|february|march|april|may|june|july|august|september|october|november|december)|this year|last year|the previous year|l['’]an dernier|l['’]année dernière|so far|to date|in total|over the (?:past|last)|instances|capability|capable"
              + "|each year|every year|per year|a year|since \\d|depuis (?:le début|janvier|20\\d\\d|l['’]|plus)|cette année|au total|ces dernières|chaque année|en moyenne|on average|have been killed in|les derniers mois|the past (?:year|months|decade)|have killed more than|ont fait plus de|(?:in|en|during|durant) (?:19|20)\\d\\d(?! *[-/])|political violence|violences? politiques?|the previous year|l['’]année précédente"
              // tolls over a stretch of the year; habits ("have been blamed for killings")
              + "|(?:in|during|over) the first (?:\\S+ )?(?:months|weeks|half|quarter) of|(?:au|durant le|pendant le) (?:premier|second) (?:semestre|trimestre)|(?:les|des) (?:\\S+ )?premiers mois"
              + "|(?:have|has) been (?:blamed|responsible) for|sont (?:accusés|tenus pour responsables) d)\\b",
          CI);
  private static final PrefilteredPattern CIVILIANS =
      PrefilteredPattern.compile(
          "\\b(?:civilians?|villagers|residents|inhabitants|wedding|funeral|worshippers|mourners|market|displaced|children|boys|girls|women|farmers|herders|individuals|people|villages?|passengers|students|pupils|civils?|villageois|habitants|fidèles|mariage|funérailles|enterrement|obsèques|marché|déplacés|enfants|femmes|personnes|populations?|cultivateurs|bergers|passagers|élèves)\\b",
          CI);
  private static final Map<String, PrefilteredPattern> WEAPONS =
      Map.of(
          "drone", PrefilteredPattern.compile("\\b(?:drones?|de drone)\\b", CI),
          "airstrike",
              PrefilteredPattern.compile(
                  "\\b(?:air[\\s-]?strikes?|aircraft|fighter jets?|helicopters?|warplanes?|aérien(?:ne)?s?|avions?|hélicoptères?)\\b",
                  CI),
          "firearm",
              PrefilteredPattern.compile(
                  "\\b(?:gunshots?|gunfire|shot|shooting|firearms?|guns?|rifles?|bullets?|opened fire|balles?|tirs?|armes? à feu|fusillés?|ouvert le feu|abattus?)\\b",
                  CI),
          "ied",
              PrefilteredPattern.compile(
                  "\\b(?:IEDs?|improvised explosive|roadside bombs?|land ?mines?|explosive devices?|engins? explosifs?|mines?"
                      + "|(?:planted|hidden|buried) (?:an? )?bombs?|bombs? (?:had been |was |were )?(?:planted|hidden|buried)|bombes? artisanales?)\\b",
                  CI),
          "artillery",
              PrefilteredPattern.compile(
                  "\\b(?:artillery|mortars?|shelling|shells|obus|roquettes?|rockets?)\\b", CI),
          "knife",
              PrefilteredPattern.compile(
                  "\\b(?:knives|knife|machetes?|couteaux?|machettes?|throats? slit|égorgés?)\\b",
                  CI),
          "arson",
              PrefilteredPattern.compile(
                  "\\b(?:set fire|set on fire|torched|burned|burnt|burning|arson|incendiés?|incendie|brûlés?|brûlées?)\\b",
                  CI));
  private static final List<String> WEAPON_ORDER =
      List.of("drone", "airstrike", "firearm", "ied", "artillery", "knife", "arson");

  /** The first event trigger of {@code sentence}, or null when it names no violent event. */
  public Trigger trigger(String sentence) {
    Trigger best = null;
    for (Cue cue : CUES) {
      Matcher m = cue.pattern().matcher(sentence);
      while (m.find()) {
        if (best != null && m.start() >= best.start()) {
          break;
        }
        String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
        boolean another = ANOTHER.matcher(before).find();
        boolean anaphoric = !another && DEFINITE.matcher(before).find();
        best = new Trigger(m.start(), m.end(), m.group(), cue.type(), anaphoric, another);
        break;
      }
    }
    return best;
  }

  /** All sub-event types cued anywhere in {@code text}, in cue order. */
  public Set<SubEventType> types(String text) {
    Set<SubEventType> out = new LinkedHashSet<>();
    for (Cue cue : CUES) {
      if (cue.pattern().matcher(text).find()) {
        out.add(cue.type());
      }
    }
    return out;
  }

  /** Whether {@code sentence} speaks of many events or a period (background, aggregates). */
  public boolean isGeneric(String sentence) {
    return GENERIC.matcher(sentence).find();
  }

  /** Whether {@code sentence} says the victims were civilians. */
  public boolean mentionsCivilians(String sentence) {
    return CIVILIANS.matcher(sentence).find();
  }

  /** The weapons {@code text} names, in a fixed order. */
  public List<String> weapons(String text) {
    List<String> out = new ArrayList<>();
    for (String w : WEAPON_ORDER) {
      if (WEAPONS.get(w).matcher(text).find()) {
        out.add(w);
      }
    }
    return out;
  }
}
