package org.harmwatch.reference;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;
import org.harmwatch.core.reference.ReferenceEvent;
import org.harmwatch.export.AcledCsvWriter;
import org.harmwatch.export.AcledVocabulary;
import org.harmwatch.export.CountryCodes;
import org.harmwatch.export.UcdpCsvWriter;

/**
 * The coded datasets' CSV formats harmwatch reads: their columns (those the export writes, {@link
 * AcledCsvWriter#COLUMNS} and {@link UcdpCsvWriter#COLUMNS}), the columns a file must have, and how
 * one row becomes a {@link ReferenceEvent}, each cell checked against the codebook (codes in their
 * ranges, ACLED's event and sub-event words, dates, coordinates, figures).
 */
public enum ReferenceFormat {
  /** ACLED's export (event_id_cnty, event_date, ..., fatalities). */
  ACLED(
      "acled",
      "ACLED",
      AcledCsvWriter.COLUMNS,
      List.of("event_id_cnty", "event_date", "event_type", "country", "fatalities")),
  /** UCDP's Georeferenced Event Dataset (id, date_start, ..., best). */
  UCDP(
      "ucdp",
      "UCDP",
      UcdpCsvWriter.COLUMNS,
      List.of("id", "type_of_violence", "country", "date_start", "best"));

  private static final CountryCodes COUNTRIES = CountryCodes.bundled();

  private final String code;
  private final String defaultDataset;
  private final List<String> columns;
  private final List<String> required;

  ReferenceFormat(String code, String defaultDataset, List<String> columns, List<String> required) {
    this.code = code;
    this.defaultDataset = defaultDataset;
    this.columns = columns;
    this.required = required;
  }

  /** The name on the command line ("acled"). */
  public String code() {
    return code;
  }

  /** The dataset name used when none is given ("ACLED"). */
  public String defaultDataset() {
    return defaultDataset;
  }

  /** Every column of the format, in the codebook's order. */
  public List<String> columns() {
    return columns;
  }

  /** The columns a file must have. */
  public List<String> required() {
    return required;
  }

  /** The id column ("event_id_cnty", "id"). */
  public String idColumn() {
    return this == ACLED ? "event_id_cnty" : "id";
  }

  /**
   * The format named {@code code} ("acled", "ucdp"; also "acled-csv", "ucdp-csv").
   *
   * @throws IllegalArgumentException naming the value when it is none
   */
  public static ReferenceFormat fromCode(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace("-csv", "");
    for (ReferenceFormat f : values()) {
      if (f.code.equals(c)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown reference format '"
            + code
            + "' (expected "
            + Arrays.stream(values()).map(ReferenceFormat::code).collect(Collectors.joining(", "))
            + ")");
  }

  /** The event of {@code row}, or null when the row has errors (added to the row). */
  ReferenceEvent event(Row row, String rowHash) {
    return this == ACLED ? acled(row, rowHash) : ucdp(row, rowHash);
  }

  private static ReferenceEvent acled(Row r, String rowHash) {
    String id = r.required("event_id_cnty");
    LocalDate date = r.date("event_date");
    if (date == null && r.text("event_date") == null) {
      r.error("event_date", "empty; a value is required");
    }
    Integer year = r.integer("year", 1900, 2200);
    if (year != null && date != null && year != date.getYear()) {
      r.error("year", year + " is not the year of event_date " + date);
    }
    Integer timePrecision = r.integer("time_precision", 1, 3);
    String typeWords = r.required("event_type");
    EventType type = null;
    if (typeWords != null) {
      String code = AcledVocabulary.code(typeWords);
      type = code == null ? null : eventType(code);
      if (type == null) {
        r.error(
            "event_type",
            "'"
                + Row.clip(typeWords)
                + "' is not one of ACLED's event types ("
                + Arrays.stream(EventType.values())
                    .map(AcledVocabulary::display)
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
    String subWords = r.text("sub_event_type");
    SubEventType sub = null;
    if (subWords != null) {
      String code = AcledVocabulary.code(subWords);
      sub = code == null ? null : subEventType(code);
      if (sub == null) {
        r.error(
            "sub_event_type", "'" + Row.clip(subWords) + "' is not one of ACLED's sub-event types");
      } else if (type != null && sub.eventType() != type) {
        r.error(
            "sub_event_type", "'" + subWords + "' is not a sub-event type of '" + typeWords + "'");
        sub = null;
      }
    }
    r.integer("inter1", 0, 8);
    r.integer("inter2", 0, 8);
    r.integer("interaction", 0, 88);
    Integer iso = r.integer("iso", 0, 999);
    String countryName = r.required("country");
    String countryCode = countryCode(r, iso, countryName, "iso");
    Double lat = r.decimal("latitude", -90, 90);
    Double lon = r.decimal("longitude", -180, 180);
    if ((lat == null) != (lon == null) && r.errors.isEmpty()) {
      r.error(lat == null ? "latitude" : "longitude", "empty while the other coordinate is given");
    }
    Integer geoPrecision = r.integer("geo_precision", 1, 3);
    Integer fatalities = r.integer("fatalities", 0, 1_000_000);
    if (fatalities == null && r.text("fatalities") == null) {
      r.error("fatalities", "empty; ACLED writes 0 when no fatalities are reported");
    }
    if (!r.errors.isEmpty()) {
      return null;
    }
    return new ReferenceEvent(
        id,
        date,
        date,
        timePrecision,
        countryCode,
        countryName,
        r.text("admin1"),
        r.text("admin2"),
        r.text("location"),
        lat,
        lon,
        geoPrecision,
        type,
        sub,
        r.text("actor1"),
        r.text("assoc_actor_1"),
        r.text("actor2"),
        r.text("assoc_actor_2"),
        fatalities,
        fatalities,
        fatalities,
        r.text("source"),
        r.text("notes"),
        r.line(),
        rowHash);
  }

  private static ReferenceEvent ucdp(Row r, String rowHash) {
    String id = r.required("id");
    Integer typeOfViolence = r.integer("type_of_violence", 1, 3);
    if (typeOfViolence == null && r.text("type_of_violence") == null) {
      r.error("type_of_violence", "empty; 1 (state-based), 2 (non-state) or 3 (one-sided)");
    }
    LocalDate start = r.date("date_start");
    if (start == null && r.text("date_start") == null) {
      r.error("date_start", "empty; a value is required");
    }
    LocalDate end = r.date("date_end");
    if (start != null && end != null && end.isBefore(start)) {
      r.error("date_end", end + " is before date_start " + start);
    }
    Integer year = r.integer("year", 1900, 2200);
    if (year != null && start != null && year != start.getYear()) {
      r.error("year", year + " is not the year of date_start " + start);
    }
    Integer datePrecision = r.integer("date_prec", 1, 5);
    Integer wherePrecision = r.integer("where_prec", 1, 7);
    r.integer("event_clarity", 1, 2);
    Integer gw = r.integer("country_id", 0, 999);
    String countryName = r.required("country");
    String countryCode = countryCode(r, null, countryName, null);
    if (countryCode == null && gw != null) {
      countryCode = COUNTRIES.byGwCode(gw).map(CountryCodes.Codes::iso2).orElse(null);
    }
    Double lat = r.decimal("latitude", -90, 90);
    Double lon = r.decimal("longitude", -180, 180);
    if ((lat == null) != (lon == null) && r.errors.isEmpty()) {
      r.error(lat == null ? "latitude" : "longitude", "empty while the other coordinate is given");
    }
    for (String c : List.of("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")) {
      r.integer(c, 0, 10_000_000);
    }
    Integer best = r.integer("best", 0, 10_000_000);
    if (best == null && r.text("best") == null) {
      r.error("best", "empty; a value is required");
    }
    Integer low = r.integer("low", 0, 10_000_000);
    Integer high = r.integer("high", 0, 10_000_000);
    if (best != null && low != null && low > best) {
      r.error("low", "low " + low + " is above best " + best);
    }
    if (best != null && high != null && high < best) {
      r.error("high", "high " + high + " is below best " + best);
    }
    if (!r.errors.isEmpty()) {
      return null;
    }
    String sideA = r.text("side_a");
    String sideB = r.text("side_b");
    String headline = r.text("source_headline");
    String where = r.text("where_description");
    String notes =
        headline == null && where == null
            ? null
            : (headline == null ? "" : headline)
                + (where == null ? "" : (headline == null ? "" : " — ") + where);
    return new ReferenceEvent(
        id,
        start,
        end,
        datePrecision,
        countryCode,
        countryName,
        r.text("adm_1"),
        r.text("adm_2"),
        r.text("where_coordinates"),
        lat,
        lon,
        wherePrecision,
        typeOfViolence == 3 ? EventType.VIOLENCE_AGAINST_CIVILIANS : EventType.BATTLES,
        null,
        sideA,
        null,
        sideB,
        null,
        best,
        low == null ? best : low,
        high == null ? best : high,
        r.text("source_article"),
        notes,
        r.line(),
        rowHash);
  }

  // The ISO code of the row's country: from the numeric code when given (and an error when it
  // contradicts the name), else from the name; null for a country outside the table (the event is
  // kept but not cross-checked).
  private static String countryCode(Row r, Integer iso, String name, String isoColumn) {
    Optional<CountryCodes.Codes> byName = COUNTRIES.byName(name);
    if (iso != null) {
      Optional<CountryCodes.Codes> byIso = COUNTRIES.byIsoNumeric(iso);
      if (byIso.isPresent()) {
        if (byName.isPresent() && !byName.get().iso2().equals(byIso.get().iso2())) {
          r.error(isoColumn, iso + " is " + byIso.get().name() + ", but country is '" + name + "'");
        }
        return byIso.get().iso2();
      }
    }
    return byName.map(CountryCodes.Codes::iso2).orElse(null);
  }

  private static EventType eventType(String code) {
    try {
      return EventType.fromCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static SubEventType subEventType(String code) {
    try {
      return SubEventType.fromCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
