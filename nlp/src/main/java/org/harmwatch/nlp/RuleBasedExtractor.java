package org.harmwatch.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.geo.PlaceResolver;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.pipeline.Cancellation;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.core.text.LanguageGuesser;
import org.harmwatch.nlp.actors.ActorDictionary;
import org.harmwatch.nlp.lang.LanguagePacks;

/**
 * The rule- and dictionary-based incident extractor for reports in the languages of its language
 * packs (English and French bundled). Each document is read with the pack of its language, declared
 * or guessed by the system's {@link LanguageGuesser} ({@link LanguagePacks#forLanguage}: that
 * language's vocabularies and the fallbacks its pack names), or with every pack when its language
 * is unknown or has no pack. Extraction (finding triggers, figures, dates, place and actor phrases
 * with offsets in each sentence) is kept apart from resolution (the {@link PlaceResolver} for
 * places, the actor dictionary for actors, date arithmetic against the publication date); the
 * stages are laid out in {@link ExtractionPipeline}, one per choice of packs. Thread-safe: one
 * instance serves all callers; the dictionaries are loaded once in the constructor, a language's
 * patterns when its first document comes.
 */
public final class RuleBasedExtractor implements Extractor {
  /** The version of these rules, recorded in every incident's provenance. */
  public static final String VERSION = "rules-0.3.0";

  private static final LanguageGuesser LANGUAGES = new LanguageGuesser();

  private final PlaceResolver places;
  private final ActorDictionary actors;
  private final CountryProfiles countries;
  private final LanguagePacks packs;
  private final Map<LanguagePacks, ExtractionPipeline> pipelines = new ConcurrentHashMap<>();

  /**
   * An extractor that resolves places with {@code places} and actors with the bundled dictionary.
   */
  public RuleBasedExtractor(PlaceResolver places) {
    this(places, ActorDictionary.load());
  }

  /** An extractor with another actor dictionary. */
  public RuleBasedExtractor(PlaceResolver places, ActorDictionary actors) {
    this(places, actors, LanguagePacks.bundled());
  }

  /** An extractor with other language packs (those of another class path). */
  public RuleBasedExtractor(PlaceResolver places, ActorDictionary actors, LanguagePacks packs) {
    if (places == null) {
      throw new IllegalArgumentException("places is null");
    }
    if (actors == null) {
      throw new IllegalArgumentException("actors is null");
    }
    if (packs == null) {
      throw new IllegalArgumentException("packs is null");
    }
    this.places = places;
    this.actors = actors;
    this.countries = CountryProfiles.bundled();
    this.packs = packs;
    // The union pipeline is built now so that the common case pays no first-document delay.
    pipeline(packs);
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

  /**
   * The language packs {@code document} is read with: its language's (declared, else guessed) or,
   * when its language is unknown or has no pack, every pack.
   */
  public LanguagePacks packsOf(Document document) {
    return packs.forLanguage(LANGUAGES.languageOf(document.language(), document.text(), null));
  }

  @Override
  public List<Incident> extract(Document document) {
    return extract(document, Cancellation.none());
  }

  /** As {@link #extract(Document)}, polling {@code cancellation} before each sentence. */
  @Override
  public List<Incident> extract(Document document, Cancellation cancellation) {
    if (document == null) {
      throw new IllegalArgumentException("document is null");
    }
    return pipeline(packsOf(document)).extract(document, actors.version(), cancellation);
  }

  private ExtractionPipeline pipeline(LanguagePacks chosen) {
    return pipelines.computeIfAbsent(
        chosen, p -> new ExtractionPipeline(places, actors, countries, VERSION, p));
  }
}
