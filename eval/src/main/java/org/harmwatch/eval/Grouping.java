package org.harmwatch.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.model.Incident;

/**
 * How {@code eval --by} splits a gold set into groups of documents, each scored on its own: by the
 * gold's country (the most frequent {@code country_code} of the document's gold incidents, the
 * first on a tie, "none" without one), by the document's language ("unknown" without one) or by
 * source (the document id up to its first '-': acled, hrw, sfm, dev...).
 *
 * <p>Immutable and thread-safe.
 */
public enum Grouping {
  COUNTRY,
  LANGUAGE,
  SOURCE;

  /** The lower-case name used on the command line. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The grouping named {@code code}, ignoring case; throws naming the bad value. */
  public static Grouping fromCode(String code) {
    for (Grouping g : values()) {
      if (g.code().equalsIgnoreCase(code.trim())) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "unknown grouping '" + code + "'; use country, language or source");
  }

  /** The group of {@code doc}, whose document has language {@code language} (may be null). */
  public String key(GoldDocument doc, String language) {
    return switch (this) {
      case COUNTRY -> country(doc);
      case LANGUAGE ->
          language == null || language.isBlank() ? "unknown" : language.toLowerCase(Locale.ROOT);
      case SOURCE -> {
        int dash = doc.docId().indexOf('-');
        yield dash > 0 ? doc.docId().substring(0, dash) : doc.docId();
      }
    };
  }

  private static String country(GoldDocument doc) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Incident i : doc.incidents()) {
      if (i.location() != null
          && i.location().countryCode() != null
          && !i.location().countryCode().isBlank()) {
        counts.merge(i.location().countryCode().trim().toUpperCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    String best = "none";
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
