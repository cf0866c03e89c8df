package org.harmwatch.core.text;

import java.util.List;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.SourceReport;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Casualties;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Document;
import org.harmwatch.core.model.DocumentRef;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.IncidentDate;
import org.harmwatch.core.model.Location;

/**
 * Records as a reader who may not see withheld strings sees them: every text an incident, a
 * document or a corroboration carries (evidence, quoted words, names, titles) passed through a
 * {@link WithheldMask}. Offsets are kept: they point into the unmasked text. Stateless.
 */
public final class Withheld {
  private Withheld() {}

  /** {@code i} with every text masked by {@code mask}; {@code i} itself when the mask is empty. */
  public static Incident incident(Incident i, WithheldMask mask) {
    if (i == null || mask.isEmpty()) {
      return i;
    }
    DocumentRef d = i.document();
    Casualties c = i.casualties();
    return new Incident(
        i.id(),
        d == null ? null : new DocumentRef(d.id(), mask.mask(d.title()), d.published()),
        i.eventType(),
        i.subEventType(),
        date(i.date(), mask),
        location(i.location(), mask),
        actors(i.perpetrators(), mask),
        actors(i.targets(), mask),
        c == null
            ? null
            : new Casualties(
                count(c.killed(), mask),
                count(c.injured(), mask),
                count(c.detained(), mask),
                count(c.missing(), mask),
                count(c.civiliansKilled(), mask),
                c.childrenKilled(),
                c.womenKilled()),
        strings(i.weapons(), mask),
        strings(i.reportedBy(), mask),
        i.evidence().stream()
            .map(e -> new Evidence(e.start(), e.end(), mask.mask(e.text()), e.fields()))
            .toList(),
        i.confidence(),
        i.provenance());
  }

  /**
   * {@code i} as a reader who may not read its document sees it: the coded fields (type, date,
   * place, actors, figures) without the evidence, the quoted words, the named sources or the
   * document's title.
   */
  public static Incident withoutQuotes(Incident i) {
    if (i == null) {
      return null;
    }
    DocumentRef d = i.document();
    Casualties c = i.casualties();
    IncidentDate date = i.date();
    Location l = i.location();
    return new Incident(
        i.id(),
        d == null ? null : new DocumentRef(d.id(), null, d.published()),
        i.eventType(),
        i.subEventType(),
        date == null ? null : new IncidentDate(date.start(), date.end(), date.precision(), null),
        l == null
            ? null
            : new Location(
                l.name(),
                l.countryCode(),
                l.admin1(),
                l.admin2(),
                l.lat(),
                l.lon(),
                l.precision(),
                l.geonamesId(),
                null),
        i.perpetrators().stream().map(a -> new Actor(a.name(), a.type(), null)).toList(),
        i.targets().stream().map(a -> new Actor(a.name(), a.type(), null)).toList(),
        c == null
            ? null
            : new Casualties(
                bare(c.killed()),
                bare(c.injured()),
                bare(c.detained()),
                bare(c.missing()),
                bare(c.civiliansKilled()),
                c.childrenKilled(),
                c.womenKilled()),
        i.weapons(),
        List.of(),
        List.of(),
        i.confidence(),
        i.provenance());
  }

  /** {@code c} without the quoted date and place of the reports from {@code hidden} documents. */
  public static Corroborated withoutQuotesOf(Corroborated c, java.util.Set<String> hidden) {
    if (c == null || hidden.isEmpty()) {
      return c;
    }
    List<SourceReport> sources =
        c.sources().stream()
            .map(
                s ->
                    !hidden.contains(s.documentId())
                        ? s
                        : new SourceReport(
                            s.sourceId(),
                            s.documentId(),
                            s.published(),
                            bare(s.killed()),
                            bare(s.injured()),
                            bare(s.detained()),
                            null,
                            null,
                            s.reprintKey(),
                            s.reason(),
                            s.score()))
            .toList();
    return c.withSources(sources);
  }

  private static Count bare(Count c) {
    return c == null ? null : new Count(c.min(), c.max(), null);
  }

  /**
   * {@code d} with its title and text masked; its original is dropped (it cannot be masked), so the
   * result must never be served as the original.
   */
  public static Document document(Document d, WithheldMask mask) {
    if (d == null || mask.isEmpty()) {
      return d;
    }
    return new Document(
        d.id(),
        d.sha256(),
        mask.mask(d.title()),
        d.url(),
        d.publisher(),
        d.published(),
        d.language(),
        mask.mask(d.text()),
        d.contentType(),
        new byte[0],
        d.capturedAt());
  }

  /** {@code c} with the quoted date and place of each report masked. */
  public static Corroborated corroborated(Corroborated c, WithheldMask mask) {
    if (c == null || mask.isEmpty()) {
      return c;
    }
    List<SourceReport> sources =
        c.sources().stream()
            .map(
                s ->
                    new SourceReport(
                        s.sourceId(),
                        s.documentId(),
                        s.published(),
                        count(s.killed(), mask),
                        count(s.injured(), mask),
                        count(s.detained(), mask),
                        mask.mask(s.dateText()),
                        mask.mask(s.placeText()),
                        s.reprintKey(),
                        s.reason(),
                        s.score()))
            .toList();
    return c.withSources(sources);
  }

  private static IncidentDate date(IncidentDate d, WithheldMask mask) {
    return d == null
        ? null
        : new IncidentDate(d.start(), d.end(), d.precision(), mask.mask(d.text()));
  }

  private static Location location(Location l, WithheldMask mask) {
    return l == null
        ? null
        : new Location(
            mask.mask(l.name()),
            l.countryCode(),
            mask.mask(l.admin1()),
            mask.mask(l.admin2()),
            l.lat(),
            l.lon(),
            l.precision(),
            l.geonamesId(),
            mask.mask(l.text()));
  }

  private static List<Actor> actors(List<Actor> actors, WithheldMask mask) {
    return actors.stream()
        .map(a -> new Actor(mask.mask(a.name()), a.type(), mask.mask(a.text())))
        .toList();
  }

  private static Count count(Count c, WithheldMask mask) {
    return c == null ? null : new Count(c.min(), c.max(), mask.mask(c.text()));
  }

  private static List<String> strings(List<String> values, WithheldMask mask) {
    return values.stream().map(mask::mask).toList();
  }
}
