package org.harmwatch.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.nlp.actors.ActorDictionary;

/**
 * The rule- and dictionary-based incident extractor for English and French reports. Extraction
 * (finding triggers, figures, dates, place and actor phrases with offsets in each sentence) is kept
 * apart from resolution (the {@link PlaceResolver} for places, the actor dictionary for actors,
 * date arithmetic against the publication date); the stages are laid out in {@link
 * ExtractionPipeline}. Immutable and thread-safe: one instance serves all callers; every pattern
 * and dictionary is loaded once in the constructor.
 */
public final class RuleBasedExtractor implements Extractor {
  /** The version of these rules, recorded in every incident's provenance. */
  public static final String VERSION = "rules-0.3.0";

  private static final Set<String> FRENCH_STOP =
      Set.of(
          "le", "la", "les", "des", "du", "une", "est", "et", "dans", "qui", "au", "aux", "ont",
          "été", "selon", "pour", "sur");
  private static final Set<String> ENGLISH_STOP =
      Set.of(
          "the", "of", "and", "to", "in", "was", "were", "that", "on", "by", "with", "for", "have",
          "has", "said");

  private final ActorDictionary actors;
  private final ExtractionPipeline pipeline;

  /**
   * An extractor that resolves places with {@code places} and actors with the bundled dictionary.
   */
  public RuleBasedExtractor(PlaceResolver places) {
    this(places, ActorDictionary.load());
  }

  /** An extractor with another actor dictionary. */
  public RuleBasedExtractor(PlaceResolver places, ActorDictionary actors) {
    if (places == null) {
      throw new IllegalArgumentException("places is null");
    }
    if (actors == null) {
      throw new IllegalArgumentException("actors is null");
    }
    this.actors = actors;
    this.pipeline = new ExtractionPipeline(places, actors, CountryProfiles.bundled(), VERSION);
  }

  @Override
  public String version() {
    return VERSION;
  }

  /** The version of the actor dictionary in use. */
  public String actorsVersion() {
    return actors.version();
  }

  /** The language of {@code document}: its declared one, else "fr" or "en" by stop-word count. */
  public static String language(Document document) {
    if (document.language() != null && !document.language().isBlank()) {
      return document.language().toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    }
    int fr = 0;
    int en = 0;
    String text = document.text();
    int limit = Math.min(text.length(), 4000);
    for (String w : text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (FRENCH_STOP.contains(w)) {
        fr++;
      } else if (ENGLISH_STOP.contains(w)) {
        en++;
      }
    }
    return fr > en ? "fr" : "en";
  }

  @Override
  public List<Incident> extract(Document document) {
    if (document == null) {
      throw new IllegalArgumentException("document is null");
    }
    return pipeline.extract(document, actors.version());
  }
}
