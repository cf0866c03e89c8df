package org.harmwatch.web;

import java.util.List;
import java.util.stream.Collectors;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.Location;

/** Plain-text renderings of incident values for dossiers. Stateless and thread-safe. */
final class PlainText {
  private PlainText() {}

  /** "12", "5-7", "at least 13", or "not reported". */
  /**
   * The killed figure reconciled over every source: "56 (24-70 over all sources)", just "12" when
   * the sources agree; the report's own {@code own} figure when none was reconciled.
   */
  static String figure(org.harmwatch.core.corroboration.FigureEstimate e, Count own) {
    if (e == null || e.best() == null) {
      return count(own);
    }
    if (e.low().equals(e.high())) {
      return e.best().toString();
    }
    return e.best() + " (" + e.low() + "-" + e.high() + " over all sources)";
  }

  static String count(Count c) {
    if (c == null || c.min() == null) {
      return "not reported";
    }
    if (c.max() == null) {
      return "at least " + c.min();
    }
    return c.min().equals(c.max()) ? c.min().toString() : c.min() + "-" + c.max();
  }

  /** "Djibo, Sahel, BF" or "place unknown". */
  static String place(Location l) {
    if (l == null) {
      return "place unknown";
    }
    String s =
        java.util.stream.Stream.of(l.name(), l.admin1(), l.countryCode())
            .filter(p -> p != null && !p.isBlank())
            .distinct()
            .collect(Collectors.joining(", "));
    return s.isEmpty() ? "place unknown" : s;
  }

  /** Canonical actor names joined, or "not reported". */
  static String actors(List<Actor> actors) {
    if (actors == null || actors.isEmpty()) {
      return "not reported";
    }
    return actors.stream().map(Actor::name).distinct().collect(Collectors.joining(", "));
  }

  /** "Title - Publisher, 2024-03-29 - URL" with what is known. */
  static String source(Document d) {
    StringBuilder b = new StringBuilder(d.title() == null ? d.id() : d.title());
    if (d.publisher() != null) {
      b.append(" - ").append(d.publisher());
    }
    if (d.published() != null) {
      b.append(", ").append(d.published());
    }
    if (d.url() != null) {
      b.append(" - ").append(d.url());
    }
    return b.toString();
  }
}
