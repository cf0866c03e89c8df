package org.harmwatch.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * The extractors of watched sources with a country hint: for each hinted country, one built on
 * first use and kept, whose place resolver puts that country first among the focus countries (so a
 * village name that several countries bear is read as the hinted country's when the document names
 * no country), over the one gazetteer already loaded. A hint only breaks ties: a document that
 * names its country is read by that country, and one that names no place gets no country. A code
 * that is no country with a profile gets the ordinary extractor. Thread-safe.
 */
final class HintedExtractors {
  private static final Logger LOG = LoggerFactory.getLogger(HintedExtractors.class);

  private final Supplier<GazetteerPlaceResolver> places;
  private final Supplier<ActorDictionary> actors;
  private final Supplier<Extractor> plain;
  private final Supplier<FocusCountries> focus;
  private final CountryProfiles profiles;
  private final Map<String, Extractor> byCountry = new ConcurrentHashMap<>();

  HintedExtractors(
      Supplier<GazetteerPlaceResolver> places,
      Supplier<ActorDictionary> actors,
      Supplier<Extractor> plain,
      Supplier<FocusCountries> focus,
      CountryProfiles profiles) {
    this.places = places;
    this.actors = actors;
    this.plain = plain;
    this.focus = focus;
    this.profiles = profiles;
  }

  /** The extractor for documents of a source hinted to {@code country} (an ISO code). */
  Extractor forCountry(String country) {
    if (country == null || profiles.get(country).isEmpty()) {
      return plain.get();
    }
    return byCountry.computeIfAbsent(
        country,
        cc -> {
          FocusCountries f = focus.get().first(cc);
          LOG.info("extractor for sources hinted to {} built (focus: {})", cc, f);
          return new RuleBasedExtractor(places.get().withFocus(f), actors.get());
        });
  }
}
