package org.harmwatch.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.model.Location;
import org.harmwatch.geo.Gazetteer.Entry;

/**
 * The towns a document names, for its {@link org.harmwatch.core.geo.PlaceContext}: the division
 * seats and large places among its capitalised words, the capitals that tell its country, and the
 * qualifiers it writes in brackets after a name ("Petaka (Douentza, Mopti)"). Part of {@link
 * DocumentContextScanner}'s work; immutable and thread-safe.
 */
final class DocumentTowns {
  private static final String NAME =
      "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ -]\\p{Lu}[\\p{L}\\p{M}'’-]+){0,3}";
  // "Petaka (Douentza, Mopti)", "Katamanso (Greater Accra)": names in brackets after a name, on
  // the same line ("Killings in Koumbri" above a "(Nairobi)" dateline is no qualifier).
  private static final Pattern BRACKETED =
      Pattern.compile(
          "("
              + NAME
              + ")[ \\t]*\\([ \\t]*("
              + NAME
              + "(?:[ \\t]*,[ \\t]*"
              + NAME
              + "){0,3})[ \\t]*\\)");
  // A town the document names: a division seat or a place of 10,000+ people.
  private static final int TOWN_POPULATION = 10_000;
  // Capitals only: a first-level seat's one word may be part of a longer name ("Fada" of "Fada
  // N'Gourma" is also Chad's Fada).
  private static final int MAJOR_TOWN_RANK = 6;

  private final Gazetteer gazetteer;
  // The countries with a profile (Africa).
  private final Set<String> region;

  DocumentTowns(Gazetteer gazetteer, Set<String> region) {
    this.gazetteer = gazetteer;
    this.region = region;
  }

  // The countries of the capitals of the region that the document names,
  // in order, each word naming exactly one such town.
  List<String> majorTownCountries(Map<String, String> capitalised) {
    List<String> out = new ArrayList<>();
    for (String key : capitalised.keySet()) {
      if (key.length() < 4
          || CommonWords.NEVER.contains(key)
          || CommonWords.ONLY_AS_LOCAL_NAME.contains(key)) {
        continue;
      }
      List<Entry> found =
          gazetteer.lookup(key).stream()
              .filter(
                  e ->
                      e.isPopulatedPlace()
                          && region.contains(e.countryCode())
                          && Disambiguator.rank(e) >= MAJOR_TOWN_RANK)
              .toList();
      if (found.size() == 1) {
        out.add(found.get(0).countryCode());
      }
    }
    return out;
  }

  /** "Petaka (Douentza, Mopti)": folded name to the bracketed qualifier, first one written. */
  static Map<String, String> qualifiers(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      out.putIfAbsent(Gazetteer.normalize(m.group(1)), m.group(2).replaceAll("\\s+", " "));
    }
    return out;
  }

  /**
   * The towns among a document's {@code capitalised} words (normalised key to the word as first
   * written) in {@code countries} (any when empty): words that name exactly one division seat or
   * large place there ("dans la zone de Ouahigouya").
   */
  List<Location> named(Map<String, String> capitalised, List<String> countries) {
    List<Location> towns = new ArrayList<>();
    for (Map.Entry<String, String> w : capitalised.entrySet()) {
      String key = w.getKey();
      if (key.length() < 3 || CommonWords.NEVER.contains(key)) {
        continue;
      }
      List<Entry> found =
          gazetteer.lookup(key).stream()
              .filter(
                  e ->
                      e.isPopulatedPlace()
                          && e.lat() != null
                          && (countries.isEmpty() || countries.contains(e.countryCode()))
                          && (Disambiguator.rank(e) >= 3 || e.population() >= TOWN_POPULATION))
              .toList();
      if (found.size() == 1) {
        towns.add(Resolution.of(found.get(0)).toLocation(w.getValue()));
      }
    }
    return List.copyOf(towns);
  }
}
