package org.harmwatch.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefilteredPatternTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @ParameterizedTest(name = "{0} requires {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // alternatives of words: each one
        "\\b(?:Human Rights Watch|HRW)\\b; human rights watch|hrw",
        // optional endings stay in the exact set, classes expand
        "\\b(?:tués?|abattue?s?)\\b; abattu|abattue|abattues|abattus|tué|tués",
        "\\bd[ée]cembre\\b; decembre|décembre",
        // the most selective part of a sequence: the word after a number
        "\\b(\\d{1,2})\\s+(?:miles|kilom[eè]tres?)\\b; kilometre|kilometres|kilomètre|kilomètres|miles",
        // the literal run after an optional group
        "\\b(?:(?:in|en)\\s+)?(?:early\\s+)?janvier\\b; janvier",
        // a repeated word is still required once
        "(?:abc)+x; abc",
        // lookarounds require nothing
        "(?<!\\p{L})foo(?=bar); foo",
        // quoted text is literal
        "\\Qa.b?c\\E; a.b?c",
        // inline case-insensitive groups
        "(?iu:\\bSTORMED\\b); stormed",
        // a short string of digits or signs is selective: a coder's "27/01" needs its slash
        "(?<=\\bon\\s)(\\d{1,2})/(\\d{1,2})\\b; /",
        // a number or a word
        "\\b(?:\\d+|dozens)\\b; 0|1|2|3|4|5|6|7|8|9|dozens",
        // a longer string beats the digits
        "\\b(\\d{1,2})\\s+(?:miles|kms)\\b; miles|kms",
        // an anchor in one alternative leaves the other to be found anywhere
        "^abcdef|ghijkl; abcdef|ghijkl",
      })
  void findsTheRequiredStrings(String regex, String expected) {
    assertThat(PrefilteredPattern.compile(regex).required())
        .containsExactlyInAnyOrderElementsOf(List.of(expected.split("\\|")));
  }

  @ParameterizedTest(name = "{0} is not filtered")
  @CsvSource(
      delimiter = ';',
      value = {
        // an alternative that can be empty or anything
        "\\b(?:attack|\\w+)\\b",
        "\\b(?:attack|)\\b",
        // required strings too short to be worth a scan
        "\\b(?:in|at|on)\\s+\\p{Lu}\\w+",
        "\\b(?:\\d+|an?)\\s+\\w+",
        "(?:, |: )\\w+",
        // constructs the analysis does not read: backreferences, hex escapes, comments
        "(a+)b\\1",
        "\\x41bcdef",
        "(?x) abc def",
        // negated classes and optional-only content
        "[^abc]+",
        "(?:killed)?",
        // anchored at the start: tried at that one place, cheaper than a scan of the text
        "^\\W*(?:Caption|Légende)\\s*:",
        "^(?:said|told)\\s+(?:reporters|journalists)",
        "^[|(]\\s*Source\\s*:",
      })
  void leavesUnfiltered(String regex) {
    assertThat(PrefilteredPattern.compile(regex).required()).isEmpty();
  }

  @Test
  void digitsAreRequiredOnlyWhereTheyAreAscii() {
    assertThat(PrefilteredPattern.compile("\\b\\d+\\b").required()).hasSize(10);
    assertThat(PrefilteredPattern.compile("\\b\\d+\\b", Pattern.UNICODE_CHARACTER_CLASS).required())
        .isEmpty();
    PrefilteredPattern p = PrefilteredPattern.compile("\\b(\\d{1,2})/(\\d{1,2})\\b");
    assertThat(p.mayMatch("Gunmen attacked the village on 27 January.")).isFalse();
    assertThat(p.matcher("Gunmen attacked the village on 27/01.").find()).isTrue();
  }

  @Test
  void aSequenceRequiresEachOfItsParts() {
    PrefilteredPattern p =
        PrefilteredPattern.compile("\\b(\\d{1,2})\\s+(?:janvier|mars)\\s+(?:19|20)\\d\\d\\b", CI);
    // the month, "19" or "20", a digit, and a digit that ends a word (shown without its mark)
    assertThat(p.requiredEach()).hasSize(4);
    assertThat(p.requiredEach().get(0)).contains("janvier", "mars");
    assertThat(p.requiredEach()).anySatisfy(set -> assertThat(set).hasSize(10).contains("7"));
    assertThat(p.mayMatch("Le 3 avril, en Mars, des hommes armés ont tué deux bergers.")).isFalse();
    assertThat(p.mayMatch("En mars, des hommes armés ont tué deux bergers.")).isFalse();
    assertThat(p.mayMatch("Le 3 mars 2021, des hommes armés ont tué deux bergers.")).isTrue();
    // An alternation needs only one of its branches.
    PrefilteredPattern q = PrefilteredPattern.compile("\\b(?:\\d+ killed|killing \\d+)\\b", CI);
    assertThat(q.requiredEach()).hasSize(1);
    assertThat(q.mayMatch("Gunmen were killing 12 civilians.")).isTrue();
  }

  @Test
  void whatALookaheadReadsMustBeInTheText() {
    PrefilteredPattern p =
        PrefilteredPattern.compile(
            "\\b(?iu:the|an?)\\s+(\\p{Lu}\\w+)(?=\\s+(?iu:market|village)\\b)", CI);
    assertThat(p.required()).isEmpty();
    assertThat(p.requiredEach()).containsExactly(Set.of("market", "village"));
    assertThat(p.mayMatch("Gunmen burned the Kuda market at dawn.")).isTrue();
    assertThat(p.matcher("Gunmen burned the Kuda market at dawn.").find()).isTrue();
    assertThat(p.mayMatch("Gunmen burned the Kuda stalls at dawn.")).isFalse();
    // A negative lookahead, or an optional one, requires nothing.
    assertThat(PrefilteredPattern.compile("\\bthe\\s+\\w+(?!\\s+market)", CI).requiredEach())
        .noneSatisfy(set -> assertThat(set).contains("market"));
    assertThat(
            PrefilteredPattern.compile("\\bthe\\s+\\w+(?:\\s+x(?=\\s+market))?", CI).requiredEach())
        .noneSatisfy(set -> assertThat(set).contains("market"));
  }

  /** Strings inside and overlapping other strings are all found in one pass (failure links). */
  @Test
  void oneScanFindsOverlappingAndNestedStrings() {
    int he = LiteralIndex.register(Set.of("he"));
    int she = LiteralIndex.register(Set.of("she"));
    int hers = LiteralIndex.register(Set.of("hers"));
    int his = LiteralIndex.register(Set.of("his"));
    assertThat(LiteralIndex.mayMatch("USHERS", he)).isTrue();
    assertThat(LiteralIndex.mayMatch("USHERS", she)).isTrue();
    assertThat(LiteralIndex.mayMatch("USHERS", hers)).isTrue();
    assertThat(LiteralIndex.mayMatch("USHERS", his)).isFalse();
    assertThat(LiteralIndex.mayMatch("usher", hers)).isFalse();
    assertThat(LiteralIndex.mayMatch("shis", his)).isTrue();
    assertThat(LiteralIndex.mayMatch("shis", she)).isFalse();
  }

  @Test
  void rejectsOnlyTextsWithoutARequiredString() {
    PrefilteredPattern p =
        PrefilteredPattern.compile("\\b(?:drone strikes?|frappes? de drones?)\\b", CI);
    assertThat(p.mayMatch("Gunmen attacked the village of Sabane on Sunday.")).isFalse();
    assertThat(p.matcher("Gunmen attacked the village of Sabane on Sunday.").find()).isFalse();
    assertThat(p.mayMatch("Une FRAPPE DE DRONE a touché le marché.")).isTrue();
    Matcher m = p.matcher("Une FRAPPE DE DRONE a touché le marché.");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("FRAPPE DE DRONE");
    // A text with characters outside Latin is always run.
    assertThat(p.mayMatch("Удар беспилотника")).isTrue();
  }

  @Test
  void aRejectedTextKeepsItsTextForReplacement() {
    PrefilteredPattern p = PrefilteredPattern.compile("\\bkilled\\b", CI);
    assertThat(p.matcher("no match here").replaceAll("X")).isEqualTo("no match here");
  }

  /**
   * Random texts built from the patterns' own pieces, in random case: the prefilter never rejects a
   * text the pattern matches, and rejects most texts that do not match.
   */
  @Test
  void neverRejectsAMatchingText() {
    List<PrefilteredPattern> patterns =
        List.of(
            PrefilteredPattern.compile(
                "\\b(?:suicide[\\s-]bomb(?:ing|er)?s?|attentats?[\\s-]suicides?|kamikazes?)\\b",
                CI),
            PrefilteredPattern.compile("\\b(\\d{1,2})\\s+(janvier|f[ée]vrier|mars)\\b", CI),
            PrefilteredPattern.compile("\\b(?:Radio|Studio) \\p{Lu}[\\p{L}'’-]+"),
            PrefilteredPattern.compile(
                "\\b(?:l['’]arm[ée]e|the army)(?:\\s+\\S+){0,2}?\\s+(?:a|has)\\s+(?:tué|killed)\\b",
                CI));
    String[] pieces = {
      "suicide",
      " ",
      "-",
      "bomb",
      "ing",
      "er",
      "s",
      "attentat",
      "kamikaze",
      "12",
      "3 ",
      "janvier",
      "fevrier",
      "février",
      "FÉVRIER",
      "mars",
      "radio",
      "Radio",
      "Studio",
      "Kledu",
      "l'",
      "l’",
      "armée",
      "armee",
      "the",
      "army",
      "has",
      "a",
      "tué",
      "killed",
      "x",
      ".",
      "İ",
      "ſ"
    };
    Random random = new Random(7);
    int matched = 0;
    int rejectedNonMatching = 0;
    int nonMatching = 0;
    for (int n = 0; n < 40_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(8);
      for (int k = 0; k < parts; k++) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(random.nextBoolean() ? piece : piece.toUpperCase());
        if (random.nextInt(3) == 0) {
          text.append(' ');
        }
      }
      for (PrefilteredPattern p : patterns) {
        boolean matches = p.pattern().matcher(text).find();
        if (matches) {
          matched++;
          assertThat(p.mayMatch(text)).as("%s on %s", p, text).isTrue();
        } else {
          nonMatching++;
          if (!p.mayMatch(text)) {
            rejectedNonMatching++;
          }
        }
      }
    }
    assertThat(matched).isGreaterThan(1000);
    assertThat(rejectedNonMatching).isGreaterThan(nonMatching / 3);
  }

  @Test
  void aChangedTextIsScannedAgain() {
    PrefilteredPattern p = PrefilteredPattern.compile("\\bkilled\\b", CI);
    StringBuilder text = new StringBuilder("Nobody was hurt");
    assertThat(p.mayMatch(text)).isFalse();
    text.append(", but two herders were KILLED later");
    assertThat(p.mayMatch(text)).isTrue();
    // Strings are remembered per thread; a different string gets its own scan.
    assertThat(p.mayMatch("Nobody was hurt")).isFalse();
    assertThat(p.mayMatch("Two were killed")).isTrue();
  }

  @Test
  void patternsWithTheSameStringsShareOneEntry() {
    int first = LiteralIndex.register(Set.of("gendarmerie", "gendarmes"));
    int again = LiteralIndex.register(Set.of("gendarmes", "gendarmerie"));
    int other = LiteralIndex.register(Set.of("gendarmerie"));
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(LiteralIndex.mayMatch("les gendarmes sont arrivés", first)).isTrue();
    assertThat(LiteralIndex.mayMatch("les gendarmes sont arrivés", other)).isFalse();
  }

  @Test
  void theCheckModeCatchesAWrongPrefilter() {
    // The build sets the property so that every extraction in the tests checks the prefilters.
    assertThat(Boolean.getBoolean(PrefilteredPattern.VERIFY_PROPERTY)).isTrue();
    PrefilteredPattern wrong = PrefilteredPattern.of(Pattern.compile("killed"), Set.of("slain"));
    assertThatThrownBy(() -> wrong.matcher("two were killed"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("slain")
        .hasMessageContaining("two were killed");
    assertThat(wrong.matcher("nobody was hurt").find()).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a month abbreviation is looked for as a whole word, not inside others
        "\\b(\\d{1,2})\\s+(?:mar|dec)\\b; fighting near the market on 3 decks; false",
        "\\b(\\d{1,2})\\s+(?:mar|dec)\\b; 3 summary of 3 Omari; false",
        "\\b(\\d{1,2})\\s+(?:mar|dec)\\b; on 3 mar; true",
        "\\b(\\d{1,2})\\s+(?:mar|dec)\\b; (3 Dec); true",
        "\\b(?:mar|dec)\\.; in Dec. 2023; true",
        // at the very start of the text, and after a sign
        "\\bmar\\b; mar 3; true",
        "\\bmar\\b; 3-mar; true",
        // a word start inside a phrase: the space before it counts, not the word before
        "\\bnear\\s+\\bdec\\b; near  dec; true",
        "\\bnear\\s+\\bdec\\b; near undec; false",
        // no word start where a word character does not follow the \\b
        "\\b,\\s+mar; x, mar; true",
        "dec\\b; undec; true",
        "mar\\b; Omar; true",
        "\\bmar\\b; Omar; false",
      })
  void wordStartsAreCheckedByThePrefilter(String regex, String text, boolean may) {
    PrefilteredPattern p = PrefilteredPattern.compile(regex, CI);
    assertThat(p.mayMatch(text)).isEqualTo(may);
    assertThat(p.mayMatch(text)).isEqualTo(may || p.pattern().matcher(text).find());
    assertThat(p.pattern().matcher(text).find()).isEqualTo(may);
  }

  @Test
  void requiredStringsAreSortedAndFolded() {
    Set<String> required = PrefilteredPattern.compile("\\b(?:MINUSMA|Reuters|ACLED)\\b").required();
    assertThat(new ArrayList<>(required)).containsExactly("acled", "minusma", "reuters");
  }
}
