package org.harmwatch.nlp.time;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.DatePrecision;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.nlp.lang.LanguagePacks;

/**
 * The date words of a choice of language packs ({@code date-phrases.tsv}) other than month and
 * weekday names: relative dates ("yesterday", "la semaine dernière", "the next day"), the words
 * that call a day approximate ("around 4 May", "4 May (date uncertain)"), and the words that join
 * and introduce days, ranges and nights ("between", "au", "dans la nuit du"). Each key's entries
 * are regular-expression alternatives without capturing groups, joined in pack order; a key no pack
 * has matches nothing. Immutable and thread-safe.
 */
public final class DatePhrases {
  /** The vocabulary file, in each pack's folder. */
  public static final String FILE = "date-phrases.tsv";

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // An opening bracket that is neither escaped nor followed by "?": a capturing group, which would
  // shift the numbers of the date rules' groups.
  private static final Pattern CAPTURING = Pattern.compile("(?<!\\\\)\\((?!\\?)");

  private static volatile DatePhrases bundled;

  private final Map<String, List<String>> entries;
  private final Pattern approxBefore;
  private final Pattern approxAfter;
  private final Pattern monthOnly;

  /** The date phrases of {@code packs}; fails naming the entry that holds a capturing group. */
  public DatePhrases(LanguagePacks packs) {
    this.entries = Map.copyOf(packs.keyed(FILE));
    entries.forEach(
        (key, list) ->
            list.forEach(
                e -> {
                  if (CAPTURING.matcher(e).find()) {
                    throw new IllegalStateException(
                        FILE + ": " + key + " entry '" + e + "' has a capturing group");
                  }
                }));
    // Words before a date said to be approximate, ending right where the date starts.
    this.approxBefore =
        Pattern.compile(
            "\\b" + group("APPROX_BEFORE") + "\\s+(?:" + join("APPROX_ARTICLE") + ")?$", CI);
    // Words after it: "(or around)", "(week of)", "(exact date not reported)", "date uncertain".
    this.approxAfter = Pattern.compile("^\\s*[(,]?\\s*" + group("APPROX_AFTER"), CI);
    this.monthOnly = Pattern.compile("^\\s*" + group("MONTH_ONLY"), CI);
  }

  /** The phrases of every bundled pack (what every document reads), read once. */
  public static DatePhrases bundled() {
    DatePhrases b = bundled;
    if (b == null) {
      synchronized (DatePhrases.class) {
        b = bundled;
        if (b == null) {
          b = new DatePhrases(LanguagePacks.bundled());
          bundled = b;
        }
      }
    }
    return b;
  }

  /** The entries of {@code key} as one non-capturing group: {@code (?:a|b)}. */
  String group(String key) {
    return "(?:" + join(key) + ")";
  }

  /** The entries of {@code key} as an alternation, {@code a|b}; a key without entries: nothing. */
  String join(String key) {
    return LanguagePacks.anyOf(entries, key);
  }

  /** The entries of {@code key} as a whole-word alternation: {@code \b(?:a|b)\b}. */
  String words(String key) {
    return LanguagePacks.alternation(entries.getOrDefault(key, List.of()));
  }

  /** Negative look-behinds, one for each entry of {@code key} followed by a space. */
  String notAfter(String key) {
    StringBuilder out = new StringBuilder();
    for (String e : entries.getOrDefault(key, List.of())) {
      out.append("(?<!").append(e).append(" )");
    }
    return out.toString();
  }

  /**
   * {@code d} as the words around it in {@code sentence} tell it: a single day called approximate
   * ("around 4 May", "4 May (week of)") becomes the week around it, one whose coder knows the month
   * only ("15 August 2019 (month of)") its month, and the phrase takes in those words; any other
   * date is returned as it is.
   */
  DateMention approximate(String sentence, DateMention d) {
    IncidentDate date = d.date();
    if (date == null || date.precision() != DatePrecision.DAY || !date.start().equals(date.end())) {
      return d;
    }
    int start = d.start();
    int end = d.end();
    Matcher month =
        monthOnly.matcher(sentence.substring(end, Math.min(sentence.length(), end + 20)));
    if (month.find()) {
      String text = sentence.substring(start, end + month.group().length());
      return new DateMention(
          start,
          end + month.group().length(),
          text,
          DateArithmetic.month(date.start().getMonthValue(), date.start().getYear(), null, text),
          null);
    }
    Matcher before = approxBefore.matcher(sentence.substring(Math.max(0, start - 40), start));
    Matcher after =
        approxAfter.matcher(sentence.substring(end, Math.min(sentence.length(), end + 60)));
    if (before.find()) {
      start -= before.group().length();
    } else if (after.find()) {
      end += after.group().length();
    } else {
      return d;
    }
    String text = sentence.substring(start, end);
    return new DateMention(start, end, text, DateArithmetic.around(date.start(), text), null);
  }
}
