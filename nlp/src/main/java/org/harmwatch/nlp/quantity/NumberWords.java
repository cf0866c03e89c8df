package org.harmwatch.nlp.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads cardinal numbers written as digits or as English or French words ("13", "twenty-five",
 * "vingt-cinq", "quatre-vingt-dix"). Stateless and thread-safe.
 */
public final class NumberWords {
  private static final Map<String, Integer> WORDS = new HashMap<>();

  static {
    String[] en = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 0; i < en.length; i++) {
      WORDS.put(en[i], i);
    }
    String[] enTens = {
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    for (int i = 0; i < enTens.length; i++) {
      WORDS.put(enTens[i], 20 + 10 * i);
    }
    WORDS.put("hundred", 100);
    String[] fr = {
      "zéro",
      "un",
      "deux",
      "trois",
      "quatre",
      "cinq",
      "six",
      "sept",
      "huit",
      "neuf",
      "dix",
      "onze",
      "douze",
      "treize",
      "quatorze",
      "quinze",
      "seize"
    };
    for (int i = 0; i < fr.length; i++) {
      WORDS.put(fr[i], i);
    }
    WORDS.put("une", 1);
    String[] frTens = {"vingt", "trente", "quarante", "cinquante", "soixante"};
    for (int i = 0; i < frTens.length; i++) {
      WORDS.put(frTens[i], 20 + 10 * i);
    }
    WORDS.put("cent", 100);
  }

  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");

  private NumberWords() {}

  /** The value of {@code word} (digits or a number word), or null if it is not a number. */
  public static Integer parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.isEmpty()) {
      return null;
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length() > 7 ? null : Integer.valueOf(w);
    }
    if (w.indexOf(',') > 0 && GROUPED.matcher(w).matches()) {
      return Integer.valueOf(w.replace(",", ""));
    }
    Integer single = WORDS.get(w);
    if (single != null) {
      return single;
    }
    if (w.indexOf('-') < 0 || !Character.isLetter(w.charAt(0))) {
      return null;
    }
    return compound(w.split("-"));
  }

  // Hyphenated compounds: "twenty-five", "vingt-et-un", "soixante-dix", "quatre-vingt-dix-sept".
  private static Integer compound(String[] parts) {
    int total = 0;
    int i = 0;
    if (parts.length >= 2
        && parts[0].equals("quatre")
        && (parts[1].equals("vingt") || parts[1].equals("vingts"))) {
      total = 80;
      i = 2;
    }
    for (; i < parts.length; i++) {
      String p = parts[i];
      if (p.equals("et") || p.isEmpty()) {
        continue;
      }
      Integer v = WORDS.get(p);
      if (v == null) {
        return null;
      }
      total += v;
    }
    return total > 0 ? total : null;
  }
}
