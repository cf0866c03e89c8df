package org.harmwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.harmwatch.core.json.ExchangeFormatException;
import org.harmwatch.core.json.ExchangeJson;
import org.harmwatch.core.model.Count;
import org.harmwatch.core.model.Incident;

/**
 * Reads gold files in the spec's format: one JSON line per document, {@code {"doc": ID,
 * "published": "YYYY-MM-DD", "incidents": [...]}}, incidents read leniently by {@link
 * ExchangeJson#incidentFromJson} plus an optional {@code event_key} and {@code
 * casualties.civilians_killed} per incident. Files may be gzip-compressed, "-" (standard input) or
 * pipes. Blank lines are skipped; every error names {@code file:line}.
 *
 * <p>Evidence may be given as offsets only, {@code {"start": s, "end": e}} without {@code text}
 * (gold for third-party texts is committed as ids and offsets, never their words): it is read with
 * an empty text, which {@link GoldEvidence#fill} takes from the document.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldReader {
  private GoldReader() {}

  /** Reads one gold file ("-" = standard input; gzip content is decompressed). */
  public static List<GoldDocument> read(Path file) {
    String name = file.toString();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(InputFiles.open(name), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + name + ": " + e.getMessage(), e);
    }
    return read(name, lines);
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
        doc = parseLine(line, where);
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

  private static GoldDocument parseLine(String line, String where) {
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
    List<Count> civilians = new ArrayList<>();
    int index = 0;
    for (JsonNode inc : incidents) {
      try {
        checkEvidence(inc.get("evidence"));
        list.add(ExchangeJson.incidentFromJson(inc));
        civilians.add(Scored.of(list.get(index), inc).civiliansKilled());
      } catch (ExchangeFormatException | IllegalArgumentException e) {
        throw new ExchangeFormatException("incident " + index + ": " + e.getMessage(), e);
      }
      keys.add(inc.hasNonNull("event_key") ? inc.get("event_key").asText() : null);
      index++;
    }
    return new GoldDocument(doc.asText(), published, list, keys, civilians, where);
  }

  // Evidence is a string, or an object with a text, offsets or both; offsets alone must span
  // something, since the text is taken from them.
  private static void checkEvidence(JsonNode evidence) {
    if (evidence == null || evidence.isNull()) {
      return;
    }
    if (!evidence.isArray()) {
      throw new ExchangeFormatException("\"evidence\" must be an array");
    }
    int k = 0;
    for (JsonNode e : evidence) {
      if (e.isObject()) {
        boolean text = e.hasNonNull("text") && !e.get("text").asText().isEmpty();
        boolean offsets = e.has("start") || e.has("end");
        if (offsets && !(e.path("start").isIntegralNumber() && e.path("end").isIntegralNumber())) {
          throw new ExchangeFormatException(
              "evidence " + k + ": \"start\" and \"end\" must both be integers: " + e);
        }
        if (!text
            && !(offsets
                && e.get("start").asInt() >= 0
                && e.get("end").asInt() > e.get("start").asInt())) {
          throw new ExchangeFormatException(
              "evidence " + k + " has no text and no offsets with 0 <= start < end: " + e);
        }
      } else if (!e.isTextual() || e.asText().isEmpty()) {
        throw new ExchangeFormatException(
            "evidence " + k + " must be a non-empty string or an object: " + e);
      }
      k++;
    }
  }
}
