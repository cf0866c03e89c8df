package org.harmwatch.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.harmwatch.core.corroboration.FigureEstimate;
import org.harmwatch.core.model.Actor;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.Incident;
import org.harmwatch.core.model.Location;

/**
 * Writes incidents with the columns of UCDP's Georeferenced Event Dataset (GED), in the codebook's
 * order. Choices where our record and UCDP's differ:
 *
 * <ul>
 *   <li>{@code id} is our incident id; UCDP's own ids ({@code relid}, conflict, dyad and side ids)
 *       and {@code active_year}, {@code code_status}, {@code source_office} are left empty;
 *   <li>{@code type_of_violence}: 3 (one-sided) for violence against civilians and for explosions
 *       or remote violence against civilians; 1 (state-based) for other fighting with state or
 *       external forces on a side; 2 (non-state) for other fighting; empty for protests, riots and
 *       strategic developments, which are outside GED;
 *   <li>{@code side_a} is the first perpetrator (state forces as "Government of Country"), {@code
 *       side_b} the first target; {@code dyad_name} (and, for one-sided violence, {@code
 *       conflict_name}) is "side_a - side_b";
 *   <li>{@code best}, {@code low}, {@code high} are the incident's reconciled killed figures, with
 *       {@code low <= best <= high} as the codebook requires. The deaths by side come from the
 *       extracted figures: {@code deaths_civilians} is the civilians the source counts among the
 *       dead (at most {@code best}), or, when it does not tell them apart, every death in one-sided
 *       violence and none otherwise; the rest go to {@code deaths_unknown}, as our extraction does
 *       not count the armed sides' dead ({@code deaths_a}, {@code deaths_b} are 0). The four always
 *       add up to {@code best};
 *   <li>{@code gwnoa}, {@code gwnob}: the Gleditsch and Ward number of a side that is a state's
 *       government ("Government of Country"), else empty;
 *   <li>an incident without a date, a country or a death figure of at least 1 is left out ({@link
 *       #refusal}): GED holds only events with at least one death, each dated and placed;
 *   <li>{@code where_prec} 1 place, 3 district, 4 province, 5 part of a country, 6 country; {@code
 *       date_prec} 1 one day, 2 two to six days, 3 a week, 4 up to a month, 5 longer; {@code
 *       event_clarity} 1 for a single day, else 2.
 * </ul>
 */
public final class UcdpCsvWriter implements IncidentWriter {
  /** GED's columns, in the codebook's order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "relid",
          "year",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "side_a_dset_id",
          "side_a_new_id",
          "side_a",
          "side_b_dset_id",
          "side_b_new_id",
          "side_b",
          "number_of_sources",
          "source_article",
          "source_office",
          "source_date",
          "source_headline",
          "source_original",
          "where_prec",
          "where_coordinates",
          "where_description",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "geom_wkt",
          "priogrid_gid",
          "country",
          "country_id",
          "region",
          "event_clarity",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low",
          "gwnoa",
          "gwnob");

  private final Writer writer;
  private final CsvOutput csv;
  private final CountryCodes countries = CountryCodes.bundled();

  public UcdpCsvWriter(Writer writer) {
    this.writer = writer;
    this.csv = new CsvOutput(writer);
  }

  @Override
  public void begin(long total) throws IOException {
    csv.header(COLUMNS);
  }

  /**
   * GED's events have a date, a country and at least one death: incidents without a date or a
   * country, or with no death figure, are left out.
   */
  @Override
  public String refusal(ExportRecord r) {
    String missing = AcledCsvWriter.missingDateOrCountry(r.incident());
    if (missing != null) {
      return missing;
    }
    Integer best = deaths(r.killed()).best();
    return best == null || best < 1 ? "no death figure (GED holds events with a death)" : null;
  }

  @Override
  public void write(ExportRecord r) throws IOException {
    Incident i = r.incident();
    Location l = i.location();
    CountryCodes.Codes codes = countries.get(l == null ? null : l.countryCode()).orElse(null);
    String country = codes == null ? (l == null ? null : l.countryCode()) : codes.name();
    Integer type = typeOfViolence(i);
    String sideA = side(i.perpetrators(), country);
    String sideB = side(i.targets(), country);
    String dyad = sideA != null && sideB != null ? sideA + " - " + sideB : null;
    csv.text(i.id());
    csv.text(null);
    csv.number(i.date() == null ? null : i.date().start().getYear());
    csv.text(null).text(null);
    csv.number(type);
    csv.text(null).text(null);
    csv.text(type != null && type == 3 ? dyad : null);
    csv.text(null).text(null);
    csv.text(dyad);
    csv.text(null).text(null);
    csv.text(sideA);
    csv.text(null).text(null);
    csv.text(sideB);
    csv.number(r.independentSources());
    String title = i.document() == null ? null : i.document().title();
    LocalDate published = i.document() == null ? null : i.document().published();
    csv.text(article(title, published, i.reportedBy()));
    csv.text(null);
    csv.text(published == null ? null : published.toString());
    csv.text(title);
    csv.text(i.reportedBy().isEmpty() ? null : String.join("; ", i.reportedBy()));
    csv.number(l == null ? null : wherePrecision(l));
    csv.text(l == null ? null : l.name());
    csv.text(l == null ? null : l.text());
    csv.text(l == null ? null : l.admin1());
    csv.text(l == null ? null : l.admin2());
    boolean point = l != null && l.hasCoordinates();
    csv.number(point ? l.lat() : null);
    csv.number(point ? l.lon() : null);
    csv.text(point ? "POINT (" + l.lon() + " " + l.lat() + ")" : null);
    csv.number(point ? PrioGrid.gid(l.lat(), l.lon()) : null);
    csv.text(country);
    csv.number(codes == null ? null : codes.gwCode());
    csv.text(codes == null ? null : codes.ucdpRegion());
    csv.number(i.date() == null ? null : (datePrecision(i) == 1 ? 1 : 2));
    csv.number(i.date() == null ? null : datePrecision(i));
    csv.text(i.date() == null ? null : i.date().start().toString());
    csv.text(i.date() == null ? null : i.date().end().toString());
    FigureEstimate deaths = deaths(r.killed());
    Integer best = deaths.best();
    Integer civilians =
        best == null ? null : civilianDeaths(best, type, i.casualties().civiliansKilled());
    csv.number(best == null ? null : 0);
    csv.number(best == null ? null : 0);
    csv.number(civilians);
    csv.number(best == null ? null : best - civilians);
    csv.number(best);
    csv.number(deaths.high());
    csv.number(deaths.low());
    csv.number(governmentOf(sideA, codes));
    csv.number(governmentOf(sideB, codes));
    csv.endRow();
  }

  @Override
  public void end() throws IOException {
    writer.flush();
  }

  /** GED's type of violence of {@code i}, or null for events outside GED (see the class note). */
  static Integer typeOfViolence(Incident i) {
    EventType t = i.eventType();
    if (t == null) {
      return null;
    }
    boolean civilians = i.targets().stream().anyMatch(a -> a.type() == ActorType.CIVILIANS);
    boolean state =
        i.perpetrators().stream().anyMatch(UcdpCsvWriter::stateSide)
            || i.targets().stream().anyMatch(UcdpCsvWriter::stateSide);
    return switch (t) {
      case VIOLENCE_AGAINST_CIVILIANS -> 3;
      case EXPLOSIONS_REMOTE_VIOLENCE -> civilians ? 3 : state ? 1 : 2;
      case BATTLES -> state ? 1 : 2;
      case PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS -> null;
    };
  }

  /**
   * GED's deaths_civilians of an event with {@code best} deaths: the civilians the source counts
   * among the dead (their lowest figure, at most {@code best}); without such a figure every death
   * of one-sided violence ({@code type} 3) and none of the other types.
   */
  static int civilianDeaths(int best, Integer type, Count civiliansKilled) {
    // "Up to N civilians" (no lower figure) does not say how many civilians died.
    Integer counted = civiliansKilled == null ? null : civiliansKilled.min();
    if (counted != null) {
      return Math.max(0, Math.min(counted, best));
    }
    return type != null && type == 3 ? best : 0;
  }

  // A side named "Government of Country" is that state: its Gleditsch and Ward number.
  private static Integer governmentOf(String side, CountryCodes.Codes codes) {
    return side != null && codes != null && side.equals("Government of " + codes.name())
        ? codes.gwCode()
        : null;
  }

  private static boolean stateSide(Actor a) {
    return a.type() == ActorType.STATE_FORCES || a.type() == ActorType.EXTERNAL_FORCES;
  }

  private static String side(List<Actor> actors, String country) {
    if (actors.isEmpty()) {
      return null;
    }
    Actor a = actors.get(0);
    if (a.type() == ActorType.STATE_FORCES
        && country != null
        && a.name().endsWith(" of " + country)) {
      return "Government of " + country;
    }
    return a.type() == ActorType.CIVILIANS ? "Civilians" : a.name();
  }

  private static String article(String title, LocalDate published, List<String> reportedBy) {
    StringBuilder s = new StringBuilder();
    if (!reportedBy.isEmpty()) {
      s.append(String.join("; ", reportedBy));
    }
    if (title != null) {
      s.append(s.isEmpty() ? "" : ", ").append('"').append(title).append('"');
    }
    if (published != null) {
      s.append(s.isEmpty() ? "" : ", ").append(published);
    }
    return s.isEmpty() ? null : s.toString();
  }

  /** GED's where_prec: 1 place, 3 district, 4 province, 5 part of a country, 6 country. */
  static int wherePrecision(Location l) {
    return switch (l.precision()) {
      case PLACE -> 1;
      case ADMIN2 -> 3;
      case ADMIN1 -> 4;
      case REGION -> 5;
      case COUNTRY -> 6;
    };
  }

  /** GED's date_prec: 1 a day, 2 two to six days, 3 a week, 4 up to a month, 5 longer. */
  static int datePrecision(Incident i) {
    long days = i.date().end().toEpochDay() - i.date().start().toEpochDay() + 1;
    return switch (i.date().precision()) {
      case WEEK -> 3;
      case MONTH -> 4;
      case YEAR -> 5;
      case DAY -> days <= 1 ? 1 : days <= 6 ? 2 : days == 7 ? 3 : days <= 31 ? 4 : 5;
    };
  }

  /**
   * The reconciled figure as GED's low, best and high: best as reconciled (else the low), and low
   * and high widened so that {@code low <= best <= high}.
   */
  static FigureEstimate deaths(FigureEstimate e) {
    Integer best = e.best() != null ? e.best() : e.low() != null ? e.low() : e.high();
    if (best == null) {
      return FigureEstimate.UNKNOWN;
    }
    int low = e.low() == null ? best : Math.min(e.low(), best);
    int high = e.high() == null ? best : Math.max(e.high(), best);
    return new FigureEstimate(low, best, high);
  }
}
