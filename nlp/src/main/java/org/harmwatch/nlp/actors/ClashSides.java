package org.harmwatch.nlp.actors;

import java.util.regex.Pattern;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * Where a bare group name ("the Tiv", "Dinka") names an armed side: as one of the two sides of a
 * clash ("clashes between the Tiv and Jukun", "Tiv and Jukun youths clashed", "Tiv clashed with
 * Jukun"). Elsewhere such a name tells who someone is ("a Tiv farmer"), not who fought.
 */
final class ClashSides {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String FIGHT =
      "(?:clash|clashed|clashes|clashing|fought|fight|fighting|battled|battle|affrontés|affrontées"
          + "|opposés)";
  private static final String GROUP_NOUN =
      "(?:(?:ethnic\\s+)?(?:communit(?:y|ies)|clans?|tribes?|groups?)|people|peoples|youths?"
          + "|communautés?|ethnies?)";
  private static final PrefilteredPattern FIRST_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:between|entre)\\s+(?:the\\s+|les\\s+|des\\s+)?(?:rival\\s+)?$", FLAGS);
  private static final PrefilteredPattern FIRST_AFTER =
      PrefilteredPattern.compile("^s?\\s+(?:" + GROUP_NOUN + "\\s+)?(?:and|et|&)\\s+\\S", FLAGS);
  private static final PrefilteredPattern SECOND_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:between|entre)\\s+[^,.;:()]{1,60}?\\s+(?:and|et|&)\\s+(?:the\\s+|les\\s+|des\\s+)?$",
          FLAGS);
  private static final PrefilteredPattern JOINED_FIRST_AFTER =
      PrefilteredPattern.compile(
          "^s?\\s+(?:and|et)\\s+(?:the\\s+|les\\s+)?\\S+(?:\\s+\\S+){0,2}?\\s+(?:have\\s+|had\\s+"
              + "|reportedly\\s+|se\\s+sont\\s+)?"
              + FIGHT
              + "\\b",
          FLAGS);
  private static final PrefilteredPattern JOINED_SECOND_BEFORE =
      PrefilteredPattern.compile("\\S\\s+(?:and|et)\\s+(?:the\\s+|les\\s+)?$", FLAGS);
  private static final PrefilteredPattern JOINED_SECOND_AFTER =
      PrefilteredPattern.compile(
          "^s?\\s+(?:"
              + GROUP_NOUN
              + "\\s+)?(?:have\\s+|had\\s+|reportedly\\s+|se\\s+sont\\s+)?"
              + FIGHT
              + "\\b",
          FLAGS);
  private static final PrefilteredPattern WITH_FIRST_AFTER =
      PrefilteredPattern.compile(
          "^s?\\s+(?:"
              + GROUP_NOUN
              + "\\s+)?(?:clashed|fought|battled|clash|fight|battle)\\s+with\\b",
          FLAGS);
  private static final PrefilteredPattern WITH_SECOND_BEFORE =
      PrefilteredPattern.compile(
          "\\b(?:clashed|clashes|clash|fought|battled|fighting|battles?)\\s+with\\s+(?:the\\s+)?$",
          FLAGS);

  private ClashSides() {}

  /** Whether the capitalised name at {@code start..end} of {@code text} is a side of a clash. */
  static boolean isSide(String text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 90), start);
    String after = text.substring(end, Math.min(text.length(), end + 90));
    return FIRST_BEFORE.matcher(before).find() && FIRST_AFTER.matcher(after).find()
        || SECOND_BEFORE.matcher(before).find()
        || JOINED_FIRST_AFTER.matcher(after).find()
        || JOINED_SECOND_BEFORE.matcher(before).find() && JOINED_SECOND_AFTER.matcher(after).find()
        || WITH_FIRST_AFTER.matcher(after).find()
        || WITH_SECOND_BEFORE.matcher(before).find();
  }
}
