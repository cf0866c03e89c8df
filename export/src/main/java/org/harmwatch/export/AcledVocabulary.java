package org.harmwatch.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.harmwatch.core.model.ActorType;
import org.harmwatch.core.model.EventType;
import org.harmwatch.core.model.SubEventType;

/**
 * ACLED's words and codes for our vocabulary: the display words of event and sub-event types and
 * their disorder type (from {@code acled-vocabulary.tsv}), and the interaction code of each actor
 * type. Immutable.
 */
public final class AcledVocabulary {
  static final String RESOURCE = "/org/harmwatch/export/acled-vocabulary.tsv";
  private static final Map<String, String[]> ROWS = load();
  private static final Map<String, String> CODES = codes();

  private AcledVocabulary() {}

  /** ACLED's display words for an event type ("Violence against civilians"). */
  public static String display(EventType t) {
    return t == null ? null : row(t.code())[0];
  }

  /** ACLED's display words for a sub-event type ("Attack"). */
  public static String display(SubEventType t) {
    return t == null ? null : row(t.code())[0];
  }

  /** ACLED's disorder type, from the sub-event type when known, else from the event type. */
  public static String disorderType(EventType e, SubEventType s) {
    if (s != null) {
      return row(s.code())[1];
    }
    return e == null ? null : row(e.code())[1];
  }

  /**
   * ACLED's actor-type code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
   * militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. An actor of unknown
   * type is an unidentified armed group, which ACLED codes as a political militia (3).
   */
  public static int inter(ActorType type) {
    return switch (type) {
      case STATE_FORCES -> 1;
      case REBEL_GROUP -> 2;
      case POLITICAL_MILITIA, UNKNOWN -> 3;
      case IDENTITY_MILITIA -> 4;
      case CIVILIANS -> 7;
      case EXTERNAL_FORCES -> 8;
    };
  }

  /**
   * ACLED's interaction code of two actor codes: the smaller digit first ({@code 1} and {@code 7}
   * make 17); an actor acting alone makes {@code inter1 * 10} (e.g. 20).
   */
  public static int interaction(int inter1, Integer inter2) {
    if (inter2 == null) {
      return inter1 * 10;
    }
    return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  }

  /**
   * Our code ("violence_against_civilians", "attack") of ACLED's display words for an event or
   * sub-event type, ignoring case and surrounding spaces; null when the words are none of ACLED's.
   */
  public static String code(String display) {
    return display == null ? null : CODES.get(key(display));
  }

  private static String key(String display) {
    return display.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, String> codes() {
    Map<String, String> out = new HashMap<>();
    ROWS.forEach((code, row) -> out.put(key(row[0]), code));
    return Map.copyOf(out);
  }

  private static String[] row(String code) {
    String[] r = ROWS.get(code);
    if (r == null) {
      throw new IllegalStateException(RESOURCE + " has no row for '" + code + "'");
    }
    return r;
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> map = new HashMap<>();
    try (InputStream in = AcledVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": expected 3 columns");
        }
        map.put(f[0].trim(), new String[] {f[1].trim(), f[2].trim()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(map);
  }
}
