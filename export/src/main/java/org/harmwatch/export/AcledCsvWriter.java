package org.harmwatch.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * Writes incidents as ACLED's export does: ACLED's columns in ACLED's order, its display words and
 * codes. Choices where our record and ACLED's differ:
 *
 * <ul>
 *   <li>{@code event_id_cnty} is our incident id; {@code event_date} the first day of the date
 *       range (ISO), {@code time_precision} 1 day, 2 week, 3 month or longer;
 *   <li>{@code actor1} and {@code assoc_actor_1} are the perpetrators (the first, then the others
 *       joined by "; "), {@code actor2} and {@code assoc_actor_2} the targets; civilians are
 *       written "Civilians (Country)" as ACLED does; {@code inter1}/{@code inter2} are ACLED's 1-8
 *       actor codes, an actor of unknown type coded 3 (unidentified armed groups are political
 *       militias in ACLED);
 *   <li>{@code fatalities} is the lowest figure the sources support (the reconciled {@code low},
 *       else the incident's minimum), and 0 when no source gives one, as ACLED writes an event
 *       without reported fatalities;
 *   <li>an incident without a date or a country is left out ({@link #refusal}): ACLED's rows always
 *       have both, and ACLED's importers (ours too) refuse a row without them;
 *   <li>{@code geo_precision} 1 for a named place, 2 for a district, 3 for a province, region or
 *       country; {@code admin3}, {@code source_scale}, {@code tags} and {@code timestamp} are left
 *       empty: we do not record them.
 * </ul>
 */
public final class AcledCsvWriter implements IncidentWriter {
  /** ACLED's export columns, in ACLED's order. */
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  private final Writer writer;
  private final CsvOutput csv;
  private final CountryCodes countries = CountryCodes.bundled();

  public AcledCsvWriter(Writer writer) {
    this.writer = writer;
    this.csv = new CsvOutput(writer);
  }

  @Override
  public void begin(long total) throws IOException {
    csv.header(COLUMNS);
  }

  /** ACLED's rows need an event date and a country: incidents without either are left out. */
  @Override
  public String refusal(ExportRecord r) {
    return missingDateOrCountry(r.incident());
  }

  /** "no date" or "no country" for an incident lacking one, else null. */
  static String missingDateOrCountry(Incident i) {
    if (i.date() == null) {
      return "no date";
    }
    if (i.location() == null || i.location().countryCode() == null) {
      return "no country";
    }
    return null;
  }

  @Override
  public void write(ExportRecord r) throws IOException {
    Incident i = r.incident();
    Location l = i.location();
    String iso2 = l == null ? null : l.countryCode();
    CountryCodes.Codes codes = countries.get(iso2).orElse(null);
    String country = codes == null ? iso2 : codes.name();
    csv.text(i.id());
    csv.text(i.date() == null ? null : i.date().start().toString());
    csv.number(i.date() == null ? null : i.date().start().getYear());
    csv.number(i.date() == null ? null : timePrecision(i));
    csv.text(AcledVocabulary.disorderType(i.eventType(), i.subEventType()));
    csv.text(AcledVocabulary.display(i.eventType()));
    csv.text(AcledVocabulary.display(i.subEventType()));
    Integer inter1 = actorColumns(i.perpetrators(), country);
    Integer inter2 = actorColumns(i.targets(), country);
    csv.number(inter1 == null ? null : AcledVocabulary.interaction(inter1, inter2));
    csv.text(
        i.targets().stream().anyMatch(a -> a.type() == ActorType.CIVILIANS)
            ? "Civilian targeting"
            : null);
    csv.number(codes == null ? null : codes.isoNumeric());
    csv.text(codes == null ? null : codes.acledRegion());
    csv.text(country);
    csv.text(l == null ? null : l.admin1());
    csv.text(l == null ? null : l.admin2());
    csv.text(null);
    csv.text(l == null ? null : l.name());
    csv.number(l == null ? null : l.lat());
    csv.number(l == null ? null : l.lon());
    csv.number(l == null ? null : geoPrecision(l));
    csv.text(i.reportedBy().isEmpty() ? null : String.join("; ", i.reportedBy()));
    csv.text(null);
    csv.text(AcledNotes.of(r, country));
    Integer fatalities = lowest(r.killed());
    csv.number(fatalities == null ? 0 : fatalities);
    csv.text(null);
    csv.text(null);
    csv.endRow();
  }

  @Override
  public void end() throws IOException {
    writer.flush();
  }

  /** Writes actor, associated actors and inter code; returns the code, null without actor. */
  private Integer actorColumns(List<Actor> actors, String country) throws IOException {
    if (actors.isEmpty()) {
      csv.text(null).text(null).number(null);
      return null;
    }
    Actor first = actors.get(0);
    csv.text(name(first, country));
    List<String> others =
        actors.subList(1, actors.size()).stream().map(a -> name(a, country)).distinct().toList();
    csv.text(others.isEmpty() ? null : String.join("; ", others));
    int code = AcledVocabulary.inter(first.type());
    csv.number(code);
    return code;
  }

  private static String name(Actor a, String country) {
    if (a.type() == ActorType.CIVILIANS && a.name().equals("Civilians") && country != null) {
      return "Civilians (" + country + ")";
    }
    return a.name();
  }

  /** ACLED's time precision: 1 a day, 2 a week (or a range of up to 7 days), 3 longer. */
  static int timePrecision(Incident i) {
    return switch (i.date().precision()) {
      case DAY ->
          i.date().end().toEpochDay() - i.date().start().toEpochDay() < 7
              ? (i.date().end().equals(i.date().start()) ? 1 : 2)
              : 3;
      case WEEK -> 2;
      case MONTH, YEAR -> 3;
    };
  }

  /** ACLED's geo precision: 1 the place itself, 2 a district, 3 a province or larger. */
  static int geoPrecision(Location l) {
    return switch (l.precision()) {
      case PLACE -> 1;
      case ADMIN2 -> 2;
      case ADMIN1, REGION, COUNTRY -> 3;
    };
  }

  /**
   * The lowest figure the sources support: the reconciled low (the smallest figure the independent
   * sources allow; the incident's own minimum when it was never corroborated); null when no source
   * states a minimum (a bare "up to 5" supports no lower figure than none).
   */
  static Integer lowest(FigureEstimate e) {
    return e == null ? null : e.low();
  }
}
