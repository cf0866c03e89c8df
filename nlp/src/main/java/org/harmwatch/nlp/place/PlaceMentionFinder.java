package org.harmwatch.nlp.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.nlp.lang.LanguagePacks;
import org.harmwatch.nlp.text.PrefilteredPattern;

/**
 * Finds phrases that say where something happened, with offsets, without resolving them: parts of
 * countries ("central Mali", "nord du Burkina"), divisions ("Segou region", "région de Mopti",
 * "cercle de Bankass", "province du Soum"), distances ("30 km from Djibo") and names after a
 * locative preposition that the gazetteer knows ("in Douentza", "à Djibo"). The most specific
 * phrase is passed whole ("central Mali's Segou region"); qualifiers are for the resolver.
 * Thread-safe.
 */
public final class PlaceMentionFinder {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // Capitalised words, with the small words of Portuguese, Spanish and Arabic names between them
  // ("Mocimboa da Praia", "Bir el Ater"); the gazetteer later trims what it does not know.
  private static final String NAME =
      "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ -](?:(?:da|do|dos|das|del|el|al|es)\\s)?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*))*";
  private static final String DIRECTION =
      "(?:far[\\s-]+)?(?:north|south|east|west|northern|southern|eastern|western|central"
          + "|(?:north|south)[\\s-]?(?:east|west)(?:ern)?)";
  // "une quinzaine de kilomètres": French approximate numbers.
  private static final String ABOUT_FR =
      "une?\\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\\s+de";
  private static final String COUNTRY =
      "(?:Mali|Burkina Faso|Burkina|Niger|Chad|Mauritania|Nigeria|Benin|Togo)";

  private static final List<PrefilteredPattern> PATTERNS =
      List.of(
          // "central Mali's Segou region", "central Mali", "the north of Niger"
          PrefilteredPattern.compile(
              "\\b"
                  + DIRECTION
                  + "\\s+"
                  + COUNTRY
                  + "(?:['’]s\\s+"
                  + NAME
                  + "\\s+(?:region|province|circle|cercle|district))?",
              CI),
          PrefilteredPattern.compile(
              "\\bthe\\s+(?:north|south|east|west|centre|center)\\s+of\\s+" + COUNTRY, CI),
          PrefilteredPattern.compile(
              "\\b(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\\s+(?:du|de\\s+la|de\\s+l['’])\\s*"
                  + COUNTRY),
          // divisions: "the Mopti region", "région de Ségou", "cercle de Bankass", "province du
          // Soum", "territoire de Walungu" (DR Congo's second level)
          PrefilteredPattern.compile(
              "\\b"
                  + NAME
                  + "\\s+(?:[Rr]egion|[Pp]rovince|[Cc]ircle|[Dd]istrict|[Cc]ommune|[Dd]epartment|[Ss]tate"
                  + "|[Cc]ounty|LGA|[Mm]unicipality|[Pp]refecture|[Ss]ub-?[Cc]ounty|[Ss]ub-?[Dd]ivision"
                  + "|[Dd]ivision|[Ww]oreda|[Zz]one)\\b"),
          PrefilteredPattern.compile(
              "\\b(?:[Rr][ée]gion|[Cc]ercle|[Pp]rovince|[Cc]ommune|[Dd][ée]partement|[Rr]egion|[Cc]ircle|[Ll]['’][ÉéEe]tat|[Tt]erritoire|[Cc]hefferie)\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’]|of\\s+)"
                  + NAME),
          // distances: "30 km from Djibo", "à 30 km de Djibo"
          PrefilteredPattern.compile(
              "(?iu:\\b\\d+|\\b"
                  + ABOUT_FR
                  + "|\\b(?:a\\s+few|a\\s+dozen|several|a\\s+couple\\s+of))(?iu:\\s*(?:km|kilom[eè]tres?|kilometers?|kilometres?|miles)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:from|of|de|d['’])\\s*)"
                  + NAME));

  // "the Meme market", "the Pibor-Gumuruk road": a name before a word of a place or a
  // site; not "the X area", which news use for background ("in the Ansongo area, armed
  // groups have been fighting")
  // "a Jos mosque", "an Azare market": a site of the town named by the article's noun.
  private static final PrefilteredPattern SITE =
      PrefilteredPattern.compile(
          "\\b(?iu:the|an?)\\s+("
              + NAME
              + ")(?=\\s+(?iu:locality|localities|markets?|forest|axis|road|town|village"
              + "|camp|settlement|neighbou?rhood|hills?|valley|IDP\\s+camp|refugee\\s+(?:camp|settlement)|cattle\\s+camp"
              + "|mosques?|churche?s?|hotel|bus\\s+(?:stop|station|park)|motor\\s+park"
              + "|gendarmerie|police\\s+station|hospital|university|mosque|church|school|prison"
              + "|airport|barracks|military\\s+base|checkpoint|bridge|junction|suburbs?|outskirts)\\b)");

  // "in the Douentza area", "near Bankass area": a name given only as the area of an event. Kept
  // apart from the phrases above, because news also use it for background ("in the Ansongo area,
  // armed groups have been fighting for years"): it places an incident that names no other place.
  private static final PrefilteredPattern AREA =
      PrefilteredPattern.compile(
          "(?:\\b(?iu:in|near|around|at|across|throughout|within|of)\\s+(?iu:the\\s+)?|\\b(?iu:the)\\s+)("
              + NAME
              + ")\\s+(?iu:area)\\b");

  // ", Mokolo" after a place name, not followed by another item of a list; or "(Mokolo" opening
  // brackets of divisions; also after a word of a site ("Zzyqa village, Mokolo", "Zzyqa
  // neighbourhood (Mokolo)").
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?:\\s+(?:village|town|area|district|neighbou?rhood|quarter|suburb|locality|camp|market"
              + "|sub-?county|county|ward|quartier|secteur|localité))?"
              + "(?:\\s*,\\s*((?>"
              + NAME
              + "))(?!\\s*,\\s*\\p{Lu}|\\s+(?:and|et|or|ou)\\s+\\p{Lu})"
              + "|\\s*\\(\\s*((?>"
              + NAME
              + "))(?=\\s*[,;)]))");

  private final PlaceResolver places;
  private final LocativePhrases locatives;

  /**
   * A finder that tests candidate names with {@code places}, with the place prepositions of every
   * bundled pack.
   */
  public PlaceMentionFinder(PlaceResolver places) {
    this(places, LanguagePacks.bundled());
  }

  /**
   * A finder that tests candidate names with {@code places}, with the place prepositions of {@code
   * packs} ({@value LocativePhrases#FILE}).
   *
   * @throws IllegalStateException when no pack of {@code packs} has that file
   */
  public PlaceMentionFinder(PlaceResolver places, LanguagePacks packs) {
    if (places == null) {
      throw new IllegalArgumentException("places is null");
    }
    if (packs == null) {
      throw new IllegalArgumentException("packs is null");
    }
    this.places = places;
    this.locatives = new LocativePhrases(packs, NAME);
  }

  /**
   * The place phrases of {@code sentence}, in order; {@code offset} is the sentence's start in the
   * document, so that mention offsets point into the document text.
   */
  public List<PlaceMention> find(String sentence, int offset) {
    List<PlaceMention> out = new ArrayList<>();
    for (PrefilteredPattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(sentence);
      while (m.find()) {
        addSpan(out, m.group(), m.start(), offset);
      }
    }
    for (LocativePhrases.Found f = locatives.next(sentence, 0);
        f != null;
        f = locatives.next(sentence, f.nameEnd())) {
      addName(out, sentence, f.nameStart(), f.nameEnd(), offset);
    }
    Matcher m = SITE.matcher(sentence);
    while (m.find()) {
      addName(out, sentence, m.start(1), m.end(1), offset);
    }
    out.sort(Comparator.comparingInt(PlaceMention::start));
    return out;
  }

  // The name at [s, nameEnd) of `sentence`, where a phrase says a place follows: its part the
  // gazetteer knows, and the known town or division that qualifies it.
  private void addName(List<PlaceMention> out, String sentence, int s, int nameEnd, int offset) {
    if (locatives.peopleAfter(sentence, nameEnd)) {
      return;
    }
    String text = sentence.substring(s, nameEnd);
    String head = knownPrefix(text);
    PlaceMention after = qualifierAfter(sentence, nameEnd, offset);
    if (after != null
        && head == null
        && out.stream().noneMatch(p -> p.start() < after.end() && after.start() < p.end())) {
      // "in Zzyqa, Mokolo": a village the gazetteer does not know, in a town it does; in
      // "Zzyqa (Mokolo, ...)" the bracket's first name alone.
      boolean bracketed = sentence.substring(nameEnd, after.start() - offset).contains("(");
      out.add(
          bracketed
              ? after
              : new PlaceMention(
                  sentence.substring(s, after.end() - offset), offset + s, after.end()));
      return;
    }
    if (after != null
        && out.stream().noneMatch(p -> p.start() < after.end() && after.start() < p.end())) {
      out.add(after);
    }
    if (head != null) {
      addSpan(out, head, s, offset);
    }
  }

  // `text` at `s` of the sentence, unless it overlaps a phrase found before.
  private static void addSpan(List<PlaceMention> out, String text, int s, int offset) {
    int e = s + text.length();
    if (out.stream().anyMatch(p -> p.start() - offset < e && s < p.end() - offset)) {
      return;
    }
    out.add(new PlaceMention(text, offset + s, offset + e));
  }

  /**
   * The names {@code sentence} gives only as the area of an event ("in the Douentza area"), that
   * the gazetteer knows and that none of {@code found} (the sentence's place phrases) covers.
   */
  public List<PlaceMention> areas(String sentence, int offset, List<PlaceMention> found) {
    List<PlaceMention> out = new ArrayList<>();
    Matcher m = AREA.matcher(sentence);
    while (m.find()) {
      String name = m.group(1).replaceFirst("['’]s$", "");
      int s = offset + m.start(1);
      int e = s + name.length();
      if (places.isKnownName(name) && found.stream().noneMatch(p -> p.start() < e && s < p.end())) {
        out.add(new PlaceMention(name, s, e));
      }
    }
    return out;
  }

  // "in Malia, Waza": the known name written after a comma that follows a place name, the town or
  // division that qualifies it; not an item of a list ("in Gao, Kidal and Menaka").
  private PlaceMention qualifierAfter(String sentence, int end, int offset) {
    Matcher q = QUALIFIER.matcher(sentence).region(end, sentence.length());
    if (!q.lookingAt()) {
      return null;
    }
    int g = q.group(1) != null ? 1 : 2;
    String name = knownPrefix(q.group(g));
    if (name == null || name.length() < q.group(g).length()) {
      return null;
    }
    return new PlaceMention(name, offset + q.start(g), offset + q.start(g) + name.length());
  }

  // "Djibo Monday" → "Djibo": the longest run of leading words the gazetteer knows; "Kerawa-Mafa"
  // that it does not know → "Kerawa", the part before the hyphen.
  private String knownPrefix(String name) {
    // "Bamenda's outskirts": the name without its possessive ending.
    String[] words = name.replaceFirst("['’]s$", "").split(" ");
    for (int n = words.length; n >= 1; n--) {
      String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (places.isKnownName(candidate)) {
        return candidate;
      }
    }
    int hyphen = words[0].indexOf('-');
    if (hyphen >= 3) {
      String head = words[0].substring(0, hyphen);
      if (places.isKnownName(head)) {
        return head;
      }
    }
    return null;
  }
}
