package org.harmwatch.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.harmwatch.core.corroboration.Corroborated;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Evidence;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * Writes incidents as harmwatch's own flat analysis table: one row per incident with our codes, ISO
 * dates, the reconciled figures (low, best, high), review status and grade, the number of sources
 * and the evidence sentences. Lists in a cell are joined by "; ", evidence sentences by " | ". See
 * {@link CsvOutput} for quoting and formula escaping.
 */
public final class FlatCsvWriter implements IncidentWriter {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "event_type",
          "sub_event_type",
          "date_start",
          "date_end",
          "date_precision",
          "date_text",
          "country_code",
          "country",
          "admin1",
          "admin2",
          "location",
          "latitude",
          "longitude",
          "location_precision",
          "perpetrators",
          "perpetrator_types",
          "targets",
          "target_types",
          "killed_low",
          "killed_best",
          "killed_high",
          "injured_low",
          "injured_best",
          "injured_high",
          "detained_low",
          "detained_best",
          "detained_high",
          "missing_min",
          "missing_max",
          "children_killed",
          "women_killed",
          "weapons",
          "reported_by",
          "status",
          "grade",
          "sources",
          "independent_sources",
          "first_reported",
          "last_reported",
          "document_id",
          "document_title",
          "document_published",
          "confidence",
          "evidence");

  private final Writer writer;
  private final CsvOutput csv;
  private final CountryCodes countries = CountryCodes.bundled();

  public FlatCsvWriter(Writer writer) {
    this.writer = writer;
    this.csv = new CsvOutput(writer);
  }

  @Override
  public void begin(long total) throws IOException {
    csv.header(COLUMNS);
  }

  @Override
  public void write(ExportRecord r) throws IOException {
    Incident i = r.incident();
    Location l = i.location();
    csv.text(i.id());
    csv.text(i.eventType() == null ? null : i.eventType().code());
    csv.text(i.subEventType() == null ? null : i.subEventType().code());
    csv.text(i.date() == null ? null : i.date().start().toString());
    csv.text(i.date() == null ? null : i.date().end().toString());
    csv.text(i.date() == null ? null : i.date().precision().code());
    csv.text(i.date() == null ? null : i.date().text());
    String iso2 = l == null ? null : l.countryCode();
    csv.text(iso2);
    csv.text(countries.get(iso2).map(CountryCodes.Codes::name).orElse(null));
    csv.text(l == null ? null : l.admin1());
    csv.text(l == null ? null : l.admin2());
    csv.text(l == null ? null : l.name());
    csv.number(l == null ? null : l.lat());
    csv.number(l == null ? null : l.lon());
    csv.text(l == null ? null : l.precision().code());
    csv.text(names(i.perpetrators()));
    csv.text(types(i.perpetrators()));
    csv.text(names(i.targets()));
    csv.text(types(i.targets()));
    figure(r.killed());
    figure(r.injured());
    figure(r.detained());
    Count missing = i.casualties().missing();
    csv.number(missing == null ? null : missing.min());
    csv.number(missing == null ? null : missing.max());
    csv.number(i.casualties().childrenKilled());
    csv.number(i.casualties().womenKilled());
    csv.text(String.join("; ", i.weapons()));
    csv.text(String.join("; ", i.reportedBy()));
    csv.text(r.review().status().code());
    csv.text(r.review().grade() == null ? null : r.review().grade().code());
    csv.number(r.sources());
    csv.number(r.independentSources());
    Corroborated c = r.corroborated();
    csv.text(c == null || c.firstReported() == null ? null : c.firstReported().toString());
    csv.text(c == null || c.lastReported() == null ? null : c.lastReported().toString());
    csv.text(i.document() == null ? null : i.document().id());
    csv.text(i.document() == null ? null : i.document().title());
    csv.text(
        i.document() == null || i.document().published() == null
            ? null
            : i.document().published().toString());
    csv.number(Math.round(i.confidence() * 1000) / 1000.0);
    csv.text(i.evidence().stream().map(Evidence::text).collect(Collectors.joining(" | ")));
    csv.endRow();
  }

  @Override
  public void end() throws IOException {
    writer.flush();
  }

  private void figure(FigureEstimate e) throws IOException {
    csv.number(e.low()).number(e.best()).number(e.high());
  }

  private static String names(List<Actor> actors) {
    return actors.stream().map(Actor::name).collect(Collectors.joining("; "));
  }

  private static String types(List<Actor> actors) {
    return actors.stream().map(a -> a.type().code()).collect(Collectors.joining("; "));
  }
}
