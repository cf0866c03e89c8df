package org.harmwatch.nlp;

import java.util.List;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.text.LanguageGuesser;
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

  private static final LanguageGuesser LANGUAGES = new LanguageGuesser();

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

  /**
   * The language of {@code document}: its declared one, else the system's {@link LanguageGuesser}
   * guess, else English.
   */
  public static String language(Document document) {
    return LANGUAGES.languageOf(document.language(), document.text(), "en");
  }

  @Override
  public List<Incident> extract(Document document) {
    if (document == null) {
      throw new IllegalArgumentException("document is null");
    }
    return pipeline.extract(document, actors.version());
  }
}
