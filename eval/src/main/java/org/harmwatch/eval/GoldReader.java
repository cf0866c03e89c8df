package org.harmwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Incident;

/**
 * Reads gold files in the spec's format: one JSON line per document, {@code {"doc": ID,
 * "published": "YYYY-MM-DD", "incidents": [...]}}, incidents read leniently by {@link
 * ExchangeJson#incidentFromJson} plus an optional {@code event_key} per incident. Blank lines are
 * skipped; every error names {@code file:line}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldReader {
  private GoldReader() {}

  /** Reads one gold file. */
  public static List<GoldDocument> read(Path file) {
    try {
      return read(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
  }

  /** Reads gold lines; {@code source} names them in error messages. */
  public static List<GoldDocument> read(String source, List<String> lines) {
    List<GoldDocument> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + (i + 1);
      GoldDocument doc;
      try {
        doc = parseLine(line);
      } catch (ExchangeFormatException | IllegalArgumentException e) {
        throw new GoldFormatException(where + ": " + e.getMessage(), e);
      }
      if (!seen.add(doc.docId())) {
        throw new GoldFormatException(where + ": document " + doc.docId() + " appears twice");
      }
      out.add(doc);
    }
    return out;
  }

  private static GoldDocument parseLine(String line) {
    JsonNode n = ExchangeJson.parse(line);
    if (!n.isObject()) {
      throw new ExchangeFormatException("a gold line must be a JSON object");
    }
    JsonNode doc = n.get("doc");
    if (doc == null || !doc.isTextual() || doc.asText().isBlank()) {
      throw new ExchangeFormatException("gold line has no \"doc\" id");
    }
    LocalDate published = null;
    if (n.hasNonNull("published")) {
      try {
        published = LocalDate.parse(n.get("published").asText());
      } catch (DateTimeParseException e) {
        throw new ExchangeFormatException(
            "\"published\" is not a YYYY-MM-DD date: '" + n.get("published").asText() + "'", e);
      }
    }
    JsonNode incidents = n.get("incidents");
    if (incidents == null || !incidents.isArray()) {
      throw new ExchangeFormatException("gold line has no \"incidents\" array");
    }
    List<Incident> list = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    int index = 0;
    for (JsonNode inc : incidents) {
      try {
        list.add(ExchangeJson.incidentFromJson(inc));
      } catch (ExchangeFormatException | IllegalArgumentException e) {
        throw new ExchangeFormatException("incident " + index + ": " + e.getMessage(), e);
      }
      keys.add(inc.hasNonNull("event_key") ? inc.get("event_key").asText() : null);
      index++;
    }
    return new GoldDocument(doc.asText(), published, list, keys);
  }
}
