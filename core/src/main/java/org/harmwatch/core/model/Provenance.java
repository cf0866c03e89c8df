package org.harmwatch.core.model;

/**
 * How an incident was produced: the versions of the extractor, the gazetteer and the actor
 * dictionary, so that a record can be traced and re-run.
 */
public record Provenance(String extractorVersion, String gazetteerVersion, String actorsVersion) {
  /** An incident typed or corrected by hand. */
  public static final Provenance MANUAL = new Provenance("manual", null, null);
}
