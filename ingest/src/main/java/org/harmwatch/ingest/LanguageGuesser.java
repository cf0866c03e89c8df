package org.harmwatch.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap English/French guess by counting frequent function words. Good enough to pick the
 * extraction rules for press texts; returns null when neither language clearly dominates.
 * Thread-safe.
 */
public final class LanguageGuesser {
  private static final Set<String> EN =
      Set.of(
          "the", "and", "of", "to", "in", "was", "were", "by", "that", "with", "on", "said", "at",
          "from", "have", "has", "which", "their", "killed");
  private static final Set<String> FR =
      Set.of(
          "le", "la", "les", "des", "et", "du", "une", "est", "dans", "sur", "par", "pour", "qui",
          "ont", "été", "selon", "au", "aux", "tués");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** "en", "fr" or null when the text gives no clear signal. */
  public String guess(String text) {
    int en = 0;
    int fr = 0;
    Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (EN.contains(w)) {
        en++;
      }
      if (FR.contains(w)) {
        fr++;
      }
    }
    if (en + fr < 3) {
      return null;
    }
    if (en >= 2 * fr) {
      return "en";
    }
    if (fr >= 2 * en) {
      return "fr";
    }
    return null;
  }
}
