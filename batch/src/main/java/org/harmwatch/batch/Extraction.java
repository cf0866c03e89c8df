package org.harmwatch.batch;

import org.harmwatch.core.pipeline.Extractor;
import org.harmwatch.geo.GazetteerPlaceResolver;
import org.harmwatch.nlp.RuleBasedExtractor;

/**
 * The extractor of this JVM: built on first use and shared by every task of an executor, so the
 * gazetteer (about 1.5 s and 80 MB) is loaded once per executor, never per partition or document.
 * The same construction as the app's {@code Components}, so batch and {@code extract} agree.
 */
final class Extraction {
  private static volatile Extractor extractor;

  private Extraction() {}

  static Extractor extractor() {
    Extractor e = extractor;
    if (e == null) {
      synchronized (Extraction.class) {
        e = extractor;
        if (e == null) {
          e = new RuleBasedExtractor(GazetteerPlaceResolver.loadDefault());
          extractor = e;
        }
      }
    }
    return e;
  }
}
