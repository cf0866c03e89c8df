package org.harmwatch.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats incidents are exported in, with their names, media types and file extensions. */
public enum ExportFormat {
  /** ACLED's export columns and codes. */
  ACLED_CSV("acled-csv", "text/csv; charset=utf-8", "csv"),
  /** UCDP GED's columns and codes. */
  UCDP_CSV("ucdp-csv", "text/csv; charset=utf-8", "csv"),
  /** harmwatch's own flat analysis table. */
  CSV("csv", "text/csv; charset=utf-8", "csv"),
  /** A GeoJSON FeatureCollection of points. */
  GEOJSON("geojson", "application/geo+json", "geojson"),
  /** The incidents in the exchange format, one JSON object a line. */
  INCIDENTS_JSONL("incidents-jsonl", "application/x-ndjson", "jsonl");

  /** The UTF-8 byte order mark, which makes Excel read a CSV file as UTF-8. */
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String code;
  private final String mediaType;
  private final String extension;

  ExportFormat(String code, String mediaType, String extension) {
    this.code = code;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The name on the command line ("acled-csv"). */
  public String code() {
    return code;
  }

  /** The HTTP Content-Type. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether this is a CSV format (which may start with a byte order mark). */
  public boolean isCsv() {
    return extension.equals("csv");
  }

  /**
   * The format named {@code code}.
   *
   * @throws IllegalArgumentException naming the value and the formats when it is none
   */
  public static ExportFormat fromCode(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.code.equals(c)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + code + "' (expected " + names() + ")");
  }

  /** The format names, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
  }

  /**
   * A writer of this format onto {@code out} (UTF-8; with a byte order mark first when {@code bom}
   * and this is a CSV format). The writer never closes {@code out}.
   */
  public IncidentWriter open(OutputStream out, boolean bom) throws IOException {
    if (this == GEOJSON) {
      return new GeoJsonWriter(out);
    }
    if (bom && isCsv()) {
      out.write(BOM);
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    return switch (this) {
      case ACLED_CSV -> new AcledCsvWriter(w);
      case UCDP_CSV -> new UcdpCsvWriter(w);
      case CSV -> new FlatCsvWriter(w);
      case INCIDENTS_JSONL -> new JsonLinesWriter(w);
      case GEOJSON -> throw new AssertionError("handled above");
    };
  }
}
