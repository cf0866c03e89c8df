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
 * LanguagePacks}: event-cues.tsv, weapons.tsv, civilian-words.txt, background-markers.txt,
 * battle-cues.tsv, victim-groups.tsv, abduction-cues.tsv) of one choice of packs: a document's
 * language's, or every pack's. All patterns are compiled once, in the constructor; immutable and
 * thread-safe.
 */
public final class EventCues {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private record Cue(PrefilteredPattern pattern, SubEventType type) {}

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
  private final List<Cue> cues;

  // The words around a cue that tell a new event or one told before (event-references.tsv), from
  // every bundled pack for every document, as when they were written here.
  private static final Map<String, List<String>> REFERENCES =
      LanguagePacks.bundled().keyed("event-references.tsv");
  private static final PrefilteredPattern ANOTHER =
      PrefilteredPattern.compile("(?:" + references("ANOTHER") + ")\\s+(?:\\S+\\s+)?$", CI);
  private static final PrefilteredPattern DEFINITE =
      PrefilteredPattern.compile(
          "(?:"
              + references("DEFINITE")
              + ")\\s*(?:(?!(?:"
              + references("NOT_COUNTED")
              + ")\\b)[\\p{L}'’-]+\\s+){0,2}$",
          CI);
  // Background and aggregate statements (background-markers.txt).
  private final PrefilteredPattern generic;
  private final PrefilteredPattern civilians;
  private final PrefilteredPattern armedVictims;
  private final PrefilteredPattern civilianVictims;
  private final PrefilteredPattern fightBack;
  private final PrefilteredPattern stateRegains;
  private final PrefilteredPattern overtakes;
  private final PrefilteredPattern forcesAttacked;
  private final Map<String, PrefilteredPattern> victimGroups;
  private final Map<String, PrefilteredPattern> harmedGroups;
  // abduction-cues.tsv: a taking proper and violence beyond it; null when no chosen pack names any.
  private final PrefilteredPattern taking;
  private final PrefilteredPattern harm;
  private static final List<String> WEAPON_ORDER =
      List.of("drone", "airstrike", "firearm", "ied", "artillery", "knife", "arson");
  private final Map<String, PrefilteredPattern> weapons;

  /** The cues of every bundled pack: those of a document of unknown language. */
  public EventCues() {
    this(LanguagePacks.bundled());
  }

  /** The cues of {@code packs}: those of one document language, or of every pack. */
  public EventCues(LanguagePacks packs) {
    this.cues = cues(packs.keyed("event-cues.tsv"));
    this.generic = compile(packs.entries("background-markers.txt"));
    this.civilians = compile(packs.entries("civilian-words.txt"));
    Map<String, List<String>> battle = packs.keyed("battle-cues.tsv");
    List<String> armed = new ArrayList<>(battle(battle, "ARMED_TARGET"));
    armed.addAll(battle(battle, "ARMED_DEAD"));
    this.armedVictims = compile(armed);
    this.civilianVictims = compile(battle(battle, "CIVILIAN_VICTIMS"));
    this.stateRegains = compile(battle(battle, "STATE_REGAINS"));
    this.overtakes = compile(battle(battle, "OVERTAKES"));
    this.fightBack = compile(battle(battle, "FIGHT_BACK"));
    this.forcesAttacked = compile(battle(battle, "FORCES_ATTACKED"));
    this.victimGroups = victimGroups(packs);
    this.harmedGroups = harmedGroups(packs);
    Map<String, List<String>> abduction = packs.keyed("abduction-cues.tsv");
    this.taking = abduction.isEmpty() ? null : compile(battle(abduction, "TAKING"));
    this.harm = abduction.isEmpty() ? null : compile(battle(abduction, "HARM"));
    this.weapons = weapons(packs.keyed("weapons.tsv"));
  }

  private static PrefilteredPattern compile(List<String> entries) {
    return PrefilteredPattern.compile(LanguagePacks.alternation(entries), CI);
  }

  // The entries of one key of battle-cues.tsv; none when the chosen packs name none.
  private static List<String> battle(Map<String, List<String>> battle, String key) {
    return battle.getOrDefault(key, List.of());
  }

  private static Map<String, PrefilteredPattern> victimGroups(LanguagePacks packs) {
    Map<String, PrefilteredPattern> out = new LinkedHashMap<>();
    packs
        .keyed("victim-groups.tsv")
        .forEach(
            (group, words) ->
                out.put(group, PrefilteredPattern.compile(LanguagePacks.alternation(words), CI)));
    return out;
  }

  // A group's words where victim-context.tsv tells them harmed: after a BEFORE entry (up to four
  // words between) or before an AFTER one (up to three).
  private static Map<String, PrefilteredPattern> harmedGroups(LanguagePacks packs) {
    Map<String, List<String>> context = packs.keyed("victim-context.tsv");
    String before = LanguagePacks.alternation(context.getOrDefault("BEFORE", List.of()));
    String after = LanguagePacks.alternation(context.getOrDefault("AFTER", List.of()));
    Map<String, PrefilteredPattern> out = new LinkedHashMap<>();
    packs
        .keyed("harmed-groups.tsv")
        .forEach(
            (group, words) -> {
              String members = LanguagePacks.alternation(words);
              out.put(
                  group,
                  PrefilteredPattern.compile(
                      before
                          + "\\s+(?:[\\p{L}\\d'’-]+,?\\s+){0,4}?"
                          + members
                          + "|"
                          + members
                          + "\\s+(?:[\\p{L}\\d'’-]+,?\\s+){0,3}?"
                          + after,
                      CI));
            });
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
  private static final Pattern INJURY = Pattern.compile("(?:" + references("INJURY") + ")", CI);

  private static String references(String key) {
    return LanguagePacks.anyOf(REFERENCES, key);
  }

  /**
   * The first event trigger of {@code sentence}, or null when it names no violent event; words of
   * injury only when it names no other.
   */
  public Trigger trigger(String sentence) {
    boolean[] injurySkipped = new boolean[1];
    Trigger best = trigger(sentence, false, injurySkipped);
    // Without a word of injury among the cues' matches the second pass would find nothing.
    return best != null || !injurySkipped[0] ? best : trigger(sentence, true, injurySkipped);
  }

  private Trigger trigger(String sentence, boolean injury, boolean[] injurySkipped) {
    Trigger best = null;
    for (Cue cue : cues) {
      Matcher m = cue.pattern().matcher(sentence);
      while (m.find()) {
        if (best != null && m.start() >= best.start()) {
          break;
        }
        if (!injury && INJURY.matcher(m.group()).matches()) {
          injurySkipped[0] = true;
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
    for (Cue cue : cues) {
      if (cue.pattern().matcher(text).find()) {
        out.add(cue.type());
      }
    }
    return out;
  }

  /** Whether {@code sentence} speaks of many events or a period (background, aggregates). */
  public boolean isGeneric(String sentence) {
    return generic.matcher(sentence).find();
  }

  /** Whether {@code sentence} says the victims were civilians. */
  public boolean mentionsCivilians(String sentence) {
    return civilians.matcher(sentence).find();
  }

  /**
   * What an incident's words say about its sides (battle-cues.tsv): whether armed people or a
   * military site were attacked or armed people killed, whether civilians are named among the
   * victims, whether the state retook a place or an armed group took one, whether armed people
   * fought back, and whether the state's forces or their post were attacked.
   */
  public BattleSigns battleSigns(String text) {
    return new BattleSigns(
        armedVictims.matcher(text).find(),
        civilianVictims.matcher(text).find(),
        stateRegains.matcher(text).find(),
        overtakes.matcher(text).find(),
        fightBack.matcher(text).find(),
        forcesAttacked.matcher(text).find());
  }

  /**
   * Whether {@code text} tells a taking of people and no violence beyond it (abduction-cues.tsv):
   * ACLED's abduction, as against an attack that also took people, or arrests and goods taken away.
   * True whenever the chosen packs have no abduction cues, leaving the event cues' word.
   */
  public boolean takingOnly(String text) {
    if (taking == null) {
      return true;
    }
    return taking.matcher(text).find() && !harm.matcher(text).find();
  }

  /** The groups of civilians {@code text} names (victim-groups.tsv: "Students", "Journalists"). */
  public List<String> victimGroups(String text) {
    List<String> out = new ArrayList<>();
    victimGroups.forEach(
        (group, pattern) -> {
          if (pattern.matcher(text).find()) {
            out.add(group);
          }
        });
    return out;
  }

  /**
   * The groups of civilians {@code text} tells harmed (harmed-groups.tsv and victim-context.tsv:
   * "Women" for "raped two women", none for "women and children fled").
   */
  public List<String> harmedGroups(String text) {
    List<String> out = new ArrayList<>();
    harmedGroups.forEach(
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
    for (Map.Entry<String, PrefilteredPattern> w : weapons.entrySet()) {
      if (w.getValue().matcher(text).find()) {
        out.add(w.getKey());
      }
    }
    return out;
  }
}
