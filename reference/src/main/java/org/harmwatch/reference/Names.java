package org.harmwatch.reference;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The normalising of names and their words, for comparing ours with theirs. */
final class Names {
  private Names() {}

  static boolean sharesHalf(Set<String> wa, Set<String> wb) {
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    int common = 0;
    for (String w : wa) {
      if (wb.contains(w)) {
        common++;
      }
    }
    return common * 2 >= Math.max(wa.size(), wb.size());
  }

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  // The words of an already normalised name.
  static Set<String> words(String normalised) {
    Set<String> out = new HashSet<>();
    for (String w : NON_WORD.split(normalised)) {
      if (w.length() > 2 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Set<String> STOP = Set.of("the", "and", "for", "of", "des", "les", "du");

  static String norm(String s) {
    String d =
        Normalizer.isNormalized(s, Normalizer.Form.NFD) && s.chars().allMatch(c -> c < 0x300)
            ? s
            : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return d.toLowerCase(Locale.ROOT).strip();
  }
}
