package org.harmwatch.app;

import java.util.function.Supplier;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.geo.FocusCountries;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction side of the wiring: the gazetteer-backed place resolver, the actor dictionary, the
 * extractor over them and the extractors of country-hinted sources, each built once on first use,
 * with the focus countries in force when the gazetteer loads. Thread-safe.
 */
final class ExtractionParts {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractionParts.class);

  private final Supplier<FocusCountries> focus;
  private GazetteerPlaceResolver places;
  private Extractor extractor;
  private HintedExtractors hinted;
  private ActorDictionary actorDictionary;

  /** Parts whose place resolvers take {@code focus} as it is when each is built. */
  ExtractionParts(Supplier<FocusCountries> focus) {
    this.focus = focus;
  }

  /** The gazetteer-backed place resolver (loaded on first use). */
  synchronized GazetteerPlaceResolver places() {
    if (places == null) {
      long t0 = System.nanoTime();
      FocusCountries f = focus.get();
      places = GazetteerPlaceResolver.loadDefault(f);
      LOG.info(
          "gazetteer {} loaded in {} ms (focus: {})",
          places.version(),
          (System.nanoTime() - t0) / 1_000_000,
          f);
    }
    return places;
  }

  /** The incident extractor. */
  synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = new RuleBasedExtractor(places(), actorDictionary());
    }
    return extractor;
  }

  /** The extractor for documents of a source hinted to {@code country} (an ISO code). */
  Extractor forCountry(String country) {
    return hinted().forCountry(country);
  }

  // The extractors of watched sources with a country hint, sharing the gazetteer and dictionary.
  private synchronized HintedExtractors hinted() {
    if (hinted == null) {
      places();
      hinted =
          new HintedExtractors(
              this::places,
              this::actorDictionary,
              this::extractor,
              focus,
              CountryProfiles.bundled());
    }
    return hinted;
  }

  /**
   * One copy of the dictionary serves the extractor and the actor suggestions (loaded lazily,
   * perhaps on a request thread).
   */
  synchronized ActorDictionary actorDictionary() {
    if (actorDictionary == null) {
      actorDictionary = ActorDictionary.load();
    }
    return actorDictionary;
  }
}
