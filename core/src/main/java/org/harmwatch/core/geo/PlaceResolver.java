package org.harmwatch.core.geo;

import java.util.Optional;
import org.harmwatch.core.model.Location;

/**
 * Turns place phrases into locations with a gazetteer: the resolution step that follows extraction
 * (as in CLAVIN). Implementations are thread-safe and immutable once loaded.
 */
public interface PlaceResolver {
  /** The gazetteer version that goes into every incident's provenance. */
  String version();

  /**
   * Whether {@code name} (e.g. "Douentza", "Ségou", "Burkina Faso") is a known place, division or
   * country name, ignoring case and accents. Lets the extractor test candidate names cheaply.
   */
  boolean isKnownName(String name);

  /** The countries that {@code documentText} names (by name or demonym), most-mentioned first. */
  PlaceContext contextOf(String documentText);

  /**
   * Resolves {@code mention}; empty when nothing in the gazetteer fits. Never guesses: a phrase
   * like "a village in central Mali" resolves to the region, not to some village.
   */
  Optional<Location> resolve(PlaceMention mention, PlaceContext context);

  /**
   * The widest place a whole document's {@code context} tells, for an incident whose own sentences
   * name no place that resolves: the one first-level division the document names in its country
   * (precision {@code admin1}; the division's seat, at precision {@code place}, when the seat bears
   * the division's name, as coders place "a Mombasa suburb"), else its country (precision {@code
   * country}); empty when the document names no country of the region.
   */
  default Optional<Location> documentLocation(PlaceContext context) {
    return Optional.empty();
  }
}
