package org.harmwatch.nlp.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.nlp.lang.LanguagePacks;

/**
 * Reads cardinal numbers written as digits or as number words ("13", "twenty-five", "vingt-cinq",
 * "quatre-vingt-dix"); the words come from a choice of language packs ({@code numbers.tsv}: a
 * document language's, or every pack's). Immutable and thread-safe.
 */
public final class NumberWords {
  private static final NumberWords BUNDLED = new NumberWords(LanguagePacks.bundled());

  private final Map<String, Integer> words;

  /** The number words of {@code packs}. */
  public NumberWords(LanguagePacks packs) {
    this.words = load(packs);
  }

  // The number words of every pack's numbers.tsv: the value, a TAB, the word.
  private static Map<String, Integer> load(LanguagePacks packs) {
    Map<String, Integer> words = new HashMap<>();
    packs
        .keyed("numbers.tsv")
        .forEach(
            (value, list) -> {
              int n;
              try {
                n = Integer.parseInt(value.strip());
              } catch (NumberFormatException e) {
                throw new IllegalStateException(
                    "numbers.tsv: key '" + value + "' is not a number", e);
              }
              for (String w : list) {
                words.put(w.strip().toLowerCase(Locale.ROOT), n);
              }
            });
    return Map.copyOf(words);
  }

  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");

  /**
   * The value of {@code word} (digits or a number word of any bundled pack), or null if it is not a
   * number.
   */
  public static Integer parse(String word) {
    return BUNDLED.value(word);
  }

  /** The value of {@code word} (digits or a number word of these packs), or null. */
  public Integer value(String word) {
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
    Integer single = words.get(w);
    if (single != null) {
      return single;
    }
    if (w.indexOf('-') < 0 || !Character.isLetter(w.charAt(0))) {
      return null;
    }
    return compound(w.split("-"));
  }

  // Hyphenated compounds: "twenty-five", "vingt-et-un", "soixante-dix", "quatre-vingt-dix-sept".
  private Integer compound(String[] parts) {
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
      Integer v = words.get(p);
      if (v == null) {
        return null;
      }
      total += v;
    }
    return total > 0 ? total : null;
  }
}
