package org.harmwatch.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.harmwatch.core.geo.CountryProfiles;
import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.geo.FocusCountries;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;

/**
 * The extractors of this JVM, one per focus setting: built on first use and shared by every task of
 * an executor, so the gazetteer (about 1.5 s and 80 MB) is loaded once per executor, never per
 * partition or document. The same construction as the app's {@code Components} (with {@code
 * --focus}), so batch and {@code extract} agree.
 */
final class Extraction {
  private static final Map<FocusCountries, Extractor> EXTRACTORS = new ConcurrentHashMap<>();

  private Extraction() {}

  /**
   * The extractor whose place resolver looks in {@code focus} (a setting such as "ML,BF") first.
   */
  static Extractor extractor(String focus) {
    return EXTRACTORS.computeIfAbsent(
        focus(focus), f -> new RuleBasedExtractor(GazetteerPlaceResolver.loadDefault(f)));
  }

  /** Parses a focus setting; throws {@link IllegalArgumentException} naming a bad code. */
  static FocusCountries focus(String setting) {
    return FocusCountries.parse(setting, CountryProfiles.bundled());
  }
}
