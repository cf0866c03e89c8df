package org.harmwatch.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmwatch.core.json.ExchangeJson;

/**
 * The result of {@link Scorer#score}: incident counts, precision, recall and F1 of incident
 * matching, the number of gold incidents with each field right, and every miss.
 *
 * <p>Immutable and thread-safe.
 */
public record EvalReport(
    int documents,
    int goldIncidents,
    int predictedIncidents,
    int matchedIncidents,
    Map<Field, Integer> correctByField,
    List<Miss> misses) {

  /** Copies the map and list. */
  public EvalReport {
    EnumMap<Field, Integer> copy = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      copy.put(f, correctByField == null ? 0 : correctByField.getOrDefault(f, 0));
    }
    correctByField = java.util.Collections.unmodifiableMap(copy);
    misses = misses == null ? List.of() : List.copyOf(misses);
  }

  /** Matched over predicted incidents; 1 when nothing was predicted. */
  public double precision() {
    return predictedIncidents == 0 ? 1.0 : (double) matchedIncidents / predictedIncidents;
  }

  /** Matched over gold incidents; 1 when the gold has none. */
  public double recall() {
    return goldIncidents == 0 ? 1.0 : (double) matchedIncidents / goldIncidents;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    return f1(precision(), recall());
  }

  /** The share of ALL gold incidents with {@code field} right; 1 when the gold has none. */
  public double accuracy(Field field) {
    return goldIncidents == 0 ? 1.0 : (double) correctByField.get(field) / goldIncidents;
  }

  /** The misses of one kind ("unmatched_gold", "spurious" or a field code). */
  public List<Miss> misses(String kind) {
    return misses.stream().filter(m -> m.kind().equals(kind)).toList();
  }

  /** An aligned table of the figures, without the miss list. */
  public String toText() {
    return toText(false);
  }

  /** An aligned table of the figures, followed by every miss when {@code withMisses}. */
  public String toText(boolean withMisses) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "documents %d  gold %d  predicted %d  matched %d%n",
            documents,
            goldIncidents,
            predictedIncidents,
            matchedIncidents));
    b.append(
        String.format(
            Locale.ROOT,
            "%-16s %6.3f%n%-16s %6.3f%n%-16s %6.3f%n",
            "precision",
            precision(),
            "recall",
            recall(),
            "f1",
            f1()));
    b.append(String.format(Locale.ROOT, "%-16s %8s %9s%n", "field", "accuracy", "right/all"));
    for (Field f : Field.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-16s %8.3f %9s%n",
              f.code(),
              accuracy(f),
              correctByField.get(f) + "/" + goldIncidents));
    }
    if (withMisses && !misses.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nmisses (%d)%n", misses.size()));
      for (Miss m : misses) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-20s %-16s g%-3s p%-3s gold=%s  predicted=%s%n",
                m.docId(),
                m.kind(),
                m.goldIndex() < 0 ? "-" : m.goldIndex(),
                m.predictedIndex() < 0 ? "-" : m.predictedIndex(),
                m.gold(),
                m.predicted()));
      }
    }
    return b.toString();
  }

  /** The report as a JSON tree. */
  public ObjectNode toJson() {
    ObjectNode o = ExchangeJson.mapper().createObjectNode();
    o.put("documents", documents);
    o.put("gold_incidents", goldIncidents);
    o.put("predicted_incidents", predictedIncidents);
    o.put("matched_incidents", matchedIncidents);
    o.put("precision", precision());
    o.put("recall", recall());
    o.put("f1", f1());
    ObjectNode fields = o.putObject("fields");
    for (Field f : Field.values()) {
      ObjectNode fo = fields.putObject(f.code());
      fo.put("correct", correctByField.get(f));
      fo.put("accuracy", accuracy(f));
    }
    ArrayNode a = o.putArray("misses");
    for (Miss m : misses) {
      ObjectNode mo = a.addObject();
      mo.put("doc", m.docId());
      mo.put("kind", m.kind());
      mo.put("gold_index", m.goldIndex());
      mo.put("predicted_index", m.predictedIndex());
      mo.put("gold", m.gold());
      mo.put("predicted", m.predicted());
    }
    return o;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
