package org.harmwatch.web;

import java.util.List;
import java.util.stream.Collectors;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Location;

/**
 * Plain-text renderings of incident values for dossiers, in the words of the given labels.
 * Stateless and thread-safe.
 */
final class PlainText {
  private PlainText() {}

  /**
   * The killed figure reconciled over every source: "56 (24-70 over all sources)", just "12" when
   * the sources agree; the report's own {@code own} figure when none was reconciled.
   */
  static String figure(
      org.harmwatch.core.corroboration.FigureEstimate e, Count own, DossierLabels labels) {
    if (e == null || e.best() == null) {
      return count(own, labels);
    }
    if (e.low().equals(e.high())) {
      return e.best().toString();
    }
    return labels.text("figure.range", e.best(), e.low(), e.high());
  }

  /** "12", "5-7", "at least 13", or "not reported". */
  static String count(Count c, DossierLabels labels) {
    if (c == null || c.min() == null) {
      return labels.text("not.reported");
    }
    if (c.max() == null) {
      return labels.text("count.at.least", c.min());
    }
    return c.min().equals(c.max()) ? c.min().toString() : c.min() + "-" + c.max();
  }

  /** "Djibo, Sahel, BF" or "place unknown". */
  static String place(Location l, DossierLabels labels) {
    if (l == null) {
      return labels.text("place.unknown");
    }
    String s =
        java.util.stream.Stream.of(l.name(), l.admin1(), l.countryCode())
            .filter(p -> p != null && !p.isBlank())
            .distinct()
            .collect(Collectors.joining(", "));
    return s.isEmpty() ? labels.text("place.unknown") : s;
  }

  /** Canonical actor names joined, or "not reported". */
  static String actors(List<Actor> actors, DossierLabels labels) {
    if (actors == null || actors.isEmpty()) {
      return labels.text("not.reported");
    }
    return actors.stream().map(Actor::name).distinct().collect(Collectors.joining(", "));
  }

  /** "Title - Publisher, 29 Mar 2024 - URL" with what is known. */
  static String source(Document d, DossierLabels labels) {
    StringBuilder b = new StringBuilder(d.title() == null ? d.id() : d.title());
    if (d.publisher() != null) {
      b.append(" - ").append(d.publisher());
    }
    if (d.published() != null) {
      b.append(", ").append(labels.date(d.published()));
    }
    if (d.url() != null) {
      b.append(" - ").append(d.url());
    }
    return b.toString();
  }
}
