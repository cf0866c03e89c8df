package org.harmwatch.geo;

import java.util.List;
import java.util.Set;

/**
 * English and French words that are also the names of some place in the gazetteer ("The", "Will",
 * "Army", "Thursday", "Human", "Rights", "Watch"...), in {@link Gazetteer#normalize(String)} form.
 *
 * <p>Two tiers: {@link #NEVER} words are never taken as a bare place name (function words, very
 * common verbs and the words the extractor sees most); {@link #UNLESS_SAHEL} words count only when
 * written with a capital and some place of Mali, Burkina Faso or Niger bears the name. Immutable.
 */
final class CommonWords {
  private CommonWords() {}

  /** Never a place name on its own, whatever the case. */
  static final Set<String> NEVER =
      Set.copyOf(
          List.of(
          // English function words and auxiliaries
          "the", "and", "but", "for", "nor", "not", "yet", "you", "she", "her", "him", "his",
          "its", "our", "out", "they", "them", "their", "this", "that", "these", "those", "there",
          "here", "who", "whom", "what", "when", "where", "why", "how", "which", "with", "from",
          "into", "onto", "upon", "over", "under", "about", "after", "before", "since", "until",
          "while", "during", "near", "than", "then", "also", "only", "just", "very", "some",
          "many", "much", "more", "most", "less", "all", "any", "each", "every", "both", "few",
          "other", "such", "own", "same", "can", "could", "may", "might", "must", "shall",
          "should", "will", "would", "was", "were", "are", "is", "been", "being", "have", "has",
          "had", "does", "did", "done", "say", "says", "said", "told", "tell", "one", "two",
          "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
          "third", "last", "next", "new", "old", "per", "via", "off", "down", "again",
          // French function words
          "les", "des", "une", "aux", "dans", "par", "pour", "sur", "sous", "avec", "sans",
          "chez", "entre", "vers", "mais", "donc", "car", "que", "qui", "quoi", "dont", "elle",
          "ils", "elles", "nous", "vous", "leur", "leurs", "son", "sa", "ses", "cette", "ces",
          "est", "sont", "etait", "ont", "avait", "selon", "apres", "avant", "depuis", "pendant",
          "tout", "tous", "toute", "toutes", "plus", "moins", "tres", "aussi", "ainsi", "alors",
          "encore", "deux", "trois", "quatre", "cinq", "premier", "premiere", "dernier"));

  /** A place name only if capitalised and borne by a Sahel place. */
  static final Set<String> UNLESS_SAHEL =
      Set.copyOf(
          List.of(
          // Days and months, English and French
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
          "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february",
          "march", "april", "june", "july", "august", "september", "october", "november",
          "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre",
          // News vocabulary of conflict reporting
          "army", "armee", "military", "militaire", "soldier", "soldiers", "soldat", "soldats",
          "troops", "forces", "force", "police", "gendarme", "gendarmerie", "attack", "attaque",
          "attacks", "kill", "killed", "killing", "tue", "tues", "dead", "morts", "mort",
          "victim", "victims", "victime", "victimes", "civilian", "civilians", "civil", "civils",
          "human", "rights", "watch", "amnesty", "international", "report", "rapport", "group",
          "groupe", "government", "gouvernement", "state", "etat", "people", "population",
          "village", "villages", "villagers", "town", "ville", "city", "camp", "base", "market",
          "marche", "mosque", "mosquee", "church", "eglise", "school", "ecole", "road", "route",
          "bridge", "pont", "river", "fleuve", "well", "puits", "mine", "mines", "gold", "field",
          "fields", "farm", "farmers", "herders", "cattle", "bush", "forest", "foret", "lake",
          "lac", "mountain", "hill", "sand", "water", "eau", "fire", "feu", "gun", "guns",
          "drone", "drones", "bomb", "mine", "convoy", "checkpoint", "border", "frontiere",
          "central", "centre", "center", "north", "nord", "south", "sud", "east", "est", "west",
          "ouest", "northern", "southern", "eastern", "western", "region", "province", "cercle",
          "commune", "district", "zone", "area", "local", "national", "nation", "union",
          "president", "minister", "ministre", "general", "colonel", "captain", "chief", "chef",
          "imam", "leader", "junta", "coup", "transition", "peace", "paix", "war", "guerre",
          "justice", "court", "law", "loi", "press", "presse", "media", "radio", "news", "voice",
          "liberty", "liberte", "freedom", "victory", "hope", "espoir", "independence",
          "republic", "republique", "democratic", "islamic", "islam", "muslim", "christian",
          "jihad", "wagner", "africa", "afrique", "african", "sahel", "desert", "savanna",
          // Everyday words that are also names of hamlets somewhere
          "man", "men", "woman", "women", "child", "children", "boy", "girl", "family",
          "friend", "home", "house", "maison", "day", "night", "nuit", "jour", "week", "month",
          "year", "time", "morning", "evening", "early", "late", "long", "large", "small",
          "big", "little", "good", "bad", "great", "high", "low", "free", "black", "white",
          "red", "green", "blue", "gold", "silver", "iron", "stone", "rock", "king", "queen",
          "prince", "lord", "saint", "god", "dieu", "allah", "love", "joy", "bonne", "bon",
          "beau", "belle", "grand", "grande", "petit", "petite", "haut", "bas", "fin", "paix",
          "arrested", "detained", "burned", "fled", "return", "mission", "agent", "service",
          "office", "bureau", "post", "poste", "office", "team", "unit", "battalion",
          "company"));
}
