package org.harmwatch.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmwatch.core.geo.PlaceContext;
import org.harmwatch.core.geo.PlaceMention;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;

/** A small in-memory place resolver for tests, standing in for the gazetteer. Thread-safe. */
final class FakePlaces implements PlaceResolver {
  private record Place(
      String name, String cc, String admin1, LocationPrecision precision, Double lat, Double lon) {}

  private static final Map<String, Place> PLACES = new HashMap<>();
  private static final Map<String, String> COUNTRY_WORDS = new LinkedHashMap<>();

  private static void put(
      String name, String cc, String admin1, LocationPrecision p, Double lat, Double lon) {
    PLACES.put(norm(name), new Place(name, cc, admin1, p, lat, lon));
  }

  static {
    put("Mali", "ML", null, LocationPrecision.COUNTRY, null, null);
    put("Burkina Faso", "BF", null, LocationPrecision.COUNTRY, null, null);
    put("Burkina", "BF", null, LocationPrecision.COUNTRY, null, null);
    put("Niger", "NE", null, LocationPrecision.COUNTRY, null, null);
    put("Ségou", "ML", "Ségou", LocationPrecision.ADMIN1, null, null);
    put("Mopti", "ML", "Mopti", LocationPrecision.PLACE, 14.49, -4.2);
    put("Tillabéri", "NE", "Tillabéri", LocationPrecision.PLACE, 14.21, 1.45);
    put("Bankass", "ML", "Mopti", LocationPrecision.PLACE, 14.07, -3.52);
    put("Douentza", "ML", "Mopti", LocationPrecision.PLACE, 15.0, -2.95);
    put("Djibo", "BF", "Sahel", LocationPrecision.PLACE, 14.1, -1.63);
    put("Ouagadougou", "BF", "Centre", LocationPrecision.PLACE, 12.37, -1.53);
    put("Kaya", "BF", "Centre-Nord", LocationPrecision.PLACE, 13.09, -1.08);
    put("Gao", "ML", "Gao", LocationPrecision.PLACE, 16.27, -0.04);
    put("Niono", "ML", "Ségou", LocationPrecision.PLACE, 14.25, -5.99);
    put("Ouahigouya", "BF", "Nord", LocationPrecision.PLACE, 13.58, -2.42);
    put("Genève", "CH", null, LocationPrecision.PLACE, 46.2, 6.15);
    COUNTRY_WORDS.put("ML", "\\b(?:Mali|Malian|malien(?:ne)?s?)\\b");
    COUNTRY_WORDS.put("BF", "\\b(?:Burkina|Burkinab[eéè]s?)\\b");
    COUNTRY_WORDS.put("NE", "\\b(?:Niger|Nigerien|nigérien(?:ne)?s?)\\b");
  }

  private static final String DIR =
      "(?:central|northern|southern|eastern|western|north-eastern|north-western|nord|sud|est|ouest|centre)";
  private static final Pattern QUALIFIED =
      Pattern.compile("^.*?['’]s\\s+(.+?\\s+(?:region|province))$", Pattern.CASE_INSENSITIVE);
  private static final Pattern REGION =
      Pattern.compile(
          "^(?:the\\s+)?(?:"
              + DIR
              + "\\s+(mali|burkina faso|burkina|niger)|(?:le\\s+|dans\\s+le\\s+)?"
              + DIR
              + "\\s+(?:du|de\\s+la)\\s+(mali|burkina faso|burkina|niger))$");
  private static final Pattern DIVISION =
      Pattern.compile(
          "^(?:the\\s+)?(?:(.+?)\\s+region|r[ée]gion\\s+(?:de|du)\\s+(.+))$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DISTANCE =
      Pattern.compile("^\\d+\\s*(?:km|kilom\\S+)\\s+(?:\\w+\\s+)?(?:from|de|d['’])\\s*(.+)$");

  @Override
  public String version() {
    return "fake-1";
  }

  @Override
  public boolean isKnownName(String name) {
    return PLACES.containsKey(norm(name));
  }

  @Override
  public PlaceContext contextOf(String documentText) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map.Entry<String, String> e : COUNTRY_WORDS.entrySet()) {
      Matcher m = Pattern.compile(e.getValue()).matcher(documentText);
      while (m.find()) {
        counts.merge(e.getKey(), 1, Integer::sum);
      }
    }
    List<String> codes = new ArrayList<>(counts.keySet());
    codes.sort((a, b) -> counts.get(b) - counts.get(a));
    return new PlaceContext(codes);
  }

  @Override
  public Optional<Location> resolve(PlaceMention mention, PlaceContext context) {
    String text = mention.text().trim();
    Matcher q = QUALIFIED.matcher(text);
    if (q.matches()) {
      return resolve(new PlaceMention(q.group(1), mention.start(), mention.end()), context)
          .map(
              l ->
                  new Location(
                      l.name(),
                      l.countryCode(),
                      l.admin1(),
                      null,
                      null,
                      null,
                      l.precision(),
                      null,
                      text));
    }
    String n = norm(text);
    Matcher r = REGION.matcher(n);
    if (r.matches()) {
      String country = r.group(1) != null ? r.group(1) : r.group(2);
      Place p = PLACES.get(country);
      return Optional.of(
          new Location(text, p.cc(), null, null, null, null, LocationPrecision.REGION, null, text));
    }
    Matcher d = DIVISION.matcher(text);
    if (d.matches()) {
      String head = d.group(1) != null ? d.group(1) : d.group(2);
      Place p = PLACES.get(norm(head));
      if (p == null || p.admin1() == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Location(
              text, p.cc(), p.admin1(), null, null, null, LocationPrecision.ADMIN1, null, text));
    }
    Matcher km = DISTANCE.matcher(text);
    if (km.matches()) {
      return resolve(new PlaceMention(km.group(1), mention.start(), mention.end()), context);
    }
    Place p = PLACES.get(n);
    if (p == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Location(
            p.name(), p.cc(), p.admin1(), null, p.lat(), p.lon(), p.precision(), null, text));
  }

  static String norm(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toLowerCase(Locale.ROOT).trim();
  }
}
