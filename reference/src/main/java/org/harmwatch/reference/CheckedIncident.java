package org.harmwatch.reference;

import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;
import org.harmwatch.core.model.LocationPrecision;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.export.ExportRecord;

/**
 * What the cross-check compares of one incident of ours: dates, place, type, actor names and the
 * reconciled killed figures (low, best, high). Unknown values are null.
 */
public record CheckedIncident(
    String id,
    LocalDate start,
    LocalDate end,
    String countryCode,
    String admin1,
    String admin2,
    String place,
    Double lat,
    Double lon,
    boolean precisePlace,
    EventType eventType,
    SubEventType subEventType,
    List<String> perpetrators,
    List<String> targets,
    Integer low,
    Integer best,
    Integer high) {

  /** The incident of an export record, with its reconciled figures. */
  public static CheckedIncident of(ExportRecord r) {
    Incident i = r.incident();
    Location l = i.location();
    FigureEstimate k = r.killed();
    Integer best = k.best() != null ? k.best() : k.low() != null ? k.low() : k.high();
    return new CheckedIncident(
        i.id(),
        i.date() == null ? null : i.date().start(),
        i.date() == null ? null : i.date().end(),
        l == null ? null : l.countryCode(),
        l == null ? null : l.admin1(),
        l == null ? null : l.admin2(),
        l == null ? null : l.name(),
        l == null || !l.hasCoordinates() ? null : l.lat(),
        l == null || !l.hasCoordinates() ? null : l.lon(),
        l != null && l.precision() == LocationPrecision.PLACE,
        i.eventType(),
        i.subEventType(),
        i.perpetrators().stream().map(Actor::name).toList(),
        i.targets().stream().map(Actor::name).toList(),
        k.low(),
        best,
        k.high());
  }

  /** "YYYY-MM" of the start date, or "unknown". */
  public String month() {
    return start == null ? "unknown" : start.toString().substring(0, 7);
  }
}
