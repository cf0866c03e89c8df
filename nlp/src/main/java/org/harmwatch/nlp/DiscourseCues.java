package org.harmwatch.nlp;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * The phrases that tie a sentence to incidents told before it, shared by segmentation and the actor
 * and attribution resolvers: blame, claims, and references back to one incident or to all. Their
 * words are the language packs' {@code discourse-cues.tsv}.
 */
final class DiscourseCues {
  // The words of the cues (discourse-cues.tsv), from every bundled pack for every document, as when
  // they were written here.
  private static final Map<String, List<String>> WORDS =
      LanguagePacks.bundled().keyed("discourse-cues.tsv");
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  static final PrefilteredPattern BLAME =
      PrefilteredPattern.compile("\\b(?:" + words("BLAME") + ")\\b", CI);
  static final PrefilteredPattern CLAIM =
      PrefilteredPattern.compile("\\b(?:" + words("CLAIM") + ")\\b", CI);
  static final PrefilteredPattern BACK_TO_ONE =
      PrefilteredPattern.compile(
          "\\b(?:" + words("ONE_DETERMINER") + ")\\s*(?:" + words("ONE_NOUN") + ")\\b", CI);
  static final PrefilteredPattern BACK_TO_ALL =
      PrefilteredPattern.compile(
          "\\b(?:" + words("ALL_DETERMINER") + ")\\s+(?:" + words("ALL_NOUN") + ")\\b", CI);

  private DiscourseCues() {}

  private static String words(String key) {
    return LanguagePacks.anyOf(WORDS, key);
  }
}
