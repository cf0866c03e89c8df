package org.harmwatch.nlp.actors;

import java.util.regex.Pattern;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The words around an actor mention that place its group in the background of a report rather than
 * in the incident told: a verb of presence after it ("JNIM is active in the area"), a stronghold or
 * control before it ("areas held by ISWAP", "zones où sévissent les jihadistes"). Stateless.
 */
final class BackgroundMentions {
  private BackgroundMentions() {}

  // "JNIM is active in the area", "areas where bandits operate", "zone où sévissent les
  // jihadistes": a mention followed by a verb of presence names no perpetrator.
  private static final PrefilteredPattern BACKGROUND_AFTER =
      PrefilteredPattern.compile(
          "^\\s*(?:(?:which|who|that|qui)\\s+)?(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?|remain|est|sont|était|étaient)\\s+)?(?:(?:known\\s+to\\s+be|said\\s+to\\s+be|reportedly|also|very|particulièrement|très)\\s+)?(?:active|present|operating|operate|operates|based|entrenched|rampant|prevalent|actifs?|actives?|présents?|présentes?|implantée?s?|opèrent|opère|sévissent|sévit)\\b(?!\\s+(?:on|le|la)\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern BACKGROUND_BEFORE =
      PrefilteredPattern.compile(
          "(?:\\b(?:où|dans\\s+laquelle|dans\\s+lesquelles)\\s+(?:sévit|sévissent|opère|opèrent|règnent|règne)\\s+(?:les\\s+|des\\s+|le\\s+|la\\s+|l['’])?|\\b(?:stronghold|strongholds|bastion|bastions|presence|influence|sphere|fief|fiefs|hideouts?|repaires?)\\s+(?:of|de|du|des|d['’])\\s+(?:the\\s+|l['’]|la\\s+|les\\s+)?|\\b(?:controlled|held|dominated|infested|contrôlée?s?|tenue?s?|dominée?s?|infestée?s?)\\s+(?:by|par)\\s+(?:the\\s+|l['’]|la\\s+|les\\s+|des\\s+)?)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final PrefilteredPattern HELD_AFTER =
      PrefilteredPattern.compile(
          "^(?:-(?:held|controlled|dominated|infested)\\b|\\s+(?:strongholds?|bastions?|hideouts?|enclaves?)\\b)",
          Pattern.CASE_INSENSITIVE);

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
