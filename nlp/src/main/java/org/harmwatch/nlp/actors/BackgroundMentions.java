package org.harmwatch.nlp.actors;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The words around an actor mention that place its group in the background of a report rather than
 * in the incident told: a verb of presence after it ("JNIM is active in the area"), a stronghold or
 * control before it ("areas held by ISWAP", "zones où sévissent les jihadistes"). The words are the
 * language packs' {@code background-mentions.tsv}. Stateless.
 */
final class BackgroundMentions {
  private BackgroundMentions() {}

  // The words (background-mentions.tsv), from every bundled pack for every document, as when they
  // were written here.
  private static final Map<String, List<String>> WORDS =
      LanguagePacks.bundled().keyed("background-mentions.tsv");

  // "JNIM is active in the area", "areas where bandits operate", "zone où sévissent les
  // jihadistes": a mention followed by a verb of presence names no perpetrator.
  private static final PrefilteredPattern BACKGROUND_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:"
              + words("RELATIVE")
              + ")\\s+)?(?:(?:"
              + words("COPULA")
              + ")\\s+)?(?:(?:"
              + words("DEGREE")
              + ")\\s+)?(?:"
              + words("PRESENCE")
              + ")\\b(?!\\s+(?:"
              + words("NOT_AFTER")
              + ")\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern BACKGROUND_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:"
              + words("WHERE")
              + ")\\s+(?:"
              + words("WHERE_VERB")
              + ")\\s+(?:"
              + words("WHERE_ARTICLE")
              + ")?|\\b(?:"
              + words("STRONGHOLD")
              + ")\\s+(?:"
              + words("OF")
              + ")\\s+(?:"
              + words("OF_ARTICLE")
              + ")?|\\b(?:"
              + words("HELD")
              + ")\\s+(?:"
              + words("BY")
              + ")\\s+(?:"
              + words("BY_ARTICLE")
              + ")?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern HELD_AFTER =
      PrefilteredPattern.compile(
          "^(?:-(?:" + words("HELD_SUFFIX") + ")\\b|\\s+(?:" + words("STRONGHOLD_AFTER") + ")\\b)",
          Pattern.CASE_INSENSITIVE);

  private static String words(String key) {
    return LanguagePacks.anyOf(WORDS, key);
  }

  /**
   * Whether the actor mention from {@code start} to {@code end} of {@code text} only places the
   * group in the background ("JNIM is active in the area", "a JNIM stronghold", "zones où sévissent
   * les jihadistes", "areas held by ISWAP"): such a mention names no perpetrator of the incident
   * told.
   */
  static boolean isBackground(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 80));
    if (HELD_AFTER.matcher(after).find() || BACKGROUND_AFTER.matcher(after).find()) {
      return true;
    }
    String before = text.substring(Math.max(0, start - 40), start);
    return BACKGROUND_BEFORE.matcher(before).find();
  }
}
