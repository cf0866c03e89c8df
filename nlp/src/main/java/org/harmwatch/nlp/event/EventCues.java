package org.harmwatch.nlp.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The lexical cues of events: trigger words and their sub-event types, weapons, words for civilian
 * victims and markers of background or aggregate statements, read from the language packs ({@link
 * LanguagePacks}: event-cues.tsv, weapons.tsv, civilian-words.txt, background-markers.txt). All
 * patterns are compiled once; stateless and thread-safe.
 */
public final class EventCues {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private record Cue(PrefilteredPattern pattern, SubEventType type) {}

  private static final LanguagePacks PACKS = LanguagePacks.bundled();

  // Order matters: the more specific cue wins where cues overlap. The words are the language
  // packs' (event-cues.tsv).
  private static final List<SubEventType> CUE_ORDER =
      List.of(
          SubEventType.SUICIDE_BOMB,
          SubEventType.AIR_DRONE_STRIKE,
          SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
          SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
          SubEventType.GRENADE,
          SubEventType.SEXUAL_VIOLENCE,
          SubEventType.ARMED_CLASH,
          SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
          SubEventType.ATTACK);
  private static final List<Cue> CUES = cues(PACKS.keyed("event-cues.tsv"));

  private static final PrefilteredPattern ANOTHER =
      PrefilteredPattern.compile(
          "(?:another|a second|a third|a new|a further|une autre|un autre|une nouvelle|un nouvel|un nouveau)\\s+(?:\\S+\\s+)?$",
          CI);
  private static final PrefilteredPattern DEFINITE =
      PrefilteredPattern.compile(
          "(?:\\bthe|\\bthis|\\bthese|\\bthose|\\bl['’]|\\bcette|\\bces|\\bcet|\\bla|\\ble|\\bles|\\bits|\\bdu)\\s*(?:(?!(?:two|three|four|five|six|deux|trois|quatre|cinq)\\b)[\\p{L}'’-]+\\s+){0,2}$",
          CI);
  // Background and aggregate statements (background-markers.txt).
  private static final PrefilteredPattern GENERIC =
      PrefilteredPattern.compile(
          LanguagePacks.alternation(PACKS.entries("background-markers.txt")), CI);
  private static final PrefilteredPattern CIVILIANS =
      PrefilteredPattern.compile(
          LanguagePacks.alternation(PACKS.entries("civilian-words.txt")), CI);
  private static final Map<String, List<String>> BATTLE = PACKS.keyed("battle-cues.tsv");
  private static final PrefilteredPattern ARMED_VICTIMS =
      PrefilteredPattern.compile(
          LanguagePacks.alternation(
              java.util.stream.Stream.concat(
                      battle("ARMED_TARGET").stream(), battle("ARMED_DEAD").stream())
                  .toList()),
          CI);
  private static final PrefilteredPattern CIVILIAN_VICTIMS =
      PrefilteredPattern.compile(LanguagePacks.alternation(battle("CIVILIAN_VICTIMS")), CI);
  private static final PrefilteredPattern STATE_REGAINS =
      PrefilteredPattern.compile(LanguagePacks.alternation(battle("STATE_REGAINS")), CI);
  private static final PrefilteredPattern OVERTAKES =
      PrefilteredPattern.compile(LanguagePacks.alternation(battle("OVERTAKES")), CI);
  private static final Map<String, PrefilteredPattern> VICTIM_GROUPS = victimGroups();
  private static final List<String> WEAPON_ORDER =
      List.of("drone", "airstrike", "firearm", "ied", "artillery", "knife", "arson");
  private static final Map<String, PrefilteredPattern> WEAPONS =
      weapons(PACKS.keyed("weapons.tsv"));

  // The entries of one key of battle-cues.tsv; a key no pack names fails fast.
  private static List<String> battle(String key) {
    List<String> words = BATTLE.get(key);
    if (words == null) {
      throw new IllegalStateException(
          "battle-cues.tsv: no entries for '" + key + "' in any language pack");
    }
    return words;
  }

  private static Map<String, PrefilteredPattern> victimGroups() {
    Map<String, PrefilteredPattern> out = new LinkedHashMap<>();
    PACKS
        .keyed("victim-groups.tsv")
        .forEach(
            (group, words) ->
                out.put(group, PrefilteredPattern.compile(LanguagePacks.alternation(words), CI)));
    return out;
  }

  // One cue per sub-event type, in CUE_ORDER, of the types some pack names.
  private static List<Cue> cues(Map<String, List<String>> byType) {
    for (String type : byType.keySet()) {
      if (CUE_ORDER.stream().noneMatch(t -> t.name().equals(type))) {
        throw new IllegalStateException(
            "event-cues.tsv: unknown sub-event type '" + type + "'; expected one of " + CUE_ORDER);
      }
    }
    List<Cue> out = new ArrayList<>();
    for (SubEventType t : CUE_ORDER) {
      List<String> words = byType.get(t.name());
      if (words != null) {
        out.add(new Cue(PrefilteredPattern.compile(LanguagePacks.alternation(words), CI), t));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, PrefilteredPattern> weapons(Map<String, List<String>> byWeapon) {
    Map<String, PrefilteredPattern> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : byWeapon.entrySet()) {
      if (!WEAPON_ORDER.contains(e.getKey())) {
        throw new IllegalStateException(
            "weapons.tsv: unknown weapon '" + e.getKey() + "'; expected one of " + WEAPON_ORDER);
      }
    }
    for (String w : WEAPON_ORDER) {
      List<String> words = byWeapon.get(w);
      if (words != null) {
        out.put(w, PrefilteredPattern.compile(LanguagePacks.alternation(words), CI));
      }
    }
    return out;
  }

  // Words of injury only: the trigger of a sentence that names no other event word ("20 were
  // injured when police shot at marchers" is a shooting).
  private static final Pattern INJURY =
      Pattern.compile("(?:wounded|injured|wounding|injuring)", CI);

  /**
   * The first event trigger of {@code sentence}, or null when it names no violent event; words of
   * injury only when it names no other.
   */
  public Trigger trigger(String sentence) {
    Trigger best = trigger(sentence, false);
    return best != null ? best : trigger(sentence, true);
  }

  private Trigger trigger(String sentence, boolean injury) {
    Trigger best = null;
    for (Cue cue : CUES) {
      Matcher m = cue.pattern().matcher(sentence);
      while (m.find()) {
        if (best != null && m.start() >= best.start()) {
          break;
        }
        if (!injury && INJURY.matcher(m.group()).matches()) {
          continue;
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

  /**
   * What an incident's words say about its sides (battle-cues.tsv): whether armed people or a
   * military site were attacked or armed people killed, whether civilians are named among the
   * victims, and whether the state retook a place or an armed group took one.
   */
  public BattleSigns battleSigns(String text) {
    return new BattleSigns(
        ARMED_VICTIMS.matcher(text).find(),
        CIVILIAN_VICTIMS.matcher(text).find(),
        STATE_REGAINS.matcher(text).find(),
        OVERTAKES.matcher(text).find());
  }

  /** The groups of civilians {@code text} names (victim-groups.tsv: "Students", "Journalists"). */
  public List<String> victimGroups(String text) {
    List<String> out = new ArrayList<>();
    VICTIM_GROUPS.forEach(
        (group, pattern) -> {
          if (pattern.matcher(text).find()) {
            out.add(group);
          }
        });
    return out;
  }

  /** The weapons {@code text} names, in a fixed order. */
  public List<String> weapons(String text) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, PrefilteredPattern> w : WEAPONS.entrySet()) {
      if (w.getValue().matcher(text).find()) {
        out.add(w.getKey());
      }
    }
    return out;
  }
}
