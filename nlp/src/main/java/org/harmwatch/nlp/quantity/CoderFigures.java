package org.harmwatch.nlp.quantity;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Count;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.quantity.CasualtyMention.Note;

/**
 * The fatalities a coder's note states for the event it codes: "unknown fatalities coded as 10",
 * "(coded as 7 fatalities total)", "[13 fatalities recorded]", "coded: 3", "Fatalities: 7 soldiers,
 * 2 gunmen" (every side's dead, added), a share per day or place ("four fatalities per day"), and
 * tolls divided between events ("19 fatalities split between 3 events": each event {6, 7};
 * "Fatalities divided between three events": the incident's toll divided by three). The words of
 * the notes are the language packs' {@code coder-notes.tsv}. Stateless.
 */
public final class CoderFigures {
  private static final String NUM = "(\\d{1,5}|[a-zA-Zéè-]+)";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // The words of the notes (coder-notes.tsv), from every bundled pack for every document, as when
  // they were written here.
  private static final Map<String, List<String>> WORDS =
      LanguagePacks.bundled().keyed("coder-notes.tsv");
  private static final Pattern CODED =
      Pattern.compile(
          "\\b"
              + words("CODED")
              + words("CODED_AS")
              + "\\s*"
              + NUM
              + "(?:\\s+"
              + words("FATALITIES")
              + ")?(?:\\s+"
              + words("TOTAL")
              + ")?\\s*(?=[).,;\\]]|$)",
          CI);
  private static final Pattern RECORDED =
      Pattern.compile(
          "\\b(\\d{1,5})\\s+"
              + words("FATALITY_NOUN")
              + "\\s+"
              + words("RECORDED_AUX")
              + "?"
              + words("RECORDED_VERB")
              + "\\b(?!\\s+"
              + words("SPREAD")
              + "\\b)",
          CI);
  private static final Pattern SPLIT =
      Pattern.compile(
          "\\b(?:(\\d{1,5})\\s+)?"
              + words("TOLL_NOUN")
              + "\\s+"
              + words("SPLIT_AUX")
              + "?"
              + words("SPLIT_VERB")
              + "\\s+"
              + words("EVENLY")
              + "?"
              + words("AMONG")
              + "\\s+"
              + words("ARTICLE")
              + "?(?:"
              + NUM
              + "\\s+)?"
              + words("SEPARATE")
              + "?"
              + words("UNITS")
              + "\\b",
          CI);

  // "(four fatalities per day)": the coder's share of a toll told over several days or places.
  private static final Pattern PER =
      Pattern.compile(
          "\\b"
              + NUM
              + "\\s+"
              + words("FATALITY_NOUN")
              + "\\s+"
              + words("PER")
              + "\\s+"
              + words("PER_UNIT")
              + "\\b",
          CI);

  // "Fatalities: 7 soldiers, 2 gunmen": the coder's toll of every side, listed after a colon.
  private static final Pattern LISTED =
      Pattern.compile(
          "\\b"
              + words("LISTED_LABEL")
              + "\\s*:\\s*((?:\\d{1,5}\\s+[^,;.\\d]+?(?:,\\s*|\\s+"
              + words("AND")
              + "\\s+|$|(?=[.;])))+)",
          CI);
  private static final Pattern LISTED_FIGURE = Pattern.compile("(\\d{1,5})\\s+\\p{L}");

  private CoderFigures() {}

  // The entries of one key as a non-capturing group; a key no pack has matches nothing.
  private static String words(String key) {
    return "(?:" + LanguagePacks.anyOf(WORDS, key) + ")";
  }

  /** The coder's figure of {@code sentence}, or null when it states none. */
  static CasualtyMention find(String sentence, CasualtyWords words) {
    Matcher m = CODED.matcher(sentence);
    if (m.find()) {
      Integer n = words.number(m.group(1));
      if (n != null && n > 0) {
        return mention(new Count(n, n, m.group()), m, Note.CODED, 0);
      }
    }
    m = RECORDED.matcher(sentence);
    if (m.find()) {
      int n = Integer.parseInt(m.group(1));
      return n > 0 ? mention(new Count(n, n, m.group()), m, Note.CODED, 0) : null;
    }
    m = PER.matcher(sentence);
    if (m.find()) {
      Integer n = words.number(m.group(1));
      if (n != null && n > 0) {
        return mention(new Count(n, n, m.group()), m, Note.CODED, 0);
      }
    }
    m = LISTED.matcher(sentence);
    if (m.find()) {
      int total = 0;
      Matcher f = LISTED_FIGURE.matcher(m.group(1));
      while (f.find()) {
        total += Integer.parseInt(f.group(1));
      }
      return total > 0 ? mention(new Count(total, total, m.group()), m, Note.CODED, 0) : null;
    }
    m = SPLIT.matcher(sentence);
    if (m.find()) {
      Integer events = m.group(2) == null ? Integer.valueOf(0) : words.number(m.group(2));
      if (events == null || events == 1) {
        return null;
      }
      if (m.group(1) == null) {
        return mention(null, m, Note.SPLIT, events);
      }
      int total = Integer.parseInt(m.group(1));
      return mention(divide(new Count(total, total, m.group()), events), m, Note.CODED, 0);
    }
    return null;
  }

  /**
   * {@code toll} divided between {@code events}: each gets the lower or upper share ({19, 19} over
   * 3 → {6, 7}); over an unknown number of events, from one to the whole toll.
   */
  public static Count divide(Count toll, int events) {
    if (toll == null || toll.min() == null) {
      return toll;
    }
    if (events <= 0) {
      return new Count(
          Math.min(1, toll.min()), toll.max() == null ? null : toll.max(), toll.text());
    }
    int low = toll.min() / events;
    Integer high = toll.max() == null ? null : Integer.valueOf((toll.max() + events - 1) / events);
    return new Count(low, high, toll.text());
  }

  private static CasualtyMention mention(Count c, Matcher m, Note note, int divisor) {
    return new CasualtyMention(
        CasualtyKind.KILLED, c, m.start(), m.end(), null, null, null, note, divisor);
  }
}
