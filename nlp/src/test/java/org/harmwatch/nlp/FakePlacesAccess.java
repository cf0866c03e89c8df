package org.harmwatch.nlp;

import org.harmwatch.core.geo.PlaceResolver;

/** Gives tests in sub-packages the fake resolver. */
public final class FakePlacesAccess {
  private FakePlacesAccess() {}

  /** A fresh fake resolver. */
  public static PlaceResolver places() {
    return new FakePlaces();
  }
}
